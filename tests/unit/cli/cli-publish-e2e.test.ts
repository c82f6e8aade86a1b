/**
 * `content-studio publish` end to end, as a user runs it: files on disk, the
 * command in a child process signing in to a standalone sandbox with client
 * credentials, and then what the sandbox holds. Runs in order: each test
 * builds on the queue the ones before it left.
 */
import { realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandboxHarness, type SandboxHarness } from '../../support/sandbox-harness.js';
import { tempDir } from '../../support/test-core.js';
import { jsonLines, runCli, startCli } from './cli-process.js';

const SECRET = { CONTENT_STUDIO_CLIENT_SECRET: 'sandbox-secret' };
const KEYS = ['file', 'jobId', 'state', 'remoteId', 'permalink', 'error'];

let harness: SandboxHarness;
let dataDir: string;
let docs: string;

function write(name: string, content: string): string {
  const file = path.join(docs, name);
  writeFileSync(file, content);
  return file;
}

const server = () => ['--api-url', harness.url, '--auth-url', harness.url, '--client-id', 'sandbox-client', '--data-dir', dataDir];

async function posts(): Promise<{ id: number; title: string | null; state: string; channels: number[]; images: number; source: { post_id: string | null } }[]> {
  return (await harness.call('GET', '/_sandbox/state', { token: null })).body.data.content;
}

async function queueStatus(): Promise<any> {
  const run = await runCli(['queue', 'status', '--json', '--data-dir', dataDir]);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

beforeAll(async () => {
  harness = await startSandboxHarness();
  dataDir = tempDir('cli-e2e-data');
  docs = tempDir('cli-e2e-docs');
});

afterAll(() => harness.close());

describe('content-studio publish against a Firstup-compatible server', () => {
  let news: string;
  let notes: string;
  let empty: string;
  let first: any[];
  const args = () => ['publish', news, notes, empty, '--topic', 'Leadership Updates', '--action', 'publish', '--json', ...server()];

  beforeAll(() => {
    news = write(
      'news.md',
      '---\ntitle: Quarterly update\nsummary: "The numbers, in one line"\ntopics: [Company News]\nimages:\n  - url: https://cdn.example.com/chart.png\n    alt: Revenue by quarter\n---\nRevenue **grew**.\n',
    );
    notes = write('notes.html', '<h1>Team notes</h1><p>Standup moved to 10:00.</p>');
    empty = write('empty.md', '# Nothing but a title\n');
  });

  it('publishes each file once, names the one the preflight stopped, and exits 1', async () => {
    const before = (await posts()).length;
    const run = await runCli(args(), SECRET);
    expect(run.code).toBe(1);
    first = jsonLines(run);
    expect(first.map((row) => Object.keys(row))).toEqual([KEYS, KEYS, KEYS]);
    expect(first[0]).toMatchObject({ file: news, state: 'done', error: null });
    expect(first[1]).toMatchObject({ file: notes, state: 'done', error: null });
    expect(first[2]).toEqual({
      file: empty,
      jobId: null,
      state: 'not_queued',
      remoteId: null,
      permalink: null,
      error: { code: 'preflight', message: 'Not queued: The article is empty. Write something before sending it.' },
    });
    for (const row of first.slice(0, 2)) expect(row.permalink).toContain(`contents/${row.remoteId}`);

    const content = await posts();
    expect(content).toHaveLength(before + 2);
    const [newsPost, ...moreNews] = content.filter((post) => post.source.post_id === first[0].jobId);
    expect(moreNews).toEqual([]);
    expect(newsPost).toMatchObject({ id: first[0].remoteId, title: 'Quarterly update', state: 'published', images: 1 });
    expect(newsPost!.channels.toSorted()).toEqual([101, 102]);
    const notesPosts = content.filter((post) => post.source.post_id === first[1].jobId);
    expect(notesPosts).toEqual([expect.objectContaining({ id: first[1].remoteId, title: 'Team notes', state: 'published', channels: [102] })]);
    expect(run.stderr).toContain('2 of 3 files published.');
  }, 30_000);

  it('run again: the same jobs and posts, nothing new on the server, the same exit code', async () => {
    const before = await posts();
    const run = await runCli(args(), SECRET);
    expect(run.code).toBe(1);
    expect(jsonLines(run)).toEqual(first);
    expect(await posts()).toEqual(before);
    expect(run.stderr).toContain(`already in the queue as job ${first[0].jobId} (done).`);
  }, 30_000);

  it('refuses an unknown topic before anything is queued, with exit code 2', async () => {
    const before = await queueStatus();
    const run = await runCli(['publish', news, '--topic', 'No Such Topic', '--action', 'publish', ...server()], SECRET);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--topic: “127.0.0.1');
    expect(run.stderr).toContain('has no topic “No Such Topic”.');
    expect(run.stderr).toContain('Nothing was queued.');
    expect(await queueStatus()).toEqual(before);
  }, 30_000);

  it('says so when the server refuses the secret, and queues nothing', async () => {
    const run = await runCli(['publish', news, '--action', 'publish', ...server()], { CONTENT_STUDIO_CLIENT_SECRET: 'wrong' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not sign in to “${new URL(harness.url).host} (sandbox-client)” at ${harness.url}: The client id or secret was refused.`);
  }, 30_000);
});

describe('a crash in the middle of sending', () => {
  it('resumes after SIGKILL: every file reaches the server exactly once, and the queue shows where it stood', async () => {
    const files = [write('one.md', '---\ntitle: Interrupted one\n---\nFirst.\n'), write('two.md', '---\ntitle: Interrupted two\n---\nSecond.\n')];
    const args = ['publish', ...files, '--topic', '101', '--action', 'publish', '--json', ...server()];
    // Each create is held for a moment, so the kill lands while posts are being sent.
    await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'POST', path: '/v2/content', fault: 'delay', delay_ms: 1_500, times: 2 }] } });
    const running = startCli(args, SECRET);
    await running.stderrMatches(/sending the post/);
    running.child.kill('SIGKILL');
    const killed = await running.done;
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.stdout).toBe('');
    // A create already on its way finishes on the server whatever happens to the client; let it land first.
    await delay(1_700);
    await harness.call('DELETE', '/_sandbox/faults', { token: null });

    const stopped = await queueStatus();
    expect(stopped.jobs.map((job: any) => [job.file, job.title, job.state])).toEqual([
      [realpathSync(files[0]!), 'Interrupted one', 'queued'],
      [realpathSync(files[1]!), 'Interrupted two', 'queued'],
    ]);

    const rerun = await runCli(args, SECRET);
    expect(rerun.code).toBe(0);
    const rows = jsonLines(rerun);
    expect(rows.map((row) => [row.file, row.jobId, row.state])).toEqual([
      [files[0], stopped.jobs[0].jobId, 'done'],
      [files[1], stopped.jobs[1].jobId, 'done'],
    ]);
    const content = await posts();
    for (const [index, title] of ['Interrupted one', 'Interrupted two'].entries()) {
      expect(content.filter((post) => post.title === title)).toEqual([
        expect.objectContaining({ id: rows[index].remoteId, state: 'published', source: { post_id: rows[index].jobId } }),
      ]);
    }
  }, 45_000);

  it('stops on Ctrl+C with exit code 130, and the same command then finishes the post', async () => {
    const file = write('three.md', '---\ntitle: Interrupted three\n---\nThird.\n');
    const args = ['publish', file, '--topic', '101', '--action', 'publish', '--json', ...server()];
    await harness.call('POST', '/_sandbox/faults', { token: null, body: { rules: [{ method: 'PUT', path: '/v2/content/*/publish', fault: 'delay', delay_ms: 1_000, times: 1 }] } });
    const running = startCli(args, SECRET);
    await running.stderrMatches(/publishing…/);
    running.child.kill('SIGINT');
    const stopped = await running.done;
    expect(stopped.code).toBe(130);
    expect(stopped.stdout).toBe('');
    expect(stopped.stderr).toContain('Stopped. Nothing is lost: run the same command again to resume.');
    await delay(1_200);

    const rerun = await runCli(args, SECRET);
    expect(rerun.code).toBe(0);
    const [row] = jsonLines(rerun);
    expect(row).toMatchObject({ state: 'done', error: null });
    expect((await posts()).filter((post) => post.title === 'Interrupted three')).toEqual([expect.objectContaining({ id: row.remoteId, state: 'published', source: { post_id: row.jobId } })]);
  }, 30_000);

  it('queue status then shows every job done and none open', async () => {
    const status = await queueStatus();
    expect(status).toMatchObject({ total: 5, jobs: [] });
    expect(status.counts).toMatchObject({ done: 5, queued: 0, running: 0, needs_attention: 0 });
    const human = await runCli(['queue', 'status', '--data-dir', dataDir]);
    expect(human.stdout).toBe('5 jobs in the queue: 5 done.\n');
  }, 30_000);
});

describe('the built-in Sandbox program', () => {
  it('publishes with --program Sandbox, started inside the command', async () => {
    const file = write('hello.md', '# Hello, Sandbox\n\nFrom the command line.\n');
    const run = await runCli(['publish', file, '--topic', 'company news', '--action', 'review', '--program', 'Sandbox', '--data-dir', tempDir('cli-e2e-sandbox')]);
    expect(run.code).toBe(0);
    const [header, row, ...rest] = run.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^FILE +STATE +POST +LINK OR PROBLEM$/);
    expect(row).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} +done +(\\d+) +https://\\S+contents/\\1$`));
    expect(rest).toEqual([]);
    expect(run.stderr).toContain('1 of 1 file submitted for review.');
  }, 30_000);
});
