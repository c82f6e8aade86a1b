import type Database from 'libsql';
import { z } from 'zod';
import type { DraftContent } from '../../../../shared/drafts/draft-schema.js';
import { StudioError } from '../../../../shared/ipc/studio-error.js';
import { firstRow } from '../../drafts/draft-sql.js';
import type { Logger } from '../../logging/logger.js';
import type { JobWriter } from './outbox-job-writes.js';
import { JOB_COLUMNS, type JobReader, type JobRow } from './outbox-rows.js';
import { outboxEventSchema, outboxStates, type OutboxEvent, type OutboxJob, type StateCounts } from './outbox-schema.js';

export const outboxListRequestSchema = z.strictObject({
  states: z.array(z.enum(outboxStates)).min(1).max(outboxStates.length).optional(),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type OutboxListRequest = z.input<typeof outboxListRequestSchema>;

export interface OutboxListPage {
  /** In queue order. */
  readonly items: OutboxJob[];
  /** Jobs matching `states`. */
  readonly total: number;
  readonly nextOffset: number | null;
  /** Rows that failed validation (logged, left out). */
  readonly skipped: number;
  /** Every job in the outbox, per state. */
  readonly counts: StateCounts;
}

/** For the progress bar: the jobs still open plus those finished since `since`. */
export interface OutboxSummary {
  readonly counts: StateCounts;
  readonly total: number;
  /** The earliest waiting retry, for "retrying at …". */
  readonly nextRetryAt: number | null;
}

/** `snapshot` is null when the frozen copy cannot be read (the job is still shown, so it can be cancelled). */
export type OutboxJobDetail = OutboxJob & { readonly snapshot: DraftContent | null };

/** A job that still owns its draft's next move on Firstup. */
export interface UnfinishedJob {
  readonly id: string;
  readonly action: string;
  readonly state: string;
}

const DEFAULT_LIMIT = 100;

export function createReads(db: Database.Database, jobs: JobWriter, reader: JobReader, logger: Logger) {
  const STATE_FILTER = '(:states IS NULL OR state IN (SELECT value FROM json_each(:states)))';
  const page = db.prepare(`SELECT ${JOB_COLUMNS} FROM outbox_jobs WHERE ${STATE_FILTER} ORDER BY seq LIMIT :limit OFFSET :offset`);
  const matching = db.prepare(`SELECT count(*) AS n FROM outbox_jobs WHERE ${STATE_FILTER}`);
  const perState = db.prepare('SELECT state, count(*) AS n FROM outbox_jobs WHERE finished_at IS NULL OR finished_at >= ? GROUP BY state');
  const nextRetry = db.prepare("SELECT min(next_attempt_at) AS at FROM outbox_jobs WHERE state = 'waiting_retry'");
  const trail = db.prepare('SELECT at, from_state, to_state, step, note FROM outbox_events WHERE job_id = ? ORDER BY id');
  const unfinishedFor = db.prepare('SELECT id, action, state FROM outbox_jobs WHERE draft_id = ? AND finished_at IS NULL ORDER BY seq LIMIT 1');
  const started = db.prepare("SELECT DISTINCT job_id FROM outbox_events WHERE to_state = 'running' AND job_id IN (SELECT value FROM json_each(?))");

  function counts(since: number): StateCounts {
    const result = Object.fromEntries(outboxStates.map((state) => [state, 0])) as StateCounts;
    for (const { state, n } of perState.all(since) as { state: string; n: number }[]) {
      if ((outboxStates as readonly string[]).includes(state)) result[state as keyof StateCounts] = n;
    }
    return result;
  }

  return {
    get(jobId: string): OutboxJobDetail | undefined {
      const row = jobs.find(jobId);
      if (row === undefined) return undefined;
      const claimed = reader.claimed(row, row.snapshot_json);
      if (claimed.ok) return claimed.value;
      const job = reader.job(row);
      if (!job.ok) throw new StudioError('internal', 'This publishing job could not be read. The details are in the log.', { jobId });
      return { ...job.value, snapshot: null };
    },
    list(request: unknown): OutboxListPage {
      const { states, offset = 0, limit = DEFAULT_LIMIT } = outboxListRequestSchema.parse(request ?? {});
      const filter = { states: states === undefined ? null : JSON.stringify(states) };
      const rows = page.all({ ...filter, limit, offset }) as JobRow[];
      const items = rows.flatMap((row) => {
        const read = reader.job(row);
        return read.ok ? [read.value] : [];
      });
      const total = firstRow<{ n: number }>(matching, filter)!.n;
      const nextOffset = offset + rows.length < total ? offset + rows.length : null;
      return { items, total, nextOffset, skipped: rows.length - items.length, counts: counts(0) };
    },
    summary(since = 0): OutboxSummary {
      const byState = counts(since);
      const total = Object.values(byState).reduce((sum, n) => sum + n, 0);
      return { counts: byState, total, nextRetryAt: firstRow<{ at: number | null }>(nextRetry)!.at };
    },
    unfinishedJobOf(draftId: string): UnfinishedJob | null {
      return firstRow<UnfinishedJob>(unfinishedFor, draftId) ?? null;
    },
    /** Which of these jobs a runner ever took up (one read for a whole page of them). */
    startedJobs(jobIds: readonly string[]): Set<string> {
      return new Set((started.all(JSON.stringify(jobIds)) as { job_id: string }[]).map((row) => row.job_id));
    },
    /** Oldest first. */
    events(jobId: string): OutboxEvent[] {
      type Row = { at: number; from_state: string | null; to_state: string; step: string; note: string };
      return (trail.all(jobId) as Row[]).flatMap((row) => {
        const parsed = outboxEventSchema.safeParse({ at: row.at, fromState: row.from_state, toState: row.to_state, step: row.step, note: row.note });
        if (parsed.success) return [parsed.data];
        logger.warn('Outbox: skipped an event that failed validation', { jobId });
        return [];
      });
    },
  };
}
