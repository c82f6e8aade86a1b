import { mkdirSync } from 'node:fs';
import type { OutboxJobView } from '../../shared/outbox/outbox-views.js';
import type { CliIo } from './cli-io.js';
import { openCliSession, type CliSession } from './cli-session.js';
import { CommandError } from './command-error.js';
import { EXIT } from './exit-codes.js';
import { watchJobs } from './job-watch.js';
import { selectProgram, type SelectedProgram } from './program-selection.js';
import { prepareDrafts, readTargets } from './publish-drafts.js';
import type { PublishOptions } from './publish-options.js';
import { jsonLine, notQueued, resultTable, type ResultRow } from './result-rows.js';
import { createStderrLogger } from './stderr-logger.js';

/** outbox.enqueue takes at most this many drafts per call. */
const ENQUEUE_BATCH = 200;

async function enqueue(session: CliSession, options: PublishOptions, drafts: ReadonlyMap<string, string>, rows: Map<string, ResultRow>, io: CliIo) {
  const jobs = new Map<string, string>();
  const entries = [...drafts];
  for (let start = 0; start < entries.length; start += ENQUEUE_BATCH) {
    const batch = entries.slice(start, start + ENQUEUE_BATCH);
    const { results } = await session.call('outbox.enqueue', { draftIds: batch.map(([, draftId]) => draftId), action: options.action });
    results.forEach((answer, index) => {
      const given = batch[index]![0];
      if (answer.ok) {
        jobs.set(answer.jobId, given);
        if (!answer.created) io.err(`${given}: already in the queue as job ${answer.jobId} (${answer.state.replace('_', ' ')}).\n`);
      } else {
        const other = answer.jobId === undefined ? '' : ` (job ${answer.jobId})`;
        rows.set(given, notQueued(given, answer.problem, `${answer.message}${other}`));
      }
    });
  }
  return jobs;
}

function finalError(job: OutboxJobView, program: SelectedProgram): ResultRow['error'] {
  if (job.state === 'done') return null;
  if (job.state === 'paused') return { code: 'paused', message: "Paused in the queue. Resume it in Content Studio's Queue, then run this command again." };
  if (job.state === 'auth_required') return { code: 'auth_required', message: `Waiting for sign-in to “${program.displayName}”. Check the client secret, then run this command again.` };
  return job.lastError ?? { code: job.state, message: `The job is ${job.state.replace('_', ' ')}. "content-studio queue retry ${job.id}" puts it back in the queue.` };
}

async function permalinkOf(session: CliSession, job: OutboxJobView, given: string, io: CliIo): Promise<string | null> {
  if (job.state !== 'done' || job.remoteId === null) return null;
  try {
    return (await session.call('content.get', { programId: job.programId, contentId: job.remoteId })).permalinkUrl;
  } catch (error) {
    io.err(`${given}: sent, but its permalink could not be read (${error instanceof Error ? error.message : String(error)}).\n`);
    return null;
  }
}

async function publishFiles(session: CliSession, options: PublishOptions, io: CliIo): Promise<ResultRow[]> {
  const targets = await readTargets(options.files, io);
  const program = await selectProgram(session, options.program);
  // Signed in now: send this program's jobs only. Another program's jobs in the same data folder are left to the
  // app (this process is not signed in to it, and trying would stop them all for sign-in).
  session.core.startSending(program.id);
  const { rows, drafts } = await prepareDrafts(session, program, options, targets, io);
  const jobs = await enqueue(session, options, drafts, rows, io);
  if (jobs.size > 0) {
    const views = await watchJobs({
      session,
      jobIds: [...jobs.keys()],
      label: (jobId) => jobs.get(jobId) ?? jobId,
      progress: (line) => io.err(`${line}\n`),
      signInAgain: () => program.signInAgain(),
    });
    for (const [jobId, given] of jobs) {
      const job = views.get(jobId);
      if (job === undefined) {
        rows.set(given, { file: given, jobId, state: 'not_found', remoteId: null, permalink: null, error: { code: 'not_found', message: 'The job is no longer in the queue.' } });
        continue;
      }
      const permalink = await permalinkOf(session, job, given, io);
      rows.set(given, { file: given, jobId, state: job.state, remoteId: job.remoteId, permalink, error: finalError(job, program) });
    }
  }
  return targets.map(({ given }) => rows.get(given)!);
}

/** `content-studio publish`: files → drafts → queue → Firstup, waiting for the outcome. */
export async function runPublish(options: PublishOptions, io: CliIo): Promise<number> {
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (error) {
    throw new CommandError(`The data folder ${options.dataDir} cannot be used (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Choose another with --data-dir.`);
  }
  const logger = createStderrLogger((line) => io.err(line));
  const session = await openCliSession({ dataDir: options.dataDir, send: true, startSandbox: options.program.kind === 'sandbox', logger });
  const release = io.onStop(async () => {
    io.err('Stopped. Nothing is lost: run the same command again to resume.\n');
    await session.close();
  });
  try {
    const rows = await publishFiles(session, options, io);
    io.out(options.json ? rows.map(jsonLine).join('') : resultTable(rows));
    const done = rows.filter((row) => row.state === 'done').length;
    io.err(`${done} of ${rows.length} ${rows.length === 1 ? 'file' : 'files'} ${options.action === 'publish' ? 'published' : 'submitted for review'}.\n`);
    return done === rows.length ? EXIT.OK : EXIT.FAILED;
  } finally {
    release();
    await session.close();
  }
}
