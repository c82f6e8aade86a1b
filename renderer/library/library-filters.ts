import type { ContentState } from '../../shared/firstup/firstup-views.js';
import type { ChannelRequest } from '../../shared/ipc/contract.js';
import type { ContentType } from './content-labels.js';

/** null: any. */
export interface LibraryFilters {
  readonly state: ContentState | null;
  readonly contentType: ContentType | null;
  readonly topicId: number | null;
}

export const anyPost: LibraryFilters = { state: null, contentType: null, topicId: null };

export const LIBRARY_PAGE_SIZE = 20;

/** The `content.list` request for one page of the Library under these filters; a filter set to "any" is left out. */
export function contentListRequest(programId: string, filters: LibraryFilters, pageNumber: number): ChannelRequest<'content.list'> {
  return {
    programId,
    ...(filters.state === null ? {} : { state: [filters.state] }),
    ...(filters.contentType === null ? {} : { contentType: [filters.contentType] }),
    ...(filters.topicId === null ? {} : { topicIds: [filters.topicId] }),
    page: { number: pageNumber, size: LIBRARY_PAGE_SIZE },
  };
}
