/** The numbers the chaos run is built on, shared by the scenario, the runner child and the checks. */

/** Short, so that the long `delay` fault outlasts it and the client really times out. */
export const CLIENT_TIMEOUT_MS = 2_000;

/**
 * The app's lease is 120 s. Here it is short so that the runner left alive
 * after the last kill takes the dead one's jobs by lease expiry within
 * seconds, rather than by start-up recovery. It still outlasts any one step
 * (at most two requests of CLIENT_TIMEOUT_MS each), as the app's does.
 */
export const CHILD_LEASE_MS = 8_000;

/**
 * The runner's backoff is full jitter: each retry waits a uniform draw up to
 * a ceiling that doubles from 1 s to 60 s (policy/backoff.ts, tested in
 * tests/unit/outbox/outbox-policy-backoff.test.ts). At this run's fault rate,
 * far above anything Firstup would show, some job now and then draws six
 * faults in a row at one step and alone waits up to 32 s at the end of the
 * run. The child scales the runner's random draws by this factor: waits keep
 * their doubling shape and jitter, and a 150-post run stays within a minute.
 */
export const BACKOFF_DRAW_SCALE = 0.25;

/** The runner's most. */
export const RUNNER_CONCURRENCY = 4;

/** Clean requests between two faults (fault-plan.ts): a mean of 6, so about one request in seven gets a fault. */
export const FAULT_GAP = { min: 2, max: 10 } as const;

/** The bar: at least this share of all API requests get a fault, and each fault group at least this share of the faults. */
export const MIN_FAULT_RATE = 0.1;
export const MIN_GROUP_SHARE = 0.1;
export const MIN_KILLS = 3;

/** The topic every chaos post goes to: one of the sandbox's seeded topics. */
export const CHAOS_TOPIC = { id: 101, name: 'News' } as const;
