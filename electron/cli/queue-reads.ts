import type { OutboxJobView, OutboxListPage, OutboxState } from '../../shared/outbox/outbox-views.js';
import type { CliSession } from './cli-session.js';

const PAGE = 500;

/** Every job in these states (all states when absent), in queue order, page by page. */
export async function listJobs(session: CliSession, states?: readonly OutboxState[]): Promise<OutboxJobView[]> {
  const jobs: OutboxJobView[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: OutboxListPage = await session.call('outbox.list', { ...(states === undefined ? {} : { states: [...states] }), offset, limit: PAGE });
    jobs.push(...page.items);
    offset = page.nextOffset;
  }
  return jobs;
}
