import { useCallback, useEffect, useState } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import type { StudioApi } from '../../shared/ipc/studio-api.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export type ProgramTopicsState =
  | { readonly status: 'loading' }
  /** `readAt`: set when Firstup could not be reached and these are the topics as last read. */
  | { readonly status: 'ready'; readonly topics: readonly TopicView[]; readonly readAt?: Date }
  | { readonly status: 'failed'; readonly message: string };

const PAGE_SIZE = 100;

/**
 * The last list read per program, for this window's lifetime: topics are
 * chosen offline too (a draft is written on the train), and the list changes
 * rarely. Ids are Firstup's, so a stale list can only lack new topics.
 */
const lastRead = new Map<string, { topics: TopicView[]; at: Date }>();
/** A program with more topics than this is unusual; the picker says the list was cut rather than loading forever. */
const MAX_PAGES = 50;

async function loadAll(studio: StudioApi, programId: string): Promise<TopicView[]> {
  const topics: TopicView[] = [];
  for (let number = 1; number <= MAX_PAGES; number += 1) {
    const page = await unwrap(studio.topics.list({ programId, page: { number, size: PAGE_SIZE } }));
    topics.push(...page.items);
    const total = page.totalRecords;
    if (page.items.length < PAGE_SIZE || (total !== null && topics.length >= total)) break;
  }
  return topics.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every topic of a program, so the picker can search all of them without a request per keystroke. */
export function useProgramTopics(programId: string): ProgramTopicsState & { readonly reload: () => void; readonly add: (topic: TopicView) => void } {
  const studio = useStudio();
  const [state, setState] = useState<ProgramTopicsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    loadAll(studio, programId).then(
      (topics) => {
        lastRead.set(programId, { topics, at: new Date() });
        if (active) setState({ status: 'ready', topics });
      },
      (error: unknown) => {
        if (!active) return;
        const cached = lastRead.get(programId);
        setState(cached === undefined ? { status: 'failed', message: describeError(error) } : { status: 'ready', topics: cached.topics, readAt: cached.at });
      },
    );
    return () => {
      active = false;
    };
  }, [studio, programId, attempt]);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  const add = useCallback(
    (topic: TopicView) =>
      setState((previous) => (previous.status === 'ready' ? { ...previous, topics: [...previous.topics, topic].sort((a, b) => a.name.localeCompare(b.name)) } : previous)),
    [],
  );
  return { ...state, reload, add };
}
