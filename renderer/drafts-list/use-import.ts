import { useState } from 'react';
import { useStudio } from '../studio/studio-context.js';
import { describeError } from '../studio/describe-error.js';
import { unwrap } from '../studio/unwrap.js';
import { batchesOf, encodeFile, MAX_IMPORT_BYTES, tooLargeOutcome, type EncodedFile, type ImportOutcome } from './import-files.js';
import { newDraftProgramId } from './new-draft-program.js';

export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly done: number; readonly total: number }
  | { readonly status: 'done'; readonly results: readonly ImportOutcome[] };

const unreadable = 'The file could not be read. Check that it is still there, then import it again.';

/**
 * Imports files into new drafts of `programId` (else the default program), in as many calls as the limits
 * need. Every file gets a result, in the order chosen: a file that cannot be read, or a call that fails,
 * marks its own files failed and the others carry on.
 */
export function useImport(programId: string | null) {
  const studio = useStudio();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const run = async (files: readonly File[]) => {
    const results: ImportOutcome[] = [];
    const fail = (position: number, message: string) => (results[position] = { name: files[position]?.name ?? '', ok: false, message });
    const progress = () => setState({ status: 'running', done: results.filter(Boolean).length, total: files.length });
    progress();
    let target: string;
    try {
      target = programId ?? (await newDraftProgramId(studio));
    } catch (error) {
      files.forEach((_file, position) => fail(position, describeError(error)));
      setState({ status: 'done', results });
      return;
    }
    const encoded: EncodedFile[] = [];
    for (const [position, file] of files.entries()) {
      if (file.size > MAX_IMPORT_BYTES) results[position] = tooLargeOutcome(file);
      else
        await encodeFile(file).then(
          (contentBase64) => encoded.push({ position, name: file.name, contentBase64 }),
          () => fail(position, unreadable),
        );
    }
    for (const batch of batchesOf(encoded)) {
      progress();
      try {
        const answer = await unwrap(studio.drafts.import({ programId: target, files: batch.map(({ name, contentBase64 }) => ({ name, contentBase64 })) }));
        batch.forEach((file, index) => (results[file.position] = answer.results[index] ?? { name: file.name, ok: false, message: 'No answer came back for this file. Import it again.' }));
      } catch (error) {
        for (const file of batch) fail(file.position, describeError(error));
      }
    }
    setState({ status: 'done', results });
  };

  return {
    state,
    start: (files: readonly File[]) => {
      if (files.length > 0 && state.status !== 'running') void run(files);
    },
    dismiss: () => setState({ status: 'idle' }),
  };
}
