/**
 * `npm start`: the Electron app, or browser mode where this machine has no
 * Electron binary, so that the studio still starts.
 */
import { spawn } from 'node:child_process';
import { buildElectron, buildWeb } from './build-steps.js';
import { findElectronBinary } from './electron-binary.js';

const electron = findElectronBinary();
if (electron.available) {
  await buildWeb();
  await buildElectron();
  const child = spawn(electron.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron cannot run here because ${electron.reason}, so Content Studio is starting in browser mode instead.`);
  await import('./start-web.js');
}
