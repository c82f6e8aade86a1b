import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { useStudio } from '../studio/studio-context.js';
import { byName, readAllTopics, type TopicList } from './read-all-topics.js';

export type AllTopicsState =
  | { readonly status: 'loading' }
  | ({ readonly status: 'ready' } & TopicList)
  | { readonly status: 'failed'; readonly error: unknown };

export interface AllTopics {
  readonly state: AllTopicsState;
  readonly reload: () => void;
  /** Puts a topic the person just created or changed into the list, without reading it all again. */
  readonly upsert: (topic: TopicView) => void;
}

interface Result {
  readonly programId: string;
  readonly attempt: number;
  readonly outcome: ({ readonly ok: true } & TopicList) | { readonly ok: false; readonly error: unknown };
}

/** Every topic of a signed-in program. */
export function useAllTopics(programId: string): AllTopics {
  const studio = useStudio();
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Result | null>(null);

  useEffect(() => {
    let current = true;
    readAllTopics(studio, programId).then(
      (list) => {
        if (current) setResult({ programId, attempt, outcome: { ok: true, ...list } });
      },
      (error: unknown) => {
        if (current) setResult({ programId, attempt, outcome: { ok: false, error } });
      },
    );
    return () => {
      current = false;
    };
  }, [studio, programId, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  const upsert = useCallback((topic: TopicView) => {
    setResult((previous) => {
      if (previous === null || !previous.outcome.ok) return previous;
      const others = previous.outcome.topics.filter((candidate) => candidate.id !== topic.id);
      return { ...previous, outcome: { ...previous.outcome, topics: byName([...others, topic]) } };
    });
  }, []);

  const state = useMemo((): AllTopicsState => {
    if (result === null || result.programId !== programId || result.attempt !== attempt) return { status: 'loading' };
    const { outcome } = result;
    return outcome.ok ? { status: 'ready', topics: outcome.topics, complete: outcome.complete } : { status: 'failed', error: outcome.error };
  }, [programId, result, attempt]);

  return { state, reload, upsert };
}
