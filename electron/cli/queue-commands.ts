import { existsSync } from 'node:fs';
import { outboxStates, type OutboxJobView } from '../../shared/outbox/outbox-views.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { CliIo } from './cli-io.js';
import { openCliSession, type CliSession } from './cli-session.js';
import { EXIT } from './exit-codes.js';
import { LedgerError, openFileLedger } from './file-ledger.js';
import { listJobs } from './queue-reads.js';
import type { QueueCommand } from './queue-options.js';
import { jsonLine, resultTable, table, type ResultRow } from './result-rows.js';
import { createStderrLogger } from './stderr-logger.js';
import { UsageError } from './usage-error.js';

/** Listed by `queue status`: every job a person may still want to look at. */
const SHOWN = outboxStates.filter((state) => state !== 'done' && state !== 'cancelled');

/** File names for jobs the CLI queued; a damaged ledger costs the names, not the listing. */
function filesOf(dataDir: string, io: CliIo): (draftId: string) => string | null {
  try {
    const ledger = openFileLedger(dataDir);
    return (draftId) => ledger.fileOf(draftId) ?? null;
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    io.err(`${error.message}\n`);
    return () => null;
  }
}

async function status(session: CliSession, command: QueueCommand, io: CliIo): Promise<number> {
  const fileOf = filesOf(command.dataDir, io);
  const { counts, total } = await session.call('outbox.summary', {});
  const jobs = await listJobs(session, SHOWN);
  if (command.json) {
    const rows = jobs.map((job) => ({ jobId: job.id, file: fileOf(job.draftId), title: job.title, action: job.action, state: job.state, step: job.step, remoteId: job.remoteId, error: job.lastError }));
    io.out(`${JSON.stringify({ counts, total, jobs: rows })}\n`);
    return EXIT.OK;
  }
  const summary = outboxStates.filter((state) => counts[state] > 0).map((state) => `${counts[state]} ${state.replace('_', ' ')}`);
  io.out(`${total} ${total === 1 ? 'job' : 'jobs'} in the queue${summary.length === 0 ? '' : `: ${summary.join(', ')}`}.\n`);
  if (jobs.length > 0) {
    const cells = jobs.map((job) => [job.id, fileOf(job.draftId) ?? job.title ?? '(unreadable)', job.action, job.state, job.step, job.lastError?.message ?? '']);
    io.out(table(['JOB', 'FILE OR TITLE', 'ACTION', 'STATE', 'STEP', 'ERROR'], cells));
  }
  return EXIT.OK;
}

const row = (job: OutboxJobView, file: string | null, error: ResultRow['error'] = null): ResultRow => ({ file, jobId: job.id, state: job.state, remoteId: job.remoteId, permalink: null, error });

/** retry and cancel: one control per job; a job that cannot be changed says why and does not stop the others. */
async function control(session: CliSession, command: Extract<QueueCommand, { kind: 'retry' | 'cancel' }>, io: CliIo): Promise<number> {
  const fileOf = filesOf(command.dataDir, io);
  const known = new Map((await listJobs(session)).map((job) => [job.id, job]));
  const ids = command.jobs === 'all_failed' ? [...known.values()].filter((job) => job.state === 'needs_attention').map((job) => job.id) : command.jobs;
  if (ids.length === 0) {
    io.err('No job needs attention: there is nothing to retry.\n');
    return EXIT.OK;
  }
  const rows: ResultRow[] = [];
  for (const jobId of ids) {
    const before = known.get(jobId);
    const file = before === undefined ? null : fileOf(before.draftId);
    try {
      const job = await session.call(command.kind === 'retry' ? 'outbox.retry' : 'outbox.cancel', { jobId });
      rows.push(row(job, file));
      if (command.kind === 'cancel' && job.remoteId !== null) io.err(`${jobId}: post ${job.remoteId} is on Firstup and stays there.\n`);
      else if (command.kind === 'cancel' && job.everSent) io.err(`${jobId}: sending had started, so the post may be on Firstup; check there before sending the file again.\n`);
    } catch (error) {
      if (!(error instanceof StudioError)) throw error;
      const reason = (error.details as { reason?: unknown } | undefined)?.reason;
      const code = typeof reason === 'string' ? reason : error.code;
      rows.push(before === undefined ? { file: null, jobId, state: 'not_found', remoteId: null, permalink: null, error: { code, message: error.message } } : row(before, file, { code, message: error.message }));
    }
  }
  io.out(command.json ? rows.map(jsonLine).join('') : resultTable(rows));
  if (command.kind === 'retry' && rows.some((result) => result.error === null)) {
    io.err('Retried jobs are sent the next time "content-studio publish" or Content Studio runs on this data folder.\n');
  }
  return rows.every((result) => result.error === null) ? EXIT.OK : EXIT.FAILED;
}

/** `content-studio queue …` over the data folder, without sending anything itself. */
export async function runQueue(command: QueueCommand, io: CliIo): Promise<number> {
  if (!existsSync(command.dataDir)) {
    throw new UsageError(`There is no Content Studio data in ${command.dataDir}. Check --data-dir (or CONTENT_STUDIO_DATA_DIR).`);
  }
  const logger = createStderrLogger((line) => io.err(line));
  const session = await openCliSession({ dataDir: command.dataDir, send: false, startSandbox: false, logger });
  const release = io.onStop(() => session.close());
  try {
    return command.kind === 'status' ? await status(session, command, io) : await control(session, command, io);
  } finally {
    release();
    await session.close();
  }
}
