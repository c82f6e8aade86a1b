/** The `content-studio` command as a user runs it: `node bin/content-studio.mjs …` in a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/content-studio.mjs', import.meta.url));

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunningCli {
  readonly child: ChildProcess;
  /** Resolves once stderr has printed something matching. */
  stderrMatches(pattern: RegExp): Promise<void>;
  readonly done: Promise<CliRun>;
}

export function startCli(args: readonly string[], env: Record<string, string> = {}): RunningCli {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: root, env: { ...process.env, CONTENT_STUDIO_CLIENT_SECRET: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
    for (const wait of waiting.filter((candidate) => candidate.pattern.test(stderr))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve();
    }
  });
  const done = new Promise<CliRun>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return {
    child,
    done,
    stderrMatches: (pattern) =>
      pattern.test(stderr)
        ? Promise.resolve()
        : new Promise<void>((resolve, reject) => {
            waiting.push({ pattern, resolve });
            void done.then(() => reject(new Error(`The CLI ended before printing ${pattern}:\n${stderr}`)));
          }),
  };
}

export const runCli = (args: readonly string[], env?: Record<string, string>): Promise<CliRun> => startCli(args, env).done;

/** The --json lines of a run. */
export const jsonLines = (run: CliRun): any[] =>
  run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
