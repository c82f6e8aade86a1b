import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Draft } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { ConfirmStep } from './ConfirmStep.js';
import { ConflictSide } from './ConflictSide.js';
import { describeExactTime, describeTimeAgo } from './relative-time.js';
import { useConflictComparison } from './use-conflict-comparison.js';
import { useNow } from './use-now.js';
import './drafts-list.css';
import './conflict-view.css';

export interface ConflictViewProps {
  readonly draftId: string;
  /** After the conflict is resolved: the draft as it is now (in sync with Firstup). */
  readonly onResolved: (draft: Draft) => void;
}

type Choice = 'keep_mine' | 'take_theirs';

const confirmations: Readonly<Record<Choice, { readonly question: string; readonly hint: string; readonly label: string }>> = {
  keep_mine: {
    question: 'Keep your text and send it to Firstup?',
    hint: 'Your text replaces the post on Firstup, including the changes made there. Your draft is in sync again afterwards.',
    label: 'Keep mine and send',
  },
  take_theirs: {
    question: 'Take the text from Firstup?',
    hint: 'The draft gets the post’s text from Firstup. Your text stays in the revision history, so you can restore it later.',
    label: 'Take theirs',
  },
};

/**
 * A draft changed both here and on Firstup: when the post changed there, the two versions side by side
 * (Compare), and the way out (Keep mine, Take theirs). Neither choice loses text without saying so first.
 */
export function ConflictView({ draftId, onResolved }: ConflictViewProps) {
  const studio = useStudio();
  const headingId = useId();
  const now = useNow();
  const { state, reload } = useConflictComparison(draftId);
  const [comparing, setComparing] = useState(false);
  const [confirming, setConfirming] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keepButton = useRef<HTMLButtonElement>(null);
  const takeButton = useRef<HTMLButtonElement>(null);
  // Cancel removes the confirmation focus was in: focus goes back to the choice that opened it.
  const refocus = useRef<Choice | null>(null);
  useLayoutEffect(() => {
    if (refocus.current === null) return;
    (refocus.current === 'keep_mine' ? keepButton : takeButton).current?.focus();
    refocus.current = null;
  });

  const resolve = (choice: Choice) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void unwrap(studio.drafts.resolveConflict({ id: draftId, choice }))
      .then(
        (draft) => {
          setConfirming(null);
          onResolved(draft);
        },
        (failure: unknown) => setError(`The conflict is not resolved yet. ${describeError(failure)}`),
      )
      .finally(() => setBusy(false));
  };

  const remoteChanged = state.status === 'ready' ? state.comparison.remoteUpdatedAt : null;
  const when =
    remoteChanged === null ? null : (
      <time dateTime={remoteChanged} title={describeExactTime(remoteChanged)}>
        {describeTimeAgo(remoteChanged, now)}
      </time>
    );

  return (
    <section className="conflict" aria-labelledby={headingId}>
      <h2 id={headingId} className="drafts-panel-title">
        Changed here and on Firstup
      </h2>
      <p className="panel-note">
        This draft was edited here while its post was changed on Firstup{when === null ? '' : ' '}
        {when}. Nothing is sent until you choose which text to keep.
      </p>
      {state.status === 'loading' && <p className="panel-note">Reading both versions…</p>}
      {state.status === 'failed' && (
        <div className="panel-error" role="alert">
          <p>The version on Firstup could not be read. {state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      <div className="drafts-panel-actions" role="group" aria-label="Resolve the conflict">
        <button ref={keepButton} type="button" className="button" aria-disabled={busy} onClick={() => !busy && setConfirming('keep_mine')}>
          Keep mine
        </button>
        <button ref={takeButton} type="button" className="button" aria-disabled={busy} onClick={() => !busy && setConfirming('take_theirs')}>
          Take theirs
        </button>
        <button type="button" className="button" aria-expanded={comparing} aria-controls={`${headingId}-compare`} onClick={() => setComparing(!comparing)}>
          Compare
        </button>
      </div>
      {confirming !== null && (
        <ConfirmStep
          question={confirmations[confirming].question}
          hint={confirmations[confirming].hint}
          confirmLabel={confirmations[confirming].label}
          busy={busy}
          onConfirm={() => resolve(confirming)}
          onCancel={() => {
            refocus.current = confirming;
            setConfirming(null);
          }}
        />
      )}
      {error !== null && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
      <div id={`${headingId}-compare`} className="conflict-compare" hidden={!comparing}>
        {state.status === 'ready' && (
          <>
            <ConflictSide heading="Yours, on this computer" changed={null} text={state.comparison.local} other={state.comparison.remote} />
            <ConflictSide
              heading="Theirs, on Firstup"
              changed={when === null ? null : <p className="conflict-changed">Changed {when}</p>}
              text={state.comparison.remote}
              other={state.comparison.local}
            />
            <p className="conflict-note">Shown as text with its formatting: links, images and videos are left out of this comparison.</p>
          </>
        )}
      </div>
    </section>
  );
}
