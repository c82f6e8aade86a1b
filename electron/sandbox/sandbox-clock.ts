/**
 * The sandbox's idea of now. Tests move it forward (`POST /_sandbox/clock`)
 * to expire tokens, codes and rate-limit windows without waiting.
 */
export interface SandboxClock {
  now(): number;
  advance(seconds: number): void;
  nowIso(): string;
}

export function createClock(realNow: () => number = Date.now): SandboxClock {
  let offsetMs = 0;
  const now = () => realNow() + offsetMs;
  return {
    now,
    advance(seconds) {
      offsetMs += seconds * 1000;
    },
    nowIso: () => new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}
