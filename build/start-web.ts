/** `npm run start:web`: builds the renderer when its sources changed, then starts browser mode. */
import { buildWeb, webBuildIsStale } from './build-steps.js';

if (webBuildIsStale()) {
  console.log('Building the studio for browser mode…');
  await buildWeb();
}
await import('../electron/web/main.js');
