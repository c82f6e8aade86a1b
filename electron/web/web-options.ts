import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const DEFAULT_WEB_PORT = 5183;

export interface WebOptions {
  readonly port: number;
  readonly dataDir: string;
}

export class UsageError extends Error {}

/** `--data-dir` wins, then CONTENT_STUDIO_DATA_DIR, then the XDG data folder. */
function defaultDataDir(env: NodeJS.ProcessEnv): string {
  if (env.CONTENT_STUDIO_DATA_DIR) return env.CONTENT_STUDIO_DATA_DIR;
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'content-studio');
}

export function parseWebOptions(argv: readonly string[], env: NodeJS.ProcessEnv): WebOptions {
  let values: { port?: string; 'data-dir'?: string };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, 'data-dir': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nUsage: npm run start:web -- [--port <p>] [--data-dir <folder>]`);
  }
  const port = values.port === undefined ? DEFAULT_WEB_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new UsageError(`--port takes a number from 0 to 65535 (0 picks a free one), not "${values.port}".`);
  }
  return { port, dataDir: path.resolve(values['data-dir'] ?? defaultDataDir(env)) };
}
