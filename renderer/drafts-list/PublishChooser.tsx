import { useId, useState } from 'react';
import { RadioChoices, type RadioChoice } from './RadioChoices.js';
import { useNow } from './use-now.js';
import type { PublishChoice } from './use-publish-selected.js';

export interface PublishChooserProps {
  readonly count: number;
  readonly onCheck: (choice: PublishChoice) => void;
  readonly onCancel: () => void;
}

type Kind = PublishChoice['action'];

const kinds: readonly RadioChoice<Kind>[] = [
  { value: 'publish', label: 'Publish now', hint: 'Each post goes live on Firstup as soon as it is sent.' },
  { value: 'review', label: 'Send for review', hint: 'An editor in Firstup approves each post before it goes live.' },
  { value: 'schedule', label: 'Publish at a time', hint: 'Content Studio publishes them itself at that time, so it must be running then.' },
];

/** "2026-11-23T14:30" in the computer's time zone, as a datetime-local field takes it. */
function localInputValue(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 16);
}

/** The first step of "Publish…": what should happen to the selected drafts. Nothing is sent from here. */
export function PublishChooser({ count, onCheck, onCancel }: PublishChooserProps) {
  const headingId = useId();
  const timeId = useId();
  const [kind, setKind] = useState<Kind>('publish');
  // An hour from now, to the minute: a sensible first suggestion that is never in the past.
  const [time, setTime] = useState(() => localInputValue(Math.ceil(Date.now() / 60_000) * 60_000 + 3_600_000));
  const now = useNow(30_000);
  const at = new Date(time).getTime();
  const timeProblem = kind !== 'schedule' ? null : Number.isNaN(at) ? 'Choose a date and time.' : at <= now ? 'Choose a time in the future.' : null;
  const choice: PublishChoice | null = timeProblem !== null ? null : kind === 'schedule' ? { action: 'schedule', scheduledAt: at } : { action: kind };
  const drafts = count === 1 ? '1 draft' : `${count} drafts`;
  return (
    <section className="drafts-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="drafts-panel-title">
        Publish {drafts}
      </h2>
      <RadioChoices legend="What should happen to them" name={`${headingId}-action`} options={kinds} value={kind} onChange={setKind} />
      {kind === 'schedule' && (
        <div className="field publish-time">
          <label className="field-label" htmlFor={timeId}>
            Publish at
          </label>
          <input
            id={timeId}
            className="field-input"
            type="datetime-local"
            value={time}
            min={localInputValue(now)}
            aria-invalid={timeProblem !== null}
            aria-describedby={timeProblem === null ? undefined : `${timeId}-problem`}
            onChange={(event) => setTime(event.target.value)}
          />
          {timeProblem !== null && (
            <p id={`${timeId}-problem`} className="field-error">
              {timeProblem}
            </p>
          )}
        </div>
      )}
      <p className="drafts-panel-note">Every draft is checked first. You see what each one still needs, and nothing is sent until you confirm.</p>
      <div className="drafts-panel-actions">
        <button type="button" className="button-primary" aria-disabled={choice === null} onClick={() => choice !== null && onCheck(choice)}>
          Check {drafts}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
