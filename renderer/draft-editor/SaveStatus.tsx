import { StudioError } from '../../shared/ipc/studio-error.js';
import type { AutosaveState } from '../drafts/autosave.js';
import { describeError } from '../studio/describe-error.js';

interface SaveStatusProps {
  readonly state: AutosaveState;
  readonly onKeepMine: () => void;
  readonly onReload: () => void;
}

/**
 * Where the draft stands on this computer. "Saved" appears only once the
 * store has acknowledged the latest text. The line has a fixed place in the
 * header, so a change of status never moves the text being edited.
 */
export function SaveStatus({ state, onKeepMine, onReload }: SaveStatusProps) {
  if (state.kind === 'failed') {
    const elsewhere = state.error instanceof StudioError && state.error.code === 'draft_conflict';
    return (
      <div className="draft-save-status draft-save-status-failed" role="alert">
        {elsewhere ? (
          <>
            <span>This draft was saved in another window. Your text is still here.</span>
            <button type="button" className="link-button" onClick={onKeepMine}>
              Keep my text
            </button>
            <button type="button" className="link-button" onClick={onReload}>
              Load the other version
            </button>
          </>
        ) : (
          <span>Not saved: {describeError(state.error)} Your text is kept here and saving is retried.</span>
        )}
      </div>
    );
  }
  const label = state.kind === 'saved' ? 'Saved' : state.kind === 'saving' ? 'Saving…' : 'Unsaved changes';
  return (
    <div className={`draft-save-status draft-save-status-${state.kind}`} aria-live="off">
      {label}
    </div>
  );
}
