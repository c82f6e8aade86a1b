import { useState } from 'react';
import { openDraft } from '../navigation/screen-hash.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { newDraftProgramId } from './new-draft-program.js';

export interface NewDraftButtonProps {
  /** The program the list is filtered to, if any: a new draft goes there, else to the default program. */
  readonly programId: string | null;
  readonly onError: (message: string) => void;
}

/** Creates an empty article and opens it in the editor. */
export function NewDraftButton({ programId, onError }: NewDraftButtonProps) {
  const studio = useStudio();
  const [busy, setBusy] = useState(false);

  const create = () => {
    if (busy) return;
    setBusy(true);
    void (programId === null ? newDraftProgramId(studio) : Promise.resolve(programId))
      .then((target) => unwrap(studio.drafts.create({ programId: target })))
      .then(
        (draft) => openDraft(draft.id),
        (error: unknown) => onError(`The new draft could not be created. ${describeError(error)}`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <button type="button" className="button-primary drafts-new" onClick={create} aria-busy={busy}>
      <span aria-hidden="true" className="drafts-new-mark">
        +
      </span>
      {busy ? 'Creating…' : 'New draft'}
    </button>
  );
}
