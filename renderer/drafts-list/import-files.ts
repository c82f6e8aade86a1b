import type { ChannelResponse } from '../../shared/ipc/contract.js';

export type ImportOutcome = ChannelResponse<'drafts.import'>['results'][number];

export interface EncodedFile {
  /** Where the file was in the person's choice, so results come back in that order. */
  readonly position: number;
  readonly name: string;
  readonly contentBase64: string;
}

/** The store refuses bodies above 5 MB, so a bigger file is refused here before it is read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** drafts.import takes at most 50 files a call. */
const FILES_PER_CALL = 50;
/** Browser mode refuses requests above 16 MB; base64 is a third bigger than the file, so calls stay well below. */
const BASE64_PER_CALL = 12 * 1024 * 1024;

export const acceptedImportTypes = '.md,.markdown,.html,.htm,text/markdown,text/html';

export async function encodeFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // In slices: spreading a whole file into one call overflows the argument stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

export function tooLargeOutcome(file: File): ImportOutcome {
  const megabytes = (file.size / 1024 / 1024).toFixed(1);
  return { name: file.name, ok: false, message: `The file is ${megabytes} MB; drafts can hold at most 5 MB. Split it into smaller files and import those.` };
}

/** Files grouped into drafts.import calls that each stay within the count and size limits. */
export function batchesOf(files: readonly EncodedFile[]): EncodedFile[][] {
  const batches: EncodedFile[][] = [];
  let batch: EncodedFile[] = [];
  let size = 0;
  for (const file of files) {
    if (batch.length === FILES_PER_CALL || (batch.length > 0 && size + file.contentBase64.length > BASE64_PER_CALL)) {
      batches.push(batch);
      batch = [];
      size = 0;
    }
    batch.push(file);
    size += file.contentBase64.length;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
