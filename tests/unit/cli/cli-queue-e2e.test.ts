/**
 * `content-studio queue status|retry|cancel` over a data folder the publish
 * command left with a job that needs attention, run as child processes.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { tempDir } from '../../support/test-core.js';
import { jsonLines, runCli } from './cli-process.js';

const SECRET = { CONTENT_STUDIO_CLIENT_SECRET: 'sandbox-secret' };
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';

let harness: SandboxHarness;
let dataDir: string;
let file: string;
let jobId: string;

const publish = () =>
  runCli(['publish', file, '--topic', '101', '--action', 'publish', '--json', '--api-url', harness.url, '--auth-url', harness.url, '--client-id', 'sandbox-client', '--data-dir', dataDir], SECRET);

beforeAll(async () => {
  harness = await startSandboxHarness();
  dataDir = tempDir('cli-queue-data');
  file = path.join(tempDir('cli-queue-docs'), 'refused.md');
  writeFileSync(file, '# Refused once\n\nThe server says no the first time.\n');
});

afterAll(() => harness.close());

it('reports a post the server refused as needing attention, and the queue lists it with its step and error', async () => {
  await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'PUT', path: '/v2/content/*/publish', fault: 400, times: 1 }] } });
  const run = await publish();
  expect(run.code).toBe(1);
  const [row] = jsonLines(run);
  expect(row).toMatchObject({ file, state: 'needs_attention', remoteId: expect.any(Number), permalink: null, error: { code: expect.any(String), message: expect.any(String) } });
  jobId = row.jobId;

  const status = await runCli(['queue', 'status', '--json', '--data-dir', dataDir]);
  expect(status.code).toBe(0);
  const report = JSON.parse(status.stdout);
  expect(report.counts).toMatchObject({ needs_attention: 1, done: 0 });
  expect(report.jobs).toEqual([
    { jobId, file: realpathSync(file), title: 'Refused once', action: 'publish', state: 'needs_attention', step: 'transition', remoteId: row.remoteId, error: row.error },
  ]);
}, 30_000);

it('retries it by id, says which ids it does not know, and exits 1 for those', async () => {
  const run = await runCli(['queue', 'retry', jobId, UNKNOWN_JOB, '--json', '--data-dir', dataDir]);
  expect(run.code).toBe(1);
  const [retried, unknown] = jsonLines(run);
  expect(retried).toMatchObject({ file: realpathSync(file), jobId, state: 'queued', error: null });
  expect(unknown).toEqual({ file: null, jobId: UNKNOWN_JOB, state: 'not_found', remoteId: null, permalink: null, error: { code: 'not_found', message: 'There is no such job in the publishing queue.' } });
  expect(run.stderr).toContain('Retried jobs are sent the next time "content-studio publish" or Content Studio runs on this data folder.');
}, 30_000);

it('sends the retried job when the command runs again, onto the same post', async () => {
  const run = await publish();
  expect(run.code).toBe(0);
  const [row] = jsonLines(run);
  expect(row).toMatchObject({ jobId, state: 'done', error: null });
  const content = (await harness.call('GET', '/_sandbox/state', { token: null })).body.data.content;
  expect(content.filter((post: any) => post.source.post_id === jobId)).toEqual([expect.objectContaining({ id: row.remoteId, state: 'published' })]);
}, 30_000);

it('will not cancel a job that is done, and says why', async () => {
  const run = await runCli(['queue', 'cancel', jobId, '--data-dir', dataDir]);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('This job is done, so it cannot be changed that way.');
  expect(run.stdout).toMatch(new RegExp(`^${realpathSync(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +done`, 'm'));
}, 30_000);
