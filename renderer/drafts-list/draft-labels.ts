import type { DraftContentType, DraftListItem, SyncStatus } from '../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../shared/firstup/firstup-views.js';

/** The words people see for each kind of draft, sync status and Firstup state; badges always carry these words, never colour alone. */

export const contentTypeLabels: Readonly<Record<DraftContentType, string>> = {
  article: 'Article',
  link: 'Link',
  image: 'Image',
  video: 'Video',
};

export const syncStatusLabels: Readonly<Record<SyncStatus, string>> = {
  local_only: 'Local only',
  in_sync: 'In sync',
  changed_here: 'Changed here',
  changed_remotely: 'Changed on Firstup',
  conflict: 'Conflict',
};

/** What each sync status means, for the badge's tooltip. */
export const syncStatusHints: Readonly<Record<SyncStatus, string>> = {
  local_only: 'Only on this computer: it has never been sent to Firstup.',
  in_sync: 'The same text as the post on Firstup.',
  changed_here: 'Edited here since it was last sent to Firstup.',
  changed_remotely: 'The post was changed on Firstup since it was last brought here.',
  conflict: 'Changed both here and on Firstup: open it to compare and choose which text to keep.',
};

export const remoteStateLabels: Readonly<Record<ContentState | 'none', string>> = {
  none: 'Not sent yet',
  draft: 'Draft',
  review: 'In review',
  published: 'Published',
  scheduled: 'Scheduled',
  archived: 'Archived',
  processing: 'Processing',
  processing_error: 'Processing failed',
};

/** A draft's title, or what to call it before it has one. */
export function titleOf(item: Pick<DraftListItem, 'title'>): string {
  return item.title.trim() === '' ? 'Untitled draft' : item.title;
}
