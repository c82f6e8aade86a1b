/**
 * The outbox chaos run at suite size (issue 7): 150 posts published by runner
 * processes that are SIGKILLed mid-step at least three times, while the
 * sandbox injects every kind of fault into at least 10 % of the requests.
 * Afterwards Firstup (the sandbox) holds every post exactly once, published,
 * and every job is done. `npm run chaos` runs the same at 1,000 posts.
 */
import { describe, expect, it } from 'vitest';
import { checkChaos, type ChaosEvidence, type SandboxPost } from '../../chaos/chaos-checks.js';
import { runChaos } from '../../chaos/chaos-scenario.js';
import { MIN_FAULT_RATE, MIN_GROUP_SHARE, MIN_KILLS } from '../../chaos/chaos-settings.js';
import { describeChaos } from '../../chaos/chaos-summary.js';
import { faultGroups } from '../../chaos/fault-plan.js';

const POSTS = 150;

const post = (id: number, postId: string | null, state = 'published', title = `Post ${postId}`): SandboxPost => ({ id, title, state, channels: [101], source: { post_id: postId } });

/** A run that met every bar, to break one rule at a time. */
function cleanRun(): ChaosEvidence {
  const posts = [
    { jobId: 'a', title: 'Post a' },
    { jobId: 'b', title: 'Post b' },
  ];
  const done = { state: 'done', step: 'verify', stepAttempts: 0, lastError: null } as const;
  const byGroup = Object.fromEntries(faultGroups.map((group) => [group, 10])) as ChaosEvidence['faults']['byGroup'];
  const byVariant = Object.fromEntries(faultGroups.map((group) => [group, { [group]: 10 }])) as ChaosEvidence['faults']['byVariant'];
  const exit = { code: null, signal: 'SIGKILL' } as const;
  return {
    posts,
    before: [post(1, null)],
    after: [post(1, null), post(2, 'a'), post(3, 'b')],
    outcomes: new Map(posts.map(({ jobId }) => [jobId, { job: done, events: [{ note: 'Reclaimed by 1:x: the lease of 2:y expired during send.' }] }])),
    faults: { requests: 500, faults: 70, byGroup, byVariant },
    fleet: {
      runners: [
        ...['runner-1', 'runner-2', 'runner-3'].map((name) => ({ name, killed: true, rested: false, exit, garbled: [], stderr: '' })),
        { name: 'runner-4', killed: false, rested: true, exit: { code: 0, signal: null }, garbled: [], stderr: '' },
      ],
      kills: ['runner-1', 'runner-2', 'runner-3'].map((victim, index) => ({ victim, done: index, during: 'POST /v2/content', jobsInHand: 1, successors: index === 2 ? 0 : 1, exit })),
      recovered: [{ name: 'runner-2', reclaimed: 1, stalled: 0 }],
      answers: { '200': 400 },
      noAnswers: { timeout: 3 },
      runnerErrors: [],
      timedOut: false,
    },
  };
}

describe('the chaos checks', () => {
  it('pass a run that met every bar', () => {
    expect(checkChaos(cleanRun())).toEqual([]);
  });

  it('catch a duplicate, a post short of its target state, a stray post and an unfinished job', () => {
    const run = cleanRun();
    const outcomes = new Map(run.outcomes);
    outcomes.set('b', { ...outcomes.get('b')!, job: { ...outcomes.get('b')!.job!, state: 'needs_attention', lastError: { code: 'stalled', message: 'Stopped.' } } });
    const violations = checkChaos({ ...run, after: [...run.after, post(4, 'a'), post(5, null, 'draft', 'Stray')], outcomes });
    expect(violations).toEqual([
      expect.stringContaining('"Post a" (job a) is on Firstup 2 times'),
      expect.stringContaining('post 5 "Stray" (marker none)'),
      expect.stringContaining('"Post b" is needs_attention at verify (0 attempts) after stalled: Stopped.'),
    ]);
    expect(checkChaos({ ...run, after: [post(1, null), post(2, 'a', 'draft'), post(3, 'b', 'published', 'Other')] })).toEqual([
      expect.stringContaining('post 2 for "Post a" has state draft; post 3 for "Post b" has title "Other"'),
    ]);
  });

  it('catch a run that was not chaotic enough', () => {
    const run = cleanRun();
    const violations = checkChaos({
      ...run,
      faults: { ...run.faults, faults: 40, byGroup: { ...run.faults.byGroup, reset: 0 } },
      fleet: { ...run.fleet, kills: run.fleet.kills.slice(0, 2), noAnswers: {} },
    });
    expect(violations).toEqual([
      'Only 8.0 % of 500 requests got a fault; the run needs at least 10.0 %.',
      'The reset fault made up 0.0 % of the 40 faults; each type needs at least 10.0 %.',
      'Only 2 runners were killed; the run needs at least 3.',
      'No request timed out, so the long delay fault never outlasted the client.',
    ]);
  });
});

describe('the outbox under chaos', () => {
  it(
    `publishes ${POSTS} posts exactly once through faults and SIGKILLed runners`,
    async () => {
      const report = await runChaos({ posts: POSTS, timeoutMs: 90_000 });
      const summary = describeChaos(report);
      expect(report.violations, summary).toEqual([]);

      // The contract's core, counted here straight from the sandbox's state and the queue.
      const statesOnFirstup = report.posts.map(({ jobId }) => report.after.filter((post) => post.source.post_id === jobId).map((post) => post.state));
      expect(statesOnFirstup, summary).toEqual(report.posts.map(() => ['published']));
      expect([...report.outcomes.values()].map(({ job }) => job?.state), summary).toEqual(report.posts.map(() => 'done'));
      const { requests, faults, byGroup } = report.faults;
      expect(faults / requests, summary).toBeGreaterThanOrEqual(MIN_FAULT_RATE);
      for (const group of faultGroups) expect(byGroup[group] / faults, `${group}\n${summary}`).toBeGreaterThanOrEqual(MIN_GROUP_SHARE);
      expect(report.fleet.kills.filter((kill) => kill.exit.signal === 'SIGKILL').length, summary).toBeGreaterThanOrEqual(MIN_KILLS);
    },
    110_000,
  );
});
