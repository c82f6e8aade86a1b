import path from 'node:path';
import { StudioError } from '../../shared/ipc/studio-error.js';
import type { CliIo } from './cli-io.js';
import type { CliSession } from './cli-session.js';
import { fileContent, readFileDraft, type FileReading } from './file-draft.js';
import { ensureFileDraft } from './file-draft-sync.js';
import { openFileLedger } from './file-ledger.js';
import { withLedgerLock } from './ledger-lock.js';
import type { SelectedProgram } from './program-selection.js';
import type { PublishOptions } from './publish-options.js';
import { notQueued, type ResultRow } from './result-rows.js';
import { createTopicResolver, readTopics, type DraftTopic, type TopicAnswer } from './topic-resolution.js';
import { UsageError } from './usage-error.js';

/** The first half of publish: the files read, their topics found, and one draft each, recorded in the ledger. */

export interface Target {
  /** The path as given on the command line: how results name the file. */
  readonly given: string;
  readonly reading: FileReading;
}

/** Each file once, in the order given; the same file named twice (or through a link) is sent once. */
export async function readTargets(files: readonly string[], io: CliIo): Promise<Target[]> {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const given of files) {
    const reading = await readFileDraft(given);
    const key = reading.ok ? reading.file.path : path.resolve(given);
    if (seen.has(key)) {
      io.err(`${given}: named more than once; it is sent once.\n`);
      continue;
    }
    seen.add(key);
    if (reading.ok) for (const warning of reading.file.warnings) io.err(`${warning}\n`);
    targets.push({ given, reading });
  }
  return targets;
}

async function topicResolver(session: CliSession, program: SelectedProgram, options: PublishOptions, targets: readonly Target[]) {
  const wanted = options.topics.length > 0 || targets.some(({ reading }) => reading.ok && reading.file.topicReferences.length > 0);
  if (!wanted) return (): TopicAnswer => ({ ok: false, message: 'No topics were read.' });
  const resolve = createTopicResolver(await readTopics(session, program.id, program.displayName), program.displayName);
  for (const reference of options.topics) {
    const answer = resolve(reference);
    if (!answer.ok) throw new UsageError(`--topic: ${answer.message} Nothing was queued.`);
  }
  return resolve;
}

/** --topic first, then the file's own, each topic once. */
function topicsFor(references: readonly string[], resolve: (reference: string) => TopicAnswer): { topics: DraftTopic[] } | { problem: string } {
  const topics = new Map<number, DraftTopic>();
  for (const reference of references) {
    const answer = resolve(reference);
    if (!answer.ok) return { problem: answer.message };
    topics.set(answer.topic.id, answer.topic);
  }
  return { topics: [...topics.values()] };
}

/**
 * Drafts for the files, under the ledger's lock; files that cannot become one
 * get their result row now. An unknown --topic stops everything before any
 * draft is touched.
 */
export async function prepareDrafts(session: CliSession, program: SelectedProgram, options: PublishOptions, targets: readonly Target[], io: CliIo) {
  const resolve = await topicResolver(session, program, options, targets);
  const rows = new Map<string, ResultRow>();
  const drafts = new Map<string, string>();
  await withLedgerLock(options.dataDir, async () => {
    const ledger = openFileLedger(options.dataDir);
    for (const { given, reading } of targets) {
      if (!reading.ok) {
        rows.set(given, notQueued(given, reading.problem.code, reading.problem.message));
        continue;
      }
      const chosen = topicsFor([...options.topics, ...reading.file.topicReferences], resolve);
      if ('problem' in chosen) {
        rows.set(given, notQueued(given, 'unknown_topic', chosen.problem));
        continue;
      }
      try {
        const { draftId, change } = await ensureFileDraft(session, ledger, { programId: program.id, path: reading.file.path }, fileContent(reading.file, chosen.topics));
        if (change === 'saved') io.err(`${given}: the file differs from its draft; saved it as a new revision.\n`);
        if (change === 'restored') io.err(`${given}: its draft was in the trash; restored it.\n`);
        drafts.set(given, draftId);
      } catch (error) {
        if (!(error instanceof StudioError)) throw error;
        rows.set(given, notQueued(given, error.code, error.message));
      }
    }
  });
  return { rows, drafts };
}
