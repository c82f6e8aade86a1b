/**
 * The rules of the house from ARCHITECTURE.md, held by a test: the folder a
 * file lives in says where it runs, and therefore what it may import.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function sourceFiles(folder: string): string[] {
  const full = path.join(root, folder);
  return readdirSync(full).flatMap((name) => {
    const child = path.join(full, name);
    if (statSync(child).isDirectory()) return sourceFiles(path.join(folder, name));
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(name) ? [path.join(folder, name)] : [];
  });
}

/** Every module specifier in static imports, re-exports, dynamic imports and require calls. */
function importsOf(source: string): string[] {
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1] ?? ''));
}

function resolvedTarget(file: string, specifier: string): string {
  return specifier.startsWith('.') ? path.relative(root, path.resolve(root, path.dirname(file), specifier)) : specifier;
}

function violations(folder: string, forbidden: (target: string, specifier: string) => boolean): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importsOf(readFileSync(path.join(root, file), 'utf8'))
      .filter((specifier) => forbidden(resolvedTarget(file, specifier), specifier))
      .map((specifier) => `${file} imports ${specifier}`),
  );
}

const isElectronPackage = (specifier: string) => specifier === 'electron' || specifier.startsWith('electron/');

describe('import boundaries', () => {
  it('finds imports in every form it checks', () => {
    expect(importsOf(`import a from 'x'; export * from "y"; import 'z'; await import('w'); require('v');`)).toEqual(['x', 'y', 'z', 'w', 'v']);
  });

  it('only electron/app imports the electron package', () => {
    const outsideApp = ['electron/core', 'electron/web', 'electron/cli', 'shared', 'renderer'];
    expect(outsideApp.flatMap((folder) => violations(folder, (_target, specifier) => isElectronPackage(specifier)))).toEqual([]);
  });

  it('the renderer never imports from electron/', () => {
    expect(violations('renderer', (target) => target.startsWith('electron/') || target.startsWith('electron' + path.sep))).toEqual([]);
  });

  it('shared/ imports neither electron/ nor renderer/ nor Node built-ins', () => {
    expect(
      violations('shared', (target, specifier) => /^(electron|renderer)[/\\]/.test(target) || specifier.startsWith('node:') || isElectronPackage(specifier)),
    ).toEqual([]);
  });

  it('the bridge client, which runs in the browser, uses no Node built-ins', () => {
    expect(violations('electron/web/bridge-client', (_target, specifier) => specifier.startsWith('node:'))).toEqual([]);
  });
});
