import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { remoteStateLabels, syncStatusHints, syncStatusLabels } from './draft-labels.js';

/** Where a draft stands with Firstup: each badge has its words and a mark whose shape differs too, so colour is never the only cue. */
export function DraftBadges({ item }: { readonly item: DraftListItem }) {
  return (
    <span className="draft-badges">
      <span className="draft-badge" data-sync={item.syncStatus} title={syncStatusHints[item.syncStatus]}>
        <span className="draft-badge-mark" aria-hidden="true" />
        {syncStatusLabels[item.syncStatus]}
      </span>
      {item.remote !== null && (
        <span className="draft-badge draft-badge-remote" data-state={item.remote.state}>
          <span className="program-visually-hidden">On Firstup: </span>
          {remoteStateLabels[item.remote.state]}
        </span>
      )}
    </span>
  );
}
