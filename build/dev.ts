/**
 * `npm run dev`: the Vite dev server (hot reload) with the Electron app
 * pointed at it. Without an Electron binary, browser mode is the dev mode.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'vite';
import { buildElectron, repoRoot } from './build-steps.js';
import { findElectronBinary } from './electron-binary.js';

const electron = findElectronBinary();
if (!electron.available) {
  console.log(`Electron cannot run here because ${electron.reason}, so this starts browser mode instead (rebuilt on each start).`);
  await import('./start-web.js');
} else {
  const server = await createServer({ configFile: `${repoRoot}/vite.config.ts` });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('The Vite dev server did not report its address.');
  await buildElectron();
  const child = spawn(electron.path, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, CONTENT_STUDIO_DEV_SERVER_URL: url.replace(/\/$/, '') },
  });
  child.on('exit', (code) => {
    void server.close().then(() => process.exit(code ?? 0));
  });
}
