/**
 * Step checkpoints: each step's remote result is committed before the next
 * step starts, survives a restart and a SIGKILL, and leaves an audit trail.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDraftStore } from '../../../electron/core/drafts/draft-store.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { openOutboxStore } from '../../../electron/core/outbox/store/outbox-store.js';
import { tempDir } from '../../support/test-core.js';
import { LEASE_MS, openOutboxTest, publish, RUNNER_A, type OutboxTest } from './outbox-store-fixture.js';

let test: OutboxTest;
beforeEach(() => {
  test = openOutboxTest();
});
afterEach(() => test.dispose());

describe('outbox step checkpoints', () => {
  it('commits the remote post before the next step and keeps it through a restart', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS });
    test.outbox.scheduleRetry(jobId!, RUNNER_A, { at: test.clock.now(), error: { code: 'offline', message: 'No network.' } });
    test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS });
    const recorded = test.outbox.recordStep(jobId!, RUNNER_A, { step: 'images', remoteId: 4321, remoteUuid: 'c0ffee00-0000-4000-8000-000000000001' });
    expect(recorded).toMatchObject({ ok: true, job: { step: 'images', remoteId: 4321, stepAttempts: 0, lastError: null, state: 'running' } });

    test.reopen();
    expect(test.outbox.get(jobId!)).toMatchObject({ step: 'images', remoteId: 4321, remoteUuid: 'c0ffee00-0000-4000-8000-000000000001', leaseOwner: RUNNER_A });
    expect(test.outbox.recordStep(jobId!, RUNNER_A, { step: 'transition' })).toMatchObject({ ok: true, job: { step: 'transition', remoteId: 4321 } });
  });

  it('records the whole run, step by step, in the job’s events', async () => {
    const [jobId] = publish(test.outbox, await test.draft());
    test.outbox.claimNext({ owner: RUNNER_A, leaseMs: LEASE_MS });
    test.clock.advance(1_000);
    test.outbox.recordStep(jobId!, RUNNER_A, { step: 'images', remoteId: 77, remoteUuid: 'u-77' });
    for (const step of ['videos', 'transition', 'verify'] as const) test.outbox.recordStep(jobId!, RUNNER_A, { step });
    test.clock.advance(1_000);
    expect(test.outbox.complete(jobId!, RUNNER_A)).toMatchObject({ ok: true, job: { state: 'done', finishedAt: test.clock.now(), leaseOwner: null } });
    expect(test.outbox.events(jobId!).map(({ fromState, toState, step, note }) => [fromState, toState, step, note])).toEqual([
      [null, 'queued', 'send', 'Queued to publish revision 1.'],
      ['queued', 'running', 'send', `Claimed by ${RUNNER_A}.`],
      ['running', 'running', 'images', 'send done; now images. Post 77 (u-77).'],
      ['running', 'running', 'videos', 'images done; now videos.'],
      ['running', 'running', 'transition', 'videos done; now transition.'],
      ['running', 'running', 'verify', 'transition done; now verify.'],
      ['running', 'done', 'verify', 'Done.'],
    ]);
    expect(test.outbox.summary()).toMatchObject({ total: 1, counts: { done: 1, queued: 0 } });
  });

  it(
    'keeps every acknowledged step result through a SIGKILL',
    async () => {
      const dataDir = tempDir('outbox-crash');
      const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./outbox-store-crash-child.ts', import.meta.url)), dataDir], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let jobId = '';
      let acknowledged = 0;
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      createInterface({ input: child.stdout }).on('line', (line) => {
        let parsed: { jobId?: string; remoteId?: number };
        try {
          parsed = JSON.parse(line) as typeof parsed;
        } catch {
          return; // a line cut short by the kill was never an acknowledgement
        }
        if (parsed.jobId !== undefined) jobId = parsed.jobId;
        if (parsed.remoteId !== undefined) acknowledged = parsed.remoteId;
        if (acknowledged === 200) child.kill('SIGKILL');
      });
      const signal = await new Promise((resolve) => child.on('exit', (_code, exitSignal) => resolve(exitSignal)));
      expect(signal, stderr).toBe('SIGKILL');

      const drafts = openDraftStore({ dataDir, logger: createMemoryLogger(), sanitize: (html) => html });
      try {
        const job = openOutboxStore(drafts).get(jobId)!;
        // The child may have committed one more before the kill landed, never fewer.
        expect(job.remoteId).toBeGreaterThanOrEqual(acknowledged);
        expect(job).toMatchObject({ state: 'running', remoteUuid: `uuid-${job.remoteId}`, step: job.remoteId! % 2 === 0 ? 'images' : 'videos' });
      } finally {
        drafts.close();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    30_000,
  );
});
