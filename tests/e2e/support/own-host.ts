/**
 * A browser-mode host of a test's own, on a free port with its own data
 * folder, for journeys that quit the app and start it again (the suite's
 * shared host must stay up for the other files).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

export interface OwnHost {
  readonly url: string;
  /** Quits as the app does on SIGTERM (the queue hands its posts back first); resolves once the process is gone. */
  quit(): Promise<void>;
}

export async function startOwnHost(dataDir: string): Promise<OwnHost> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/web/main.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Browser mode did not start within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (found !== null) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`Browser mode stopped (exit code ${code}) before it started:\n${output}`)));
  });
  return {
    url,
    async quit() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
