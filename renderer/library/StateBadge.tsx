import type { ContentState } from '../../shared/firstup/firstup-views.js';
import { stateLabels } from './content-labels.js';

/** A post's state in words, with a mark whose shape differs by state, so colour is never the only cue. */
export function StateBadge({ state }: { state: ContentState }) {
  return (
    <span className="post-state" data-state={state}>
      <span className="post-state-mark" aria-hidden="true" />
      {stateLabels[state]}
    </span>
  );
}
