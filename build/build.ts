/** `npm run build`: everything both transports need, into dist/. */
import { buildElectron, buildWeb } from './build-steps.js';

await buildWeb();
await buildElectron();
console.log('Built dist/renderer, dist/web and dist/electron.');
