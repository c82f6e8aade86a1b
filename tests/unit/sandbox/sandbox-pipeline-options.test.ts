/** `npm run sandbox -- …`: the command-line options. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSandboxOptions, SANDBOX_DEFAULTS, SandboxUsageError } from '../../../electron/sandbox/sandbox-options.js';

describe('parseSandboxOptions', () => {
  it('defaults to port 4010, 1000 requests a minute, 2-hour tokens, seed 1 and no data file', () => {
    const options = parseSandboxOptions([]);
    expect(options).toEqual({ port: 4010, rateLimit: 1_000, tokenTtl: 7_200, seed: 1 });
    expect(options).not.toHaveProperty('dataFile');
    expect(SANDBOX_DEFAULTS).toEqual({ port: 4010, rateLimit: 1_000, tokenTtl: 7_200, seed: 1 });
  });

  it('reads every option, resolving --data against the working directory', () => {
    expect(parseSandboxOptions(['--port', '0', '--rate-limit', '5', '--token-ttl=60', '--data', 'tmp/program.json', '--seed', '42'])).toEqual({
      port: 0,
      rateLimit: 5,
      tokenTtl: 60,
      seed: 42,
      dataFile: path.resolve('tmp/program.json'),
    });
  });

  it.each([
    [['--port', '65536'], '--port'],
    [['--port', 'abc'], '--port'],
    [['--port', '-1'], '--port'],
    [['--rate-limit', '0'], '--rate-limit'],
    [['--rate-limit', '2.5'], '--rate-limit'],
    [['--token-ttl', '0'], '--token-ttl'],
    [['--seed', '-3'], '--seed'],
    [['--seed', String(2 ** 31 + 1)], '--seed'],
    [['--verbose'], '--verbose'],
    [['--port'], '--port'],
    [['extra'], 'extra'],
  ])('refuses %j with a usage error', (argv, mention) => {
    expect(() => parseSandboxOptions(argv)).toThrow(SandboxUsageError);
    try {
      parseSandboxOptions(argv);
    } catch (error) {
      expect((error as Error).message).toContain(mention);
      expect((error as Error).message).toContain('Usage: npm run sandbox');
    }
  });

  it('refuses an empty value', () => {
    expect(() => parseSandboxOptions(['--port='])).toThrow(SandboxUsageError);
  });
});
