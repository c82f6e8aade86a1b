import type { DraftContent } from '../../shared/drafts/draft-schema.js';
import type { TopicView } from '../../shared/firstup/firstup-views.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { CliSession } from './cli-session.js';
import { CommandError } from './command-error.js';

export type DraftTopic = DraftContent['topics'][number];

/** A topic by id or name, or why not: the sentence names the topic and what to do. */
export type TopicAnswer = { readonly ok: true; readonly topic: DraftTopic } | { readonly ok: false; readonly message: string };

const PAGE_SIZE = 100;
/** 5,000 topics: far more than a program has. */
const MAX_PAGES = 50;

const normal = (name: string) => name.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
const archived = (topic: TopicView) => topic.state === 'archived';

/**
 * Every topic of the program, page by page. The paging style is UNKNOWN
 * (REFERENCE.md §3.6), so a page that brings nothing new ends the reading,
 * as in the studio's own topic list.
 */
export async function readTopics(session: CliSession, programId: string, programName: string): Promise<TopicView[]> {
  const topics = new Map<number, TopicView>();
  try {
    for (let number = 1; number <= MAX_PAGES; number += 1) {
      const page = await session.call('topics.list', { programId, page: { number, size: PAGE_SIZE } });
      const before = topics.size;
      for (const topic of page.items) topics.set(topic.id, topic);
      const more = page.totalRecords !== null ? topics.size < page.totalRecords : page.nextCursor !== null || page.items.length >= PAGE_SIZE;
      if (topics.size === before || !more) break;
    }
  } catch (error) {
    const reason = error instanceof StudioError ? error.message : String(error);
    throw new CommandError(`Could not read the topics of “${programName}”: ${reason} Nothing was queued.`);
  }
  return [...topics.values()];
}

/** Ids first (an all-digit reference that is no topic's id may still be a name), then names in any case; archived topics are refused. */
export function createTopicResolver(topics: readonly TopicView[], programName: string): (reference: string) => TopicAnswer {
  return (reference) => {
    const byId = /^\d+$/.test(reference) ? topics.find((topic) => topic.id === Number(reference)) : undefined;
    const named = topics.filter((topic) => normal(topic.name) === normal(reference));
    const found = byId ?? named.find((topic) => !archived(topic)) ?? named[0];
    if (found === undefined) {
      const near = topics.filter((topic) => !archived(topic) && normal(topic.name).includes(normal(reference))).slice(0, 5);
      const hint = near.length > 0 ? ` Did you mean ${near.map((topic) => `“${topic.name}” (${topic.id})`).join(', ')}?` : ' Check the name in Content Studio\'s Topics screen, or give the topic\'s id.';
      return { ok: false, message: `“${programName}” has no topic “${reference}”.${hint}` };
    }
    if (archived(found)) return { ok: false, message: `The topic “${found.name}” (${found.id}) is archived, so posts cannot go to it. Choose another topic.` };
    return { ok: true, topic: { id: found.id, name: found.name } };
  };
}
