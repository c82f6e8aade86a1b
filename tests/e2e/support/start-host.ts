/**
 * Browser mode for the end-to-end suite: a fresh data folder each run so no
 * earlier preference leaks in, and every line the host writes kept in a log
 * that the token sentinel reads at the end.
 */
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOST_LOG } from './host-log.js';

mkdirSync(path.dirname(HOST_LOG), { recursive: true });
writeFileSync(HOST_LOG, '');
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    appendFileSync(HOST_LOG, chunk);
    return write(chunk, ...rest);
  });
}

process.argv.push('--data-dir', mkdtempSync(path.join(os.tmpdir(), 'content-studio-e2e-')));
await import('../../../electron/web/main.js');
