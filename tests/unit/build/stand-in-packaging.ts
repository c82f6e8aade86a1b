/**
 * Runs the real `npm run build` and `electron-builder --dir` with the project's configuration, on a
 * stand-in Electron: the real one cannot be downloaded here. electron-builder needs nothing from an
 * unpacked Electron for Linux but the `electron` executable it renames, so that is all the stand-in holds.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage, statFile } from '@electron/asar';
import { tempDir } from '../../support/test-core.js';

export const repoRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));

function run(args: string[], env: NodeJS.ProcessEnv): { status: number | null; output: string } {
  const result = spawnSync('npx', ['--no-install', ...args], { cwd: repoRoot, env, encoding: 'utf8', timeout: 90_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** `npm run build`, so the package holds what this checkout builds. */
export function buildApp(): void {
  const { status, output } = run(['tsx', 'build/build.ts'], process.env);
  if (status !== 0) throw new Error(`npm run build failed, so there is nothing to package:\n${output}`);
}

function standInElectron(): string {
  const dist = tempDir('stand-in-electron-');
  const executable = path.join(dist, 'electron');
  writeFileSync(executable, '#!/bin/sh\necho "A stand-in for Electron, made by the packaging test: it runs nothing." >&2\nexit 1\n');
  chmodSync(executable, 0o755);
  return dist;
}

export interface PackResult {
  readonly status: number | null;
  readonly output: string;
  /** The unpacked app's resources folder: app.asar, app.asar.unpacked and extra resources. */
  readonly resources: string;
}

/** `electron-builder --dir` for linux-x64; `markAsStandIn` sets the variable that lets the fuse hook skip. */
export function packWithStandIn(markAsStandIn: boolean): PackResult {
  const output = tempDir('release-');
  const env = { ...process.env };
  if (markAsStandIn) env.CONTENT_STUDIO_STAND_IN_ELECTRON = '1';
  else delete env.CONTENT_STUDIO_STAND_IN_ELECTRON;
  const args = ['--config', 'electron-builder.config.ts', '--linux', '--x64', '--dir', '--publish', 'never'];
  const result = run(['electron-builder', ...args, `-c.electronDist=${standInElectron()}`, `-c.directories.output=${output}`], env);
  return { ...result, resources: path.join(output, 'linux-unpacked', 'resources') };
}

/** Every file (not folder) in an asar archive, as a forward-slash path relative to its root. */
export function asarFiles(archive: string): string[] {
  return listPackage(archive, { isPack: false })
    .map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''))
    .filter((entry) => !('files' in statFile(archive, entry)))
    .sort();
}

/**
 * The packages a bundle `require`s at run time, not counting Node's built-ins and Electron. A require
 * right after a quote is code that Ajv writes out as text for its standalone mode, never run here.
 */
export function packagesRequiredBy(bundle: string): string[] {
  const specifiers = [...bundle.matchAll(/(?<![\w$.'"`])require\("([^"]+)"\)/g)].map((match) => match[1]!);
  const packages = specifiers
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier) && specifier !== 'electron')
    .map((specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
  return [...new Set(packages)].sort();
}

function installedPackageDir(name: string, fromDir: string): string | null {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === repoRoot) return null;
  }
}

/** The packages Node would load for `names` from this checkout: them, their dependencies, and the optional ones installed. */
export function installedClosure(names: readonly string[]): string[] {
  const nameByDir = new Map<string, string>();
  const queue = names.map((name) => ({ name, from: repoRoot, optional: false }));
  for (let next = queue.pop(); next; next = queue.pop()) {
    const dir = installedPackageDir(next.name, next.from);
    if (dir === null && !next.optional) throw new Error(`${next.name} is needed at run time but is not installed (run npm ci).`);
    if (dir === null || nameByDir.has(dir)) continue;
    nameByDir.set(dir, next.name);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    const optional = Object.keys(manifest.optionalDependencies ?? {});
    const required = Object.keys(manifest.dependencies ?? {}).filter((name) => !optional.includes(name));
    queue.push(...required.map((name) => ({ name, from: dir, optional: false })), ...optional.map((name) => ({ name, from: dir, optional: true })));
  }
  return [...new Set(nameByDir.values())].sort();
}
