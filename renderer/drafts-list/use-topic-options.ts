import { useEffect, useState } from 'react';
import type { DraftListItem } from '../../shared/drafts/draft-schema.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';

export interface TopicOption {
  readonly id: number;
  readonly name: string;
}

/**
 * The topics a person can filter by in one program: the program's topics as Firstup lists them, plus the
 * names drafts keep for their own topics, so the filter still works offline or when a topic was archived.
 * Topic ids belong to a program, so with no program there is nothing to offer.
 */
export function useTopicOptions(programId: string | null, drafts: readonly DraftListItem[]): readonly TopicOption[] {
  const studio = useStudio();
  const [remote, setRemote] = useState<{ readonly programId: string; readonly topics: readonly TopicOption[] } | null>(null);

  useEffect(() => {
    if (programId === null) return;
    let active = true;
    void unwrap(studio.topics.list({ programId, page: { size: 100 } })).then(
      (page) => {
        if (active) setRemote({ programId, topics: page.items.map(({ id, name }) => ({ id, name })) });
      },
      // Offline or signed out: the names kept on drafts still let the person filter.
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [studio, programId]);

  if (programId === null) return [];
  const byId = new Map<number, string>();
  for (const topic of remote?.programId === programId ? remote.topics : []) byId.set(topic.id, topic.name);
  for (const draft of drafts) {
    if (draft.programId !== programId) continue;
    for (const topic of draft.topics) if (!byId.has(topic.id)) byId.set(topic.id, topic.name);
  }
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
