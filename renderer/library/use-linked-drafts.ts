import { useEffect, useState } from 'react';
import type { DraftListItem, DraftListPage } from '../../shared/drafts/draft-schema.js';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

/** Local drafts by the id of the Firstup post they are linked to. */
export type LinkedDrafts = ReadonlyMap<number, DraftListItem>;

const PAGE = 200;
/** 5,000 drafts: past that, posts beyond are simply not marked (the marks are a convenience, not a promise). */
const MAX_PAGES = 25;

async function readLinkedDrafts(studio: StudioApi, programId: string): Promise<Map<number, DraftListItem>> {
  const linked = new Map<number, DraftListItem>();
  let offset: number | null = 0;
  for (let read = 0; offset !== null && read < MAX_PAGES; read += 1) {
    const page: DraftListPage = await unwrap(studio.drafts.list({ programId, offset, limit: PAGE }));
    for (const draft of page.items) if (draft.remote !== null) linked.set(draft.remote.id, draft);
    offset = page.nextOffset;
  }
  return linked;
}

const none: LinkedDrafts = new Map();

/**
 * Which posts of the program already have a local draft, read again whenever
 * drafts change. Works offline; if it cannot be read, no post is marked and
 * importing still works (the core finds the linked draft itself).
 */
export function useLinkedDrafts(programId: string): LinkedDrafts {
  const studio = useStudio();
  const [linked, setLinked] = useState<{ programId: string; drafts: LinkedDrafts } | null>(null);

  useEffect(() => {
    let current = true;
    // Change events come in bursts and reads overlap: only the latest read may land.
    let latest = 0;
    const read = () => {
      const readNumber = ++latest;
      readLinkedDrafts(studio, programId).then(
        (drafts) => {
          if (current && readNumber === latest) setLinked({ programId, drafts });
        },
        () => undefined,
      );
    };
    const stop = studio.onDraftsChanged(read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [studio, programId]);

  return linked?.programId === programId ? linked.drafts : none;
}
