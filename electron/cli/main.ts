/**
 * The `content-studio` command (bin/content-studio.mjs loads this file):
 * wires runCli to this process's arguments, streams and signals.
 */
import type { CliIo } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { runCli } from './run-cli.js';

/** The core gives a post mid-step 5 s to finish it (studio-core.ts); then the drafts and the sandbox close. */
const CLEANUP_GRACE_MS = 8_000;

const cleanups = new Set<() => Promise<number | void>>();
let stopping = false;
/** Once stopping, what the interrupted command still says (a store closed under it) is noise, not news. */
let muted = false;

const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));

/** Waits for stdout and stderr to drain first: on a pipe a write may still be pending, and exit would cut it. */
async function exit(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

/** A first signal closes what the command opened (its queue state is already on disk); a second one exits at once. */
async function stop(code: number): Promise<void> {
  if (stopping) process.exit(code);
  stopping = true;
  const grace = new Promise<void>((resolve) => setTimeout(resolve, CLEANUP_GRACE_MS).unref());
  // Each cleanup's first words (e.g. "Stopped…") are written as it starts, before the command is muted.
  const closing = Promise.all([...cleanups].map((cleanup) => cleanup().catch(() => undefined)));
  muted = true;
  const answers = await Promise.race([closing, grace.then(() => [])]);
  await exit(answers.find((answer): answer is number => typeof answer === 'number') ?? code);
}

process.on('SIGINT', () => void stop(EXIT.SIGINT));
process.on('SIGTERM', () => void stop(EXIT.SIGTERM));

const io: CliIo = {
  env: process.env,
  out: (text) => void (muted || process.stdout.write(text)),
  err: (text) => void (muted || process.stderr.write(text)),
  onStop(cleanup) {
    cleanups.add(cleanup);
    return () => cleanups.delete(cleanup);
  },
};

const code = await runCli(process.argv.slice(2), io);
// A command cut short by a signal ends in stop(), with the signal's exit code.
if (!stopping) await exit(code);
