import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SandboxOptions } from './sandbox-runtime.js';

export const SANDBOX_DEFAULTS = { port: 4010, rateLimit: 1_000, tokenTtl: 7_200, seed: 1 } as const;

export class SandboxUsageError extends Error {}

const usage = 'Usage: npm run sandbox -- [--port <p>] [--rate-limit <requests per minute>] [--token-ttl <seconds>] [--data <file>] [--seed <n>]';

function integer(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new SandboxUsageError(`--${name} takes a whole number from ${min} to ${max}, not "${raw}".\n${usage}`);
  }
  return value;
}

export function parseSandboxOptions(argv: readonly string[]): SandboxOptions {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { port: { type: 'string' }, 'rate-limit': { type: 'string' }, 'token-ttl': { type: 'string' }, data: { type: 'string' }, seed: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new SandboxUsageError(`${(error as Error).message}\n${usage}`);
  }
  const options: SandboxOptions = {
    port: integer('port', values.port, SANDBOX_DEFAULTS.port, 0, 65_535),
    rateLimit: integer('rate-limit', values['rate-limit'], SANDBOX_DEFAULTS.rateLimit, 1, 1_000_000),
    tokenTtl: integer('token-ttl', values['token-ttl'], SANDBOX_DEFAULTS.tokenTtl, 1, 31_536_000),
    seed: integer('seed', values.seed, SANDBOX_DEFAULTS.seed, 0, 2 ** 31),
  };
  return values.data === undefined ? options : { ...options, dataFile: path.resolve(values.data) };
}
