import {
  draftContentTypes,
  syncStatuses,
  type DraftContentType,
  type DraftListItem,
  type DraftListRequest,
  type SyncStatus,
} from '../../shared/drafts/draft-schema.js';
import type { ContentState } from '../../shared/firstup/firstup-views.js';

/** The Firstup states a person can filter by; `none` is a draft never sent. */
export const remoteStateFilters = ['none', 'draft', 'review', 'published', 'scheduled', 'archived'] as const satisfies readonly (ContentState | 'none')[];
export type RemoteStateFilter = (typeof remoteStateFilters)[number];

export const contentTypeFilters: readonly DraftContentType[] = draftContentTypes;
export const syncStatusFilters: readonly SyncStatus[] = syncStatuses;

/** Each filter is unset (null) or one value, as drafts.list takes them. */
export interface DraftFilters {
  readonly programId: string | null;
  readonly contentType: DraftContentType | null;
  readonly remoteState: RemoteStateFilter | null;
  readonly topicId: number | null;
  readonly syncStatus: SyncStatus | null;
}

export const noFilters: DraftFilters = { programId: null, contentType: null, remoteState: null, topicId: null, syncStatus: null };

export const PAGE_SIZE = 50;

export function hasFilters(filters: DraftFilters): boolean {
  return Object.values(filters).some((value) => value !== null);
}

/** The drafts.list request for a page: only the filters that are set, so the core sees exactly what the person chose. */
export function listRequestFor(filters: DraftFilters, trashed: boolean, offset: number, limit = PAGE_SIZE): DraftListRequest {
  const request: DraftListRequest = { offset, limit };
  if (filters.programId !== null) request.programId = filters.programId;
  if (filters.contentType !== null) request.contentType = filters.contentType;
  if (filters.remoteState !== null) request.remoteState = filters.remoteState;
  if (filters.topicId !== null) request.topicId = filters.topicId;
  if (filters.syncStatus !== null) request.syncStatus = filters.syncStatus;
  if (trashed) request.trashed = true;
  return request;
}

/**
 * drafts.search takes only a program, so the other filters narrow its hits here, with the same meaning
 * drafts.list gives them.
 */
export function matchesFilters(item: DraftListItem, filters: DraftFilters): boolean {
  if (filters.programId !== null && item.programId !== filters.programId) return false;
  if (filters.contentType !== null && item.contentType !== filters.contentType) return false;
  if (filters.syncStatus !== null && item.syncStatus !== filters.syncStatus) return false;
  if (filters.remoteState !== null && (item.remote?.state ?? 'none') !== filters.remoteState) return false;
  if (filters.topicId !== null && !item.topics.some((topic) => topic.id === filters.topicId)) return false;
  return true;
}
