import { StudioError } from '../../../shared/ipc/studio-error.js';
import { readPriority as read, writePriority as write, type CallOptions, type FirstupSend } from './firstup-http.js';
import { topicSegment } from './ids.js';
import { listAll, pageQuery, type Page, type PageRequest } from './pagination.js';
import { carriesRecord, readList, readRecord } from './read-response.js';
import { topicBody, type TopicCreateInput, type TopicUpdateInput } from './topic-inputs.js';
import { followerSchema, topicPageSchema, topicSchema, type Follower, type Topic, type TopicPage, type TopicState } from './topic-records.js';

export interface TopicListQuery {
  /** `filter.state` is a guess at an UNKNOWN parameter (REFERENCE.md §6.4); a server that ignores it returns every state. */
  state?: TopicState[];
  page?: PageRequest;
}

export function createTopicEndpoints(send: FirstupSend) {
  const base = (id: number | string) => `/v2/channels/${topicSegment(id)}`;

  async function listTopics(query: TopicListQuery = {}, options?: CallOptions): Promise<Page<Topic>> {
    const params = pageQuery(query.page);
    if (query.state !== undefined && query.state.length > 0) params.set('filter.state', query.state.join(','));
    return readList(await send({ method: 'GET', path: '/v2/channels', query: params, priority: read(options) }), topicSchema);
  }

  return {
    listTopics,

    async createTopic(input: TopicCreateInput, options?: CallOptions): Promise<Topic> {
      return readRecord(await send({ method: 'POST', path: '/v2/channels', body: topicBody(input), priority: write(options) }), topicSchema);
    },

    /**
     * A 202/204 without the topic is answered by finding it in the list, as no
     * single-topic GET is documented (§6); programs have tens of topics, not thousands.
     */
    async updateTopic(id: number | string, input: TopicUpdateInput, options?: CallOptions): Promise<Topic> {
      const priority = write(options);
      const reply = await send({ method: 'PUT', path: base(id), body: topicBody(input), priority });
      if (carriesRecord(reply)) return readRecord(reply, topicSchema);
      for await (const topic of listAll((page) => listTopics({ page }, { priority }))) {
        if (topic.id === Number(id)) return topic;
      }
      throw new StudioError('unexpected_response', 'Firstup accepted the topic change but the topic is no longer in its list.', { topicId: Number(id) });
    },

    async followers(topicId: number | string, page?: PageRequest, options?: CallOptions): Promise<Page<Follower>> {
      return readList(await send({ method: 'GET', path: `${base(topicId)}/followers`, query: pageQuery(page), priority: read(options) }), followerSchema);
    },

    /** Not documented as paginated: the first page is all there is. */
    async topicPages(topicId: number | string, options?: CallOptions): Promise<TopicPage[]> {
      return readList(await send({ method: 'GET', path: `${base(topicId)}/pages`, priority: read(options) }), topicPageSchema).items;
    },
  };
}

export type TopicEndpoints = ReturnType<typeof createTopicEndpoints>;
