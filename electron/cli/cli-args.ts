import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseWebOptions } from '../web/web-options.js';
import { UsageError } from './usage-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options every data-folder command takes. */
export const DATA_OPTIONS = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options;

/**
 * node:util's parser, strict, with its own sentence ("Unknown option '--x'")
 * followed by where to look next.
 */
export function parseCommandArgs<const O extends Options>(argv: readonly string[], options: O, command: string) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nRun "content-studio ${command} --help" to see what it takes.`);
  }
}

/** `--data-dir`, else the same default as browser mode (web-options.ts owns that rule), as an absolute path. */
export function dataDirOf(given: string | undefined, env: NodeJS.ProcessEnv): string {
  if (given === undefined) return parseWebOptions([], env).dataDir;
  if (given.trim() === '') throw new UsageError('--data-dir takes a folder, not an empty value.');
  return path.resolve(given);
}
