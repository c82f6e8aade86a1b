/**
 * The child process of outbox-store-steps.test.ts: queues one draft, claims
 * its job and records a step result again and again (remote ids 1, 2, 3, …),
 * printing each only after recordStep has returned, that is after COMMIT. The
 * test kills it with SIGKILL and checks that the last printed result survived.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { openDraftStore } from '../../../electron/core/drafts/draft-store.js';
import { createMemoryLogger } from '../../../electron/core/logging/logger.js';
import { openOutboxStore } from '../../../electron/core/outbox/store/outbox-store.js';

const PROGRAM_ID = '0b6a8f50-8f43-4f35-8d5e-7d2c5a3b9e10';
const OWNER = `${process.pid}:c4111d000000`;

// Pipes are written synchronously on Linux and macOS, so a complete line means the write was committed first.
const say = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

const drafts = openDraftStore({ dataDir: process.argv[2]!, logger: createMemoryLogger(), sanitize: (html) => html });
const outbox = openOutboxStore(drafts);
const draft = await drafts.create({ programId: PROGRAM_ID, title: 'Crash test', topics: [{ id: 1, name: 'News' }], bodyHtml: '<p>Written before the crash.</p>' });
const [queued] = outbox.enqueue({ draftIds: [draft.id], action: 'publish' });
const job = outbox.claimNext({ owner: OWNER, leaseMs: 3_600_000 })!;
say({ event: 'claimed', jobId: job.id, queued: queued?.ok });
for (let remoteId = 1; ; remoteId += 1) {
  const answer = outbox.recordStep(job.id, OWNER, { step: remoteId % 2 === 0 ? 'images' : 'videos', remoteId, remoteUuid: `uuid-${remoteId}` });
  if (!answer.ok) throw new Error('The lease was lost.');
  say({ remoteId });
  await nextTurn();
}
