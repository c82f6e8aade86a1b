import { createProgramPause, type ProgramPause } from '../policy/program-pause.js';
import type { StepBudget } from '../policy/retry-budget.js';
import type { OutboxJob } from '../store/outbox-schema.js';
import { BULK } from './job-context.js';
import { runJob, type RunDeps } from './run-job.js';
import type { OutboxRunner, OutboxRunnerOptions } from './runner-types.js';
import { nextDueAt } from './next-due.js';

export const DEFAULT_LEASE_MS = 120_000;
const MIN_CONCURRENCY = 1;
const MAX_CONCURRENCY = 4;
const ERROR_WAIT_MS = 5_000;
/**
 * The longest the idle loop sleeps before looking again. Timers overflow past 2^31 ms (a post scheduled weeks
 * ahead would fire at once, in a hot loop), and a computer that slept or had its clock changed is noticed within it.
 */
const MAX_IDLE_WAIT_MS = 60_000;

/**
 * The one runner of an app (the single-instance lock keeps it one; leases
 * in the database make a second one harmless). It claims due jobs, up to
 * `concurrency` at a time, skipping programs that are paused (429, offline,
 * sign-in, an open circuit breaker), and runs each through runJob.
 *
 * While jobs run, the loop waits for one of them to settle (or a wake-up);
 * only when none runs does it sleep until the next job or pause is due. So
 * an injected sleep that moves a test clock never moves it under a step in
 * flight, and a released slot is refilled at once.
 */
export function createOutboxRunner(options: OutboxRunnerOptions): OutboxRunner {
  const { store, clients, now, random, sleep, owner, onProgress } = options;
  const concurrency = Math.min(MAX_CONCURRENCY, Math.max(MIN_CONCURRENCY, Math.floor(options.concurrency ?? 3)));
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const onError = options.onError ?? (() => undefined);
  const pauses = new Map<string, ProgramPause>();
  const budgets = new Map<string, StepBudget>();
  const inFlight = new Map<string, Promise<void>>();
  let running = false;
  let onlyProgram: string | null = null;
  let loop: Promise<void> | null = null;
  let poke: () => void = () => undefined;

  function pauseOf(programId: string): ProgramPause {
    let pause = pauses.get(programId);
    if (pause === undefined) {
      pause = createProgramPause({ now, random });
      pauses.set(programId, pause);
    }
    return pause;
  }

  const report = (job: OutboxJob) =>
    onProgress?.({ jobId: job.id, programId: job.programId, state: job.state, step: job.step, remoteId: job.remoteId, error: job.lastError });

  const closedPrograms = () => [...pauses].flatMap(([programId, pause]) => (pause.gate().mayStart ? [] : [programId]));

  /** A paused program's probe, when its gate says one is due: a cheap read that decides whether the pause ends. */
  async function probePrograms(): Promise<void> {
    for (const [programId, pause] of pauses) {
      const gate = pause.gate();
      if (gate.mayStart || !gate.probeDue) continue;
      const { failure } = await pause.runProbe(() => clients.clientFor(programId).listContent({ page: { size: 1 } }, BULK));
      if (failure?.kind === 'auth_refresh_failed') store.authRequired(programId);
    }
  }

  function claimDue(): void {
    while (running && inFlight.size < concurrency) {
      const job = store.claimNext({ owner, leaseMs, skipPrograms: closedPrograms(), ...(onlyProgram === null ? {} : { programId: onlyProgram }) });
      if (job === null) return;
      const deps: RunDeps = { ...options, leaseMs, pause: pauseOf(job.programId), budgets, stopping: () => !running, report, onError };
      const work = runJob(deps, job)
        .catch(onError)
        .finally(() => {
          inFlight.delete(job.id);
          poke();
        });
      inFlight.set(job.id, work);
    }
  }

  async function waitForChange(): Promise<void> {
    const woken = new Promise<void>((resolve) => {
      poke = resolve;
    });
    if (inFlight.size > 0) return woken;
    const due = nextDueAt(store, pauses, now(), onlyProgram);
    if (due === null) return woken;
    return Promise.race([woken, sleep(Math.min(MAX_IDLE_WAIT_MS, Math.max(0, due - now())))]);
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        await probePrograms();
        claimDue();
        if (running) await waitForChange();
      } catch (error) {
        // The store is closing, or a probe's client could not be built: report it and look again later, not in a hot loop.
        onError(error);
        if (running) await Promise.race([new Promise<void>((resolve) => (poke = resolve)), sleep(ERROR_WAIT_MS)]);
      }
    }
  }

  return {
    start(options = {}) {
      if (running) return;
      onlyProgram = options.onlyProgram ?? null;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      poke();
      await loop;
      await Promise.all(inFlight.values());
      loop = null;
    },
    wake: () => poke(),
    programSignedIn(programId) {
      pauses.get(programId)?.signedIn();
      store.resumeProgram(programId);
      poke();
    },
    networkHint() {
      for (const pause of pauses.values()) pause.networkHint();
      poke();
    },
    inFlight: () => [...inFlight.keys()],
    pausedPrograms: () =>
      [...pauses].flatMap(([programId, pause]) => {
        const gate = pause.gate();
        return gate.mayStart ? [] : [{ programId, reason: gate.reason, until: gate.until, probeDue: gate.probeDue, capped: gate.capped }];
      }),
  };
}
