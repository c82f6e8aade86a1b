import type { ProgramPause } from '../policy/program-pause.js';
import type { OutboxJob } from '../store/outbox-schema.js';
import type { OutboxStore } from '../store/outbox-store.js';

/** A job due now that could not be claimed (a damaged row parked meanwhile, a clock step) is looked at again after this, not in a hot loop. */
export const MIN_WAIT_MS = 250;
/** The earliest jobs in queue order; a later job due sooner waits at most until one of these is handled. */
const LOOK_AHEAD = 500;

function jobDueAt(job: OutboxJob, now: number): number {
  if (job.state === 'running') return job.leaseExpiresAt ?? now;
  return job.nextAttemptAt ?? now;
}

/** When a closed program's jobs may go again: its pause's end or next probe; null when only a person can end it (sign-in). */
function programOpensAt(pause: ProgramPause | undefined, now: number): number | null {
  const gate = pause?.gate();
  if (gate === undefined || gate.mayStart || gate.probeDue) return now;
  return gate.until;
}

/**
 * When the idle runner should look again: the earliest retry, released job,
 * expired lease of another runner, or program pause that ends or needs a
 * probe. Null when nothing waits on time (only a wake-up will help).
 * `onlyProgram`: the one program this runner sends for, when it is confined.
 */
export function nextDueAt(store: OutboxStore, pauses: ReadonlyMap<string, ProgramPause>, now: number, onlyProgram: string | null = null): number | null {
  let earliest: number | null = null;
  const consider = (at: number | null) => {
    if (at !== null && (earliest === null || at < earliest)) earliest = at;
  };
  for (const pause of pauses.values()) {
    const gate = pause.gate();
    if (!gate.mayStart && gate.until !== null) consider(gate.probeDue ? now : gate.until);
  }
  const { items } = store.list({ states: ['queued', 'waiting_retry', 'running'], limit: LOOK_AHEAD });
  for (const job of items) {
    // A runner confined to one program (the CLI's) must not wake for another's jobs it will never claim.
    if (onlyProgram !== null && job.programId !== onlyProgram) continue;
    const opens = programOpensAt(pauses.get(job.programId), now);
    if (opens !== null) consider(Math.max(jobDueAt(job, now), opens));
  }
  return earliest === null ? null : Math.max(earliest, now + (earliest <= now ? MIN_WAIT_MS : 0));
}
