import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelResponse } from '../../shared/ipc/contract.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export type Comparison = ChannelResponse<'drafts.compareConflict'>;

export type ComparisonState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly comparison: Comparison };

/** Both texts of a draft in conflict: the local one and the post as Firstup has it now. */
export function useConflictComparison(draftId: string) {
  const studio = useStudio();
  const [loaded, setLoaded] = useState<{ readonly draftId: string; readonly state: ComparisonState } | null>(null);
  const latestRead = useRef(0);

  const read = useCallback(() => {
    const readNumber = ++latestRead.current;
    void unwrap(studio.drafts.compareConflict({ id: draftId })).then(
      (comparison) => {
        if (readNumber === latestRead.current) setLoaded({ draftId, state: { status: 'ready', comparison } });
      },
      (error: unknown) => {
        if (readNumber === latestRead.current) setLoaded({ draftId, state: { status: 'failed', message: describeError(error) } });
      },
    );
  }, [studio, draftId]);

  useEffect(read, [read]);

  const state: ComparisonState = loaded?.draftId === draftId ? loaded.state : { status: 'loading' };
  return { state, reload: read };
}
