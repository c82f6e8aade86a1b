/**
 * What an installed Content Studio holds: the app built by this checkout, packed by electron-builder with the
 * project's configuration (on a stand-in Electron, which is all this machine allows), read back from app.asar.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFile } from '@electron/asar';
import { beforeAll, describe, expect, it } from 'vitest';
import { asarFiles, buildApp, installedClosure, packagesRequiredBy, packWithStandIn, repoRoot, type PackResult } from './stand-in-packaging.js';

let packed: PackResult;
let archive: string;
let files: string[];

function filesUnder(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)).replace(/\\/g, '/'))
    .sort();
}

function packageNamesIn(paths: string[]): string[] {
  const names = paths.flatMap((file) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\/package\.json$/.exec(file)?.[1] ?? []);
  return [...new Set(names)].sort();
}

beforeAll(() => {
  buildApp();
  packed = packWithStandIn(true);
  if (packed.status !== 0) throw new Error(`electron-builder --dir failed:\n${packed.output}`);
  archive = path.join(packed.resources, 'app.asar');
  files = asarFiles(archive);
}, 120_000);

describe('the packaged app (electron-builder --dir on a stand-in Electron)', () => {
  it('holds package.json, the built main process and renderer, and node_modules — nothing else', () => {
    expect(files.filter((file) => !/^(dist\/electron\/|dist\/renderer\/|node_modules\/)/.test(file))).toEqual(['package.json']);
    expect(files.filter((file) => file.startsWith('dist/electron/'))).toEqual(['dist/electron/main.cjs', 'dist/electron/preload.cjs']);
    expect(files.filter((file) => file.startsWith('dist/renderer/'))).toEqual(filesUnder('dist/renderer').filter((file) => !file.endsWith('.map')));
  });

  it('starts the bundled main process', () => {
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8')) as { main: string };
    expect(manifest.main).toBe('dist/electron/main.cjs');
  });

  it('ships every package main.cjs requires at run time, with its dependencies, and no other package', () => {
    const required = packagesRequiredBy(readFileSync(path.join(repoRoot, 'dist/electron/main.cjs'), 'utf8'));
    expect(required).toContain('libsql');
    const shipped = 'the packages in app.asar (a missing one belongs in runtimePackages in electron-builder.config.ts)';
    expect(packageNamesIn(files), shipped).toEqual(installedClosure(required));
  });

  it('unpacks native binaries next to the archive, where Electron can load them', () => {
    const nativeBinaries = files.filter((file) => file.endsWith('.node'));
    expect(nativeBinaries.some((file) => file.startsWith('node_modules/@libsql/'))).toBe(true);
    for (const binary of nativeBinaries) expect(existsSync(path.join(packed.resources, 'app.asar.unpacked', binary)), binary).toBe(true);
  });

  it('leaves out sources, tests, benchmarks, browser mode, source maps and anything like a secret', () => {
    const leftOut = [
      /^(electron|renderer|shared|tests|build|bin|docs|dist\/web)\//,
      /(^|\/)(tests?|__tests__|bench)\//,
      /\.(test|spec)\.[cm]?[jt]sx?$/,
      /\.(ts|tsx|map)$/,
      /(^|\/)\.env(\.|$)|\.(pem|key|p12|pfx|keystore)$|(^|\/)(\.npmrc|id_rsa|secrets?\.json)$/i,
    ];
    expect(files.filter((file) => leftOut.some((pattern) => pattern.test(file)))).toEqual([]);
    const withPrivateKey = files.filter((file) => !file.endsWith('.node') && extractFile(archive, file).includes('PRIVATE KEY-----'));
    expect(withPrivateKey).toEqual([]);
  });

  it('ships no update feed, and the icon the Linux window uses', () => {
    expect(readdirSync(packed.resources).sort()).toEqual(['app.asar', 'app.asar.unpacked', 'icon.png']);
  });

  it('runs the fuse hook, which skips only because it was told the Electron is a stand-in', () => {
    expect(packed.output).toMatch(/CONTENT_STUDIO_STAND_IN_ELECTRON=1: the Electron fuses in .*content-studio were NOT flipped/);
  });

  it('fails the build when the fuses cannot be flipped and nobody said the Electron is a stand-in', () => {
    const unmarked = packWithStandIn(false);
    expect(unmarked.status).not.toBe(0);
    expect(unmarked.output).toMatch(/Could not flip the Electron fuses in .*content-studio: Could not find sentinel/);
  }, 60_000);
});
