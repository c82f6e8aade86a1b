import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { DraftSaveAck, RevisionInfo } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { ConfirmStep } from './ConfirmStep.js';
import { titleOf } from './draft-labels.js';
import { describeExactTime, describeTimeAgo } from './relative-time.js';
import { revisionReasonLabels } from './revision-labels.js';
import { useNow } from './use-now.js';
import { useRevisions } from './use-revisions.js';
import './drafts-list.css';
import './revision-history.css';

export interface RevisionHistoryProps {
  readonly draftId: string;
  /** After a restore committed: the draft's new revision (the editor reloads the draft). */
  readonly onRestored: (ack: DraftSaveAck) => void;
}

/**
 * The versions Content Studio kept of a draft, and a way back to one. A restore first keeps the current
 * text as a version of its own ("Before a restore"), so it can itself be undone. It is based on the
 * draft's current revision, read at that moment: an editor still holding older text gets its next save
 * refused rather than silently overwriting the restored one.
 */
export function RevisionHistory({ draftId, onRestored }: RevisionHistoryProps) {
  const studio = useStudio();
  const headingId = useId();
  const now = useNow();
  const { state, reload } = useRevisions(draftId);
  const [chosenId, setChosenId] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revisions = state.status === 'ready' ? state.revisions : [];
  const chosen = revisions.find((revision) => revision.id === chosenId);
  const restoreButton = useRef<HTMLButtonElement>(null);
  // Cancel removes the button focus was on: focus goes back to "Restore this version".
  const refocusRestore = useRef(false);
  useLayoutEffect(() => {
    if (!refocusRestore.current) return;
    refocusRestore.current = false;
    restoreButton.current?.focus();
  });

  const restore = (revision: RevisionInfo) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    void unwrap(studio.drafts.get({ id: draftId }))
      .then((draft) => unwrap(studio.drafts.restoreRevision({ id: draftId, revisionId: revision.id, baseRevision: draft.revision })))
      .then(
        (ack) => {
          setConfirming(false);
          setChosenId(null);
          onRestored(ack);
        },
        (failure: unknown) => setError(`Version ${revision.revision} could not be restored. ${describeError(failure)}`),
      )
      .finally(() => setBusy(false));
  };

  return (
    <section className="revision-history" aria-labelledby={headingId}>
      <h2 id={headingId} className="drafts-panel-title">
        Revision history
      </h2>
      {state.status === 'loading' && <p className="panel-note">Reading the versions of this draft…</p>}
      {state.status === 'failed' && (
        <div className="panel-error" role="alert">
          <p>The versions of this draft could not be read. {state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === 'ready' && revisions.length === 0 && (
        <p className="panel-note">
          No earlier versions yet. Content Studio keeps one every few minutes while you edit, before each send to Firstup and before each restore.
        </p>
      )}
      {revisions.length > 0 && (
        <fieldset className="revision-list">
          <legend className="program-visually-hidden">Versions, newest first</legend>
          {revisions.map((revision) => (
            <label key={revision.id} className="revision" data-chosen={revision.id === chosenId}>
              <input
                type="radio"
                name={`${headingId}-revision`}
                checked={revision.id === chosenId}
                onChange={() => {
                  setChosenId(revision.id);
                  setConfirming(false);
                }}
              />
              <span className="revision-text">
                <span className="revision-name">
                  Version {revision.revision} · <time dateTime={revision.createdAt} title={describeExactTime(revision.createdAt)}>{describeTimeAgo(revision.createdAt, now)}</time>
                </span>
                <span className="revision-reason">{revisionReasonLabels[revision.reason]}</span>
                <span className="revision-title">{titleOf(revision)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {chosen !== undefined && !confirming && (
        <button ref={restoreButton} type="button" className="button-primary revision-restore" onClick={() => setConfirming(true)}>
          Restore this version
        </button>
      )}
      {chosen !== undefined && confirming && (
        <ConfirmStep
          question={`Replace the draft’s text with version ${chosen.revision}?`}
          hint="The text it has now is kept as a version first, so you can come back to it."
          confirmLabel={`Restore version ${chosen.revision}`}
          busy={busy}
          onConfirm={() => restore(chosen)}
          onCancel={() => {
            refocusRestore.current = true;
            setConfirming(false);
          }}
        />
      )}
      {error !== null && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
