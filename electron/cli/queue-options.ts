import { z } from 'zod';
import { dataDirOf, DATA_OPTIONS, parseCommandArgs } from './cli-args.js';
import { UsageError } from './usage-error.js';

export type QueueCommand =
  | { readonly kind: 'status'; readonly dataDir: string; readonly json: boolean }
  | { readonly kind: 'retry'; readonly jobs: readonly string[] | 'all_failed'; readonly dataDir: string; readonly json: boolean }
  | { readonly kind: 'cancel'; readonly jobs: readonly string[]; readonly dataDir: string; readonly json: boolean };

const QUEUE_OPTIONS = { ...DATA_OPTIONS, 'all-failed': { type: 'boolean' } } as const;

const jobId = z.uuid();

function jobIds(ids: readonly string[], verb: string): string[] {
  const bad = ids.find((id) => !jobId.safeParse(id).success);
  if (bad !== undefined) throw new UsageError(`"${bad}" is not a job id. Job ids look like 3f2b…-…; "content-studio queue status" lists them.`);
  if (ids.length === 0) throw new UsageError(`Name the jobs to ${verb} by id; "content-studio queue status" lists them.`);
  return [...new Set(ids)];
}

/** `content-studio queue <status|retry|cancel> …`; `help` when --help was asked for. */
export function parseQueueOptions(argv: readonly string[], env: NodeJS.ProcessEnv): QueueCommand | 'help' {
  const { values, positionals } = parseCommandArgs(argv, QUEUE_OPTIONS, 'queue');
  if (values.help === true) return 'help';
  const [sub, ...ids] = positionals;
  const common = { dataDir: dataDirOf(values['data-dir'], env), json: values.json === true };
  if (sub !== 'retry' && values['all-failed'] === true) throw new UsageError('--all-failed goes with "queue retry".');
  switch (sub) {
    case 'status':
      if (ids.length > 0) throw new UsageError(`"queue status" takes no job ids (it lists them all), but was given "${ids[0]}".`);
      return { kind: 'status', ...common };
    case 'retry':
      if (values['all-failed'] === true) {
        if (ids.length > 0) throw new UsageError('Give job ids or --all-failed to "queue retry", not both.');
        return { kind: 'retry', jobs: 'all_failed', ...common };
      }
      return { kind: 'retry', jobs: jobIds(ids, 'retry (or --all-failed for every job that needs attention)'), ...common };
    case 'cancel':
      return { kind: 'cancel', jobs: jobIds(ids, 'cancel'), ...common };
    case undefined:
      throw new UsageError('Say what to do with the queue: "queue status", "queue retry <job id>…" or "queue cancel <job id>…".');
    default:
      throw new UsageError(`"queue ${sub}" is not a queue command. Use "queue status", "queue retry" or "queue cancel".`);
  }
}
