import type { SaveOutcome } from './use-setting-save.js';

/** "Saved", in a polite live region that keeps its place in the row, so it never moves what is around it. */
export function SavedStatus({ outcome }: { readonly outcome: SaveOutcome }) {
  return (
    <p className="save-status writing-saved" aria-live="polite">
      {outcome.kind === 'saved' ? 'Saved' : ''}
    </p>
  );
}

/** Why a change was not saved, next to the control it belongs to. */
export function SaveError({ outcome, what, id }: { readonly outcome: SaveOutcome; readonly what: string; readonly id: string }) {
  if (outcome.kind !== 'failed') return null;
  return (
    <p className="save-error" role="alert" id={id}>
      {what} could not be saved. {outcome.message}
    </p>
  );
}
