/** `content-studio publish|queue …`: what the command line turns into, and the sentence for each mistake. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePublishOptions } from '../../../electron/cli/publish-options.js';
import { parseQueueOptions } from '../../../electron/cli/queue-options.js';
import { UsageError } from '../../../electron/cli/usage-error.js';

const env = { XDG_DATA_HOME: '/xdg' };
const server = ['--api-url', 'http://127.0.0.1:4010/', '--auth-url', 'http://127.0.0.1:4010', '--client-id', 'sandbox-client'];
const JOB = '3f2b6c1e-8a4d-4c2e-9b7a-1d2e3f4a5b6c';

describe('publish options', () => {
  it('reads files, the action, repeated topics, the data folder and --json; the Sandbox is the default program', () => {
    expect(parsePublishOptions(['a.md', 'b.html', '--action', 'review', '--topic', 'Company News', '--topic=102', '--data-dir', 'out', '--json'], env)).toEqual({
      files: ['a.md', 'b.html'],
      action: 'review',
      topics: ['Company News', '102'],
      program: { kind: 'sandbox' },
      dataDir: path.resolve('out'),
      json: true,
    });
  });

  it('takes the data folder from the environment, as browser mode does', () => {
    expect(parsePublishOptions(['a.md', '--action', 'publish'], env)).toMatchObject({ dataDir: '/xdg/content-studio', json: false, topics: [] });
    expect(parsePublishOptions(['a.md', '--action', 'publish'], { CONTENT_STUDIO_DATA_DIR: '/env' })).toMatchObject({ dataDir: '/env' });
  });

  it('names the built-in Sandbox by "Sandbox" or its display name, in any case', () => {
    for (const name of ['Sandbox', 'sandbox', 'SANDBOX PROGRAM']) {
      expect(parsePublishOptions(['a.md', '--action', 'publish', '--program', name], env)).toMatchObject({ program: { kind: 'sandbox' } });
    }
  });

  it('takes a registered program by name, with its secret from the option or the environment', () => {
    expect(parsePublishOptions(['a.md', '--action', 'publish', '--program', ' Acme Intranet '], env)).toMatchObject({ program: { kind: 'named', name: 'Acme Intranet', clientSecret: undefined } });
    expect(parsePublishOptions(['a.md', '--action', 'publish', '--program', 'Acme'], { ...env, CONTENT_STUDIO_CLIENT_SECRET: 's3' })).toMatchObject({ program: { kind: 'named', name: 'Acme', clientSecret: 's3' } });
  });

  it('takes a server with client credentials, its addresses normalised, the option winning over the environment', () => {
    const options = parsePublishOptions(['a.md', '--action', 'publish', ...server, '--client-secret', 'given'], { CONTENT_STUDIO_CLIENT_SECRET: 'env' });
    expect(options).toMatchObject({
      program: { kind: 'server', apiBaseUrl: 'http://127.0.0.1:4010', authBaseUrl: 'http://127.0.0.1:4010', clientId: 'sandbox-client', clientSecret: 'given' },
    });
    expect(parsePublishOptions(['a.md', '--action', 'publish', ...server], { CONTENT_STUDIO_CLIENT_SECRET: 'env' })).toMatchObject({ program: { clientSecret: 'env' } });
  });

  it('answers help without checking anything else', () => {
    expect(parsePublishOptions(['--help'], env)).toBe('help');
    expect(parsePublishOptions(['-h', '--action', 'nonsense'], env)).toBe('help');
  });

  it.each([
    [['--action', 'publish'], 'Name at least one Markdown or HTML file to publish'],
    [['a.md'], 'Say what should happen to the files: --action review (submit them for review) or --action publish.'],
    [['a.md', '--action', 'delete'], '--action takes review or publish, not "delete".'],
    [['a.md', '--action', 'publish', '--topic', ' '], '--topic takes a topic id or name, not an empty value.'],
    [['a.md', '--action', 'publish', '--program', ''], '--program takes the name of a program, not an empty value.'],
    [['a.md', '--action', 'publish', '--data-dir', ''], '--data-dir takes a folder, not an empty value.'],
    [['a.md', '--action', 'publish', '--program', 'Acme', '--api-url', 'https://api.example.com'], 'Use --program or --api-url, not both'],
    [['a.md', '--action', 'publish', '--api-url', 'https://api.example.com'], '--auth-url and --client-id are missing.'],
    [['a.md', '--action', 'publish', '--api-url', 'https://a.example.com', '--auth-url', 'https://b.example.com'], '--client-id is missing.'],
    [['a.md', '--action', 'publish', '--client-id', 'x'], '--api-url and --auth-url are missing.'],
    [['a.md', '--action', 'publish', '--client-secret', 'x'], '--client-secret goes with --api-url or with a --program that signs in as a server'],
    [['a.md', '--action', 'publish', '--bogus'], "Unknown option '--bogus'"],
    [['a.md', '--action'], "Option '--action <value>' argument missing"],
  ])('refuses %j', (args, message) => {
    expect(() => parsePublishOptions(args, env)).toThrow(UsageError);
    expect(() => parsePublishOptions(args, env)).toThrow(message);
  });

  it('says where to look after node:util’s own sentence', () => {
    expect(() => parsePublishOptions(['--bogus'], env)).toThrow('Run "content-studio publish --help" to see what it takes.');
  });

  it('refuses a server address that would send the token in clear text, and a bad client id', () => {
    const withUrl = (url: string) => ['a.md', '--action', 'publish', '--api-url', url, '--auth-url', 'https://auth.example.com', '--client-id', 'c'];
    expect(() => parsePublishOptions(withUrl('http://api.example.com'), { CONTENT_STUDIO_CLIENT_SECRET: 's' })).toThrow(
      '--api-url "http://api.example.com" cannot be used: Use an https:// address, or http://127.0.0.1 for a local sandbox.',
    );
    expect(() => parsePublishOptions(withUrl('not a url'), { CONTENT_STUDIO_CLIENT_SECRET: 's' })).toThrow('--api-url "not a url" cannot be used');
    const badId = ['a.md', '--action', 'publish', '--api-url', 'https://a.example.com', '--auth-url', 'https://a.example.com', '--client-id', 'has space'];
    expect(() => parsePublishOptions(badId, { CONTENT_STUDIO_CLIENT_SECRET: 's' })).toThrow('--client-id "has space" cannot be used: A client id is 1 to 200 visible ASCII characters.');
  });

  it('asks for the secret in the environment, and says it is never written down', () => {
    expect(() => parsePublishOptions(['a.md', '--action', 'publish', ...server], {})).toThrow(
      'Signing in to http://127.0.0.1:4010/ needs the client secret. Set the environment variable CONTENT_STUDIO_CLIENT_SECRET (or pass --client-secret, which other users of this computer can see). The CLI never writes it to disk.',
    );
    expect(() => parsePublishOptions(['a.md', '--action', 'publish', ...server], { CONTENT_STUDIO_CLIENT_SECRET: '' })).toThrow('needs the client secret');
  });
});

describe('queue options', () => {
  it('reads status, retry by id or --all-failed, and cancel', () => {
    expect(parseQueueOptions(['status', '--json', '--data-dir', 'q'], env)).toEqual({ kind: 'status', dataDir: path.resolve('q'), json: true });
    expect(parseQueueOptions(['retry', JOB, JOB], env)).toEqual({ kind: 'retry', jobs: [JOB], dataDir: '/xdg/content-studio', json: false });
    expect(parseQueueOptions(['retry', '--all-failed'], env)).toMatchObject({ kind: 'retry', jobs: 'all_failed' });
    expect(parseQueueOptions(['cancel', JOB], env)).toMatchObject({ kind: 'cancel', jobs: [JOB] });
    expect(parseQueueOptions(['--help'], env)).toBe('help');
  });

  it.each([
    [[], 'Say what to do with the queue: "queue status", "queue retry <job id>…" or "queue cancel <job id>…".'],
    [['purge'], '"queue purge" is not a queue command. Use "queue status", "queue retry" or "queue cancel".'],
    [['status', JOB], '"queue status" takes no job ids (it lists them all)'],
    [['retry'], 'Name the jobs to retry (or --all-failed for every job that needs attention) by id'],
    [['retry', JOB, '--all-failed'], 'Give job ids or --all-failed to "queue retry", not both.'],
    [['cancel'], 'Name the jobs to cancel by id'],
    [['cancel', '--all-failed'], '--all-failed goes with "queue retry".'],
    [['cancel', '42'], '"42" is not a job id.'],
    [['status', '--verbose'], "Unknown option '--verbose'"],
  ])('refuses %j', (args, message) => {
    expect(() => parseQueueOptions(args, env)).toThrow(UsageError);
    expect(() => parseQueueOptions(args, env)).toThrow(message);
  });
});
