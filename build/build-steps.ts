import { build as esbuild, type BuildOptions } from 'esbuild';
import { mkdirSync, statSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fromRoot = (...parts: string[]) => path.join(repoRoot, ...parts);

/** The renderer, served by both transports. */
export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: fromRoot('vite.config.ts'), logLevel: 'warn' });
}

/** Electron's main process and sandboxed preload (which must be one CommonJS file). */
export async function buildElectron(): Promise<void> {
  // libsql loads its native binary at run time, so it stays a package (shipped in node_modules) rather than bundled code.
  const common: BuildOptions = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', external: ['electron', 'libsql'], logLevel: 'warning' };
  await esbuild({ ...common, entryPoints: [fromRoot('electron/app/main.ts')], outfile: fromRoot('dist/electron/main.cjs') });
  await esbuild({ ...common, entryPoints: [fromRoot('electron/app/preload.ts')], outfile: fromRoot('dist/electron/preload.cjs') });
}

/** Browser mode's bridge client: a classic script for the page. */
export async function buildWebBridge(): Promise<void> {
  await esbuild({
    entryPoints: [fromRoot('electron/web/bridge-client/studio-bridge.ts')],
    outfile: fromRoot('dist/web/studio-bridge.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    logLevel: 'warning',
  });
}

const webInputs = ['renderer', 'shared', 'electron/web/bridge-client', 'electron/web/bridge-protocol.ts', 'vite.config.ts', 'package.json'];
const webStamp = fromRoot('dist', '.web-build-stamp');

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stat.mtimeMs);
}

/** True when what browser mode serves is missing or older than its sources. */
export function webBuildIsStale(): boolean {
  if (!existsSync(webStamp)) return true;
  const built = statSync(webStamp).mtimeMs;
  return webInputs.some((input) => newestChange(fromRoot(input)) > built);
}

export async function buildWeb(): Promise<void> {
  await buildRenderer();
  await buildWebBridge();
  mkdirSync(path.dirname(webStamp), { recursive: true });
  writeFileSync(webStamp, new Date().toISOString());
}
