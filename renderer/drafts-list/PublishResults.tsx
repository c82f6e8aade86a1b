import { DraftLink } from './DraftLink.js';
import type { Refused } from './use-publish-selected.js';

const untitled = 'Untitled draft';

/** The drafts that cannot go yet, each with what it needs, linked so the person can open and fix it. */
export function PublishRefusals({ refused, label }: { readonly refused: readonly Refused[]; readonly label: string }) {
  if (refused.length === 0) return null;
  return (
    <ul className="drafts-results publish-refusals" aria-label={label}>
      {refused.map(({ item, refusal }) => (
        <li key={item.id} className="drafts-result" data-outcome="failed">
          <span className="drafts-result-mark" aria-hidden="true">
            ×
          </span>
          <DraftLink draftId={item.id} className="drafts-link drafts-result-name">
            {item.title.trim() === '' ? untitled : item.title}
          </DraftLink>
          {refusal.problems !== undefined && refusal.problems.length > 0 ? (
            <ul className="publish-problems drafts-result-text">
              {refusal.problems.map((problem) => (
                <li key={`${problem.field}:${problem.message}`}>{problem.message}</li>
              ))}
            </ul>
          ) : (
            <span className="drafts-result-text">{refusal.message}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
