/** A runner child as the scenario sees it: its parsed lines, its end, and a way to kill it. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseChildLine, type ChildLine } from './child-lines.js';

const CHILD = fileURLToPath(new URL('./runner-child.ts', import.meta.url));

export interface RunnerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

export interface RunnerProcess {
  readonly name: string;
  readonly pid: number;
  /** Lines that did not parse: at most the one a SIGKILL cut short. */
  readonly garbled: string[];
  readonly stderr: () => string;
  readonly exited: Promise<RunnerExit>;
  /** Null while it runs. */
  exit(): RunnerExit | null;
  sigkill(): void;
}

export function startRunnerProcess(name: string, options: { dataDir: string; sandboxUrl: string; token: string; onLine: (line: ChildLine) => void }): RunnerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, options.dataDir, options.sandboxUrl], {
    env: { ...process.env, CHAOS_TOKEN: options.token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`Could not start runner ${name}: ${process.execPath} did not spawn.`);
  const garbled: string[] = [];
  let stderr = '';
  let ended: RunnerExit | null = null;
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (text) => {
    const line = parseChildLine(text);
    if (line === null) garbled.push(text);
    else options.onLine(line);
  });
  // 'close' rather than 'exit': by then every line the child wrote has been read.
  const exited = new Promise<RunnerExit>((resolve) =>
    child.on('close', (code, signal) => {
      ended = { code, signal };
      resolve(ended);
    }),
  );
  return {
    name,
    pid: child.pid,
    garbled,
    stderr: () => stderr,
    exited,
    exit: () => ended,
    sigkill: () => {
      child.kill('SIGKILL');
    },
  };
}
