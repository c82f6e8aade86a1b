import { requireRole, type ApiAuth } from '../auth/api-auth.js';
import { notFound } from '../http/api-error.js';
import { paginate, readEnumFilter, readPage, readSort, sortBy } from '../http/list-query.js';
import type { RouteTable } from '../http/route-table.js';
import { topicStates, type Topic } from '../model.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { listFollowers } from './topic-followers.js';
import { topicRecord } from './topic-record.js';
import { parseTopicBody, topicInputSchema, topicPatchSchema } from './topic-schemas.js';
import { createTopic, updateTopic } from './topic-writes.js';

const sortFields = ['name', 'created_at'] as const;

/** Ids are integers (REFERENCE.md §3.5); anything else names no topic, so 404 like an unknown id. */
function findTopic(runtime: SandboxRuntime, raw: string | undefined): Topic {
  const topic = raw !== undefined && /^\d+$/.test(raw) ? runtime.state.topics.find((candidate) => candidate.id === Number(raw)) : undefined;
  if (topic === undefined) throw notFound(`Topic ${raw}`);
  return topic;
}

/**
 * Topics, which the API calls channels (REFERENCE.md §6). Who may read them is
 * not documented: members follow topics, so the sandbox lets every role read
 * the list, followers and pages, and keeps changes to program managers.
 */
export function registerTopicRoutes(table: RouteTable<ApiAuth>, runtime: SandboxRuntime): void {
  table
    .add('GET', '/v2/channels', ({ query }) => {
      // The filter and sort vocabulary is UNKNOWN (§3.7–3.8): `filter.state` and `sort=[-]name|created_at`
      // follow the list conventions. Without a filter every state is listed, archived too.
      const states = readEnumFilter(query, 'state', topicStates);
      const order = readSort(query, sortFields, { field: 'name', descending: false });
      const page = readPage(query);
      const matching = runtime.state.topics.filter((topic) => states === null || states.includes(topic.state));
      // Names sort ignoring case, as a reader scans them. Topics are stored in id order and sortBy is stable, so ties stay in id order.
      const sorted = sortBy(matching, order, (topic, field) => (field === 'name' ? topic.name.toLowerCase() : topic.created_at));
      const { data, meta } = paginate(sorted, page);
      return { status: 200, body: { data: data.map(topicRecord), meta } };
    })
    .add('POST', '/v2/channels', async (context) => {
      requireRole(context.auth, 'program_manager');
      const topic = createTopic(runtime, parseTopicBody(topicInputSchema, await context.json()));
      return { status: 201, body: { data: topicRecord(topic) } };
    })
    .add('PUT', '/v2/channels/:channel_id', async (context) => {
      requireRole(context.auth, 'program_manager');
      const topic = findTopic(runtime, context.params.channel_id);
      const updated = updateTopic(runtime, topic, parseTopicBody(topicPatchSchema, await context.json()));
      return { status: 200, body: { data: topicRecord(updated) } };
    })
    .add('GET', '/v2/channels/:channel_id/followers', ({ params, query }) => {
      const topic = findTopic(runtime, params.channel_id);
      return { status: 200, body: listFollowers(runtime.state, topic, readPage(query)) };
    })
    .add('GET', '/v2/channels/:channel_id/pages', ({ params }) => {
      const topic = findTopic(runtime, params.channel_id);
      const pages = topic.pages.toSorted((a, b) => a.position - b.position || a.id - b.id);
      return {
        status: 200,
        body: { data: pages.map(({ id, tab_type, position, name, preview_content, page_content }) => ({ id, tab_type, position, name, preview_content, page_content })) },
      };
    });
}
