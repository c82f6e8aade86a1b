import { useCallback, useEffect, useRef, useState } from 'react';
import type { RevisionInfo } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export type RevisionsState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly revisions: readonly RevisionInfo[] };

/** A draft's kept versions, newest first, read again whenever the draft changes (a save may keep a new one). */
export function useRevisions(draftId: string) {
  const studio = useStudio();
  const [loaded, setLoaded] = useState<{ readonly draftId: string; readonly state: RevisionsState } | null>(null);
  const latestRead = useRef(0);

  const read = useCallback(() => {
    const readNumber = ++latestRead.current;
    void unwrap(studio.drafts.revisions({ id: draftId })).then(
      ({ revisions }) => {
        if (readNumber === latestRead.current) setLoaded({ draftId, state: { status: 'ready', revisions: [...revisions].sort((a, b) => b.id - a.id) } });
      },
      (error: unknown) => {
        if (readNumber === latestRead.current) setLoaded({ draftId, state: { status: 'failed', message: describeError(error) } });
      },
    );
  }, [studio, draftId]);

  useEffect(() => {
    read();
    return studio.onDraftsChanged(({ ids }) => {
      if (ids.includes(draftId)) read();
    });
  }, [studio, draftId, read]);

  const state: RevisionsState = loaded?.draftId === draftId ? loaded.state : { status: 'loading' };
  return { state, reload: read };
}
