import type { SandboxClock } from './sandbox-clock.js';
import type { SandboxState } from './model.js';

export interface SandboxOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Requests per minute per program before 429 (sliding minute). */
  readonly rateLimit: number;
  /** Access-token lifetime in seconds. */
  readonly tokenTtl: number;
  /** Persist the program as JSON here; in memory when absent. */
  readonly dataFile?: string;
  /** Seed for the deterministic program. */
  readonly seed: number;
}

/**
 * What every route module works on. `state` is read through the runtime on
 * every call because `POST /_sandbox/reset` replaces it whole.
 */
export interface SandboxRuntime {
  readonly options: SandboxOptions;
  readonly clock: SandboxClock;
  readonly state: SandboxState;
  /** The sandbox's own origin, e.g. http://127.0.0.1:4010 (for permalinks and embed URLs). */
  readonly origin: string;
}

export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
