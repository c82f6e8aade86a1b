/**
 * What must hold after a chaos run, each broken rule as one sentence. The
 * issue's contract: every post exactly once on Firstup, in its target state,
 * with its title and topic, no post without a known marker, every job done;
 * and the run must really have been chaotic (fault rate and mix, SIGKILLs
 * mid-step, client timeouts, both ways of taking a dead runner's jobs back).
 */
import { z } from 'zod';
import type { QueuedPost, StoredOutcome } from './chaos-queue.js';
import { CHAOS_TOPIC, MIN_FAULT_RATE, MIN_GROUP_SHARE, MIN_KILLS } from './chaos-settings.js';
import type { FaultCounts } from './fault-ledger.js';
import { faultGroups } from './fault-plan.js';
import type { FleetReport } from './runner-fleet.js';

export const sandboxPostSchema = z.object({
  id: z.number(),
  title: z.string().nullable(),
  state: z.string(),
  channels: z.array(z.number()),
  source: z.object({ post_id: z.string().nullable() }),
});
export type SandboxPost = z.infer<typeof sandboxPostSchema>;

export interface ChaosEvidence {
  readonly posts: readonly QueuedPost[];
  /** Sandbox posts before the run (the seed's) and after it. */
  readonly before: readonly SandboxPost[];
  readonly after: readonly SandboxPost[];
  readonly outcomes: ReadonlyMap<string, StoredOutcome>;
  readonly faults: FaultCounts;
  readonly fleet: FleetReport;
}

/** Jobs a live runner claimed after another runner's lease on them expired mid-step (outbox-claims.ts writes this note). */
export const reclaimedByExpiry = (outcomes: ReadonlyMap<string, StoredOutcome>) =>
  [...outcomes.values()].filter(({ events }) => events.some((event) => event.note.startsWith('Reclaimed by'))).length;

export const percent = (part: number, whole: number) => `${whole === 0 ? 0 : ((100 * part) / whole).toFixed(1)} %`;

/** At most this many examples per rule, then a count: a broken run should read as a finding, not a wall of ids. */
const EXAMPLES = 5;

function grouped(problems: string[], rule: string): string[] {
  if (problems.length === 0) return [];
  const more = problems.length > EXAMPLES ? ` …and ${problems.length - EXAMPLES} more.` : '';
  return [`${rule} (${problems.length}): ${problems.slice(0, EXAMPLES).join('; ')}.${more}`];
}

function checkPosts({ posts, before, after }: ChaosEvidence): string[] {
  const byMarker = new Map<string, SandboxPost[]>();
  for (const post of after) if (post.source.post_id !== null) byMarker.set(post.source.post_id, [...(byMarker.get(post.source.post_id) ?? []), post]);
  const wrong: string[] = [];
  const counted: string[] = [];
  for (const { jobId, title } of posts) {
    const marked = byMarker.get(jobId) ?? [];
    if (marked.length !== 1) {
      counted.push(`"${title}" (job ${jobId}) is on Firstup ${marked.length} times`);
      continue;
    }
    const post = marked[0]!;
    const problems = [
      post.state === 'published' ? '' : `state ${post.state}`,
      post.title === title ? '' : `title "${post.title}"`,
      post.channels.length === 1 && post.channels[0] === CHAOS_TOPIC.id ? '' : `topics [${post.channels.join(', ')}]`,
    ].filter((problem) => problem !== '');
    if (problems.length > 0) wrong.push(`post ${post.id} for "${title}" has ${problems.join(', ')}`);
  }
  const seed = new Set(before.map((post) => post.id));
  const known = new Set(posts.map((post) => post.jobId));
  const strays = after.filter((post) => !seed.has(post.id) && (post.source.post_id === null || !known.has(post.source.post_id)));
  return [
    ...grouped(counted, 'Posts not on Firstup exactly once'),
    ...grouped(wrong, 'Posts not in their target state'),
    ...grouped(
      strays.map((post) => `post ${post.id} "${post.title}" (marker ${post.source.post_id ?? 'none'})`),
      'Posts made during the run without a known marker',
    ),
  ];
}

function checkJobs({ posts, outcomes }: ChaosEvidence): string[] {
  const unfinished = posts.flatMap(({ jobId, title }) => {
    const job = outcomes.get(jobId)?.job;
    if (job === undefined) return [`"${title}": job ${jobId} is missing from the queue`];
    if (job.state === 'done') return [];
    const error = job.lastError === null ? '' : ` after ${job.lastError.code}: ${job.lastError.message}`;
    return [`"${title}" is ${job.state} at ${job.step} (${job.stepAttempts} attempts)${error}`];
  });
  return grouped(unfinished, 'Jobs not done');
}

function checkFaults({ faults }: ChaosEvidence): string[] {
  const { requests, faults: injected, byGroup } = faults;
  const problems: string[] = [];
  if (requests === 0) return ['The runners sent no request to the sandbox.'];
  if (injected / requests < MIN_FAULT_RATE) problems.push(`Only ${percent(injected, requests)} of ${requests} requests got a fault; the run needs at least ${percent(MIN_FAULT_RATE, 1)}.`);
  for (const group of faultGroups) {
    if (byGroup[group] / Math.max(1, injected) < MIN_GROUP_SHARE) {
      problems.push(`The ${group} fault made up ${percent(byGroup[group], injected)} of the ${injected} faults; each type needs at least ${percent(MIN_GROUP_SHARE, 1)}.`);
    }
  }
  return problems;
}

function checkRunners({ fleet, outcomes }: ChaosEvidence): string[] {
  const problems: string[] = [];
  if (fleet.timedOut) problems.push('The run did not come to rest in time; its runners were stopped.');
  if (fleet.kills.length < MIN_KILLS) problems.push(`Only ${fleet.kills.length} runners were killed; the run needs at least ${MIN_KILLS}.`);
  for (const kill of fleet.kills) {
    if (kill.exit.signal !== 'SIGKILL') problems.push(`${kill.victim} was to be killed but ended with ${kill.exit.signal ?? `exit code ${kill.exit.code}`}.`);
  }
  for (const runner of fleet.runners) {
    if (!runner.killed && !(runner.exit.code === 0 && runner.rested)) {
      problems.push(`${runner.name} stopped on its own with ${runner.exit.signal ?? `exit code ${runner.exit.code}`}: ${runner.stderr.trim().slice(-1_000) || 'no message'}`);
    }
    // The one line a kill may cut short is the last.
    if (runner.garbled.length > (runner.killed ? 1 : 0)) problems.push(`${runner.name} wrote lines the run could not read: ${runner.garbled.slice(0, 3).join(' | ')}`);
  }
  problems.push(...grouped(fleet.runnerErrors, 'The runners reported unexpected errors'));
  if ((fleet.noAnswers.timeout ?? 0) === 0) problems.push('No request timed out, so the long delay fault never outlasted the client.');
  const reclaimedAtStart = fleet.recovered.reduce((sum, { reclaimed }) => sum + reclaimed, 0);
  if (fleet.kills.some((kill) => kill.successors > 0) && reclaimedAtStart === 0) problems.push("No runner's start-up recovery took back a killed runner's job.");
  // A kill that fell back to an idle runner left no lease behind.
  if (fleet.kills.some((kill) => kill.successors === 0 && kill.during !== 'idle') && reclaimedByExpiry(outcomes) === 0) {
    problems.push("After the last kill, no live runner took a dead runner's job back when its lease expired.");
  }
  return problems;
}

export function checkChaos(evidence: ChaosEvidence): string[] {
  return [...checkPosts(evidence), ...checkJobs(evidence), ...checkFaults(evidence), ...checkRunners(evidence)];
}
