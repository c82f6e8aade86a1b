import type { Draft, DraftListItem } from '../../shared/drafts/draft-schema.js';

/**
 * What `drafts.pull` did, told from the draft linked to the post before the
 * pull (if the studio knew of one) and the draft it answered with.
 */
export function describeImport(title: string, before: DraftListItem | undefined, after: Draft): string {
  const post = `“${title}”`;
  if (before === undefined) {
    // A new draft starts at revision 1; a later one was linked already, by a pull the list had not caught up with.
    return after.revision === 1 ? `Imported ${post} into a new draft and opened it.` : `Opened your draft of ${post}.`;
  }
  if (after.syncStatus === 'conflict') {
    return `Your draft of ${post} has changes made here, and the post changed on Firstup too. Nothing was overwritten; the draft is open so you can choose which version to keep.`;
  }
  if (after.revision > before.revision) return `Refreshed your draft of ${post} from Firstup and opened it.`;
  if (after.syncStatus === 'changed_here') return `Opened your draft of ${post} as it is: it has changes made here, so it was not refreshed.`;
  return `Opened your draft of ${post}; it was already up to date with Firstup.`;
}
