/**
 * `npm run dist [-- <electron-builder options>]`: builds the app, then has electron-builder make this
 * platform's installers into release/ (see docs/installable-builds.md). electron-builder downloads Electron
 * and its packaging tools on the way; where the network does not allow that, its stack trace is followed by
 * one sentence that says so.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildElectron, buildWeb, repoRoot } from './build-steps.js';

const networkFailure = /\b(ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNREFUSED|ECONNRESET|ENETUNREACH|EHOSTUNREACH)\b/;

await buildWeb();
await buildElectron();

const args = ['--no-install', 'electron-builder', '--config', 'electron-builder.config.ts', '--publish', 'never', ...process.argv.slice(2)];
const builder = spawn('npx', args, { cwd: repoRoot, stdio: ['inherit', 'pipe', 'pipe'] });
let recentOutput = '';
for (const [from, to] of [[builder.stdout, process.stdout], [builder.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => {
    to.write(chunk);
    recentOutput = (recentOutput + chunk.toString('utf8')).slice(-20_000);
  });
}
const status = await new Promise<number>((resolve) => builder.on('close', (code) => resolve(code ?? 1)));

const cause = networkFailure.exec(recentOutput)?.[1];
if (status !== 0 && cause) {
  const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
  console.error(
    `\n✖ No installers were made: electron-builder downloads Electron ${version} and its packaging tools, and this machine cannot reach ` +
      `their host (${cause}). Run npm run dist on a machine with network access, or see docs/installable-builds.md for a mirror or an Electron already on disk.`,
  );
}
process.exit(status);
