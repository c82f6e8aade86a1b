/** Browser mode for the end-to-end suite, with a fresh data folder each run so no earlier preference leaks in. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

process.argv.push('--data-dir', mkdtempSync(path.join(os.tmpdir(), 'content-studio-e2e-')));
await import('../../../electron/web/main.js');
