import type { ContentRecord } from '../firstup/content-records.js';

/**
 * Pauses between reads of a post in `processing`: 7.5 s in all, enough for
 * a short video in the sandbox (3 s). How long Firstup really takes is
 * UNKNOWN (§5.9 says only that video posts "may sit in processing"), so the
 * caller goes on with whatever state the last read found.
 */
export const PROCESSING_WAITS_MS: readonly number[] = [500, 1_000, 2_000, 4_000];

/**
 * Reads the post until it is no longer processing or the waits run out, and
 * answers the last record read (which may still be processing). `first` is a
 * record already in hand, so a caller that just read the post saves a read.
 */
export async function waitWhileProcessing(
  read: () => Promise<ContentRecord>,
  sleep: (milliseconds: number) => Promise<void>,
  first?: ContentRecord,
): Promise<ContentRecord> {
  let record = first ?? (await read());
  for (const wait of PROCESSING_WAITS_MS) {
    if (record.state !== 'processing') return record;
    await sleep(wait);
    record = await read();
  }
  return record;
}
