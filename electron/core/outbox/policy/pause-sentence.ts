import type { SendGate } from './program-pause.js';

/**
 * A program pause as the one sentence the Queue screen and the CLI show.
 *
 * Times in the policy are on a monotonic clock (so sleep, resume and clock
 * changes cannot break them), which no person can read. The caller passes
 * `timeOfDay`, turning such an instant into the person's wall-clock time in
 * their locale, e.g. in the main process
 * `(t) => timeFormat.format(Date.now() + (t - performance.now()))`.
 * Keeping the formatting there leaves this file pure and the locale with
 * the UI, and the sentence itself in one tested place.
 */
export function describePause(gate: SendGate, timeOfDay: (monotonicMs: number) => string): string | null {
  if (gate.mayStart) return null;
  const at = gate.until === null ? null : timeOfDay(gate.until);
  switch (gate.reason) {
    case 'sign_in_needed':
      return 'Sign in to this program again to continue sending; queued posts wait and nothing is lost.';
    case 'offline':
      return at === null || gate.probeDue
        ? "Can't reach Firstup; checking the connection now. Queued posts wait."
        : `Can't reach Firstup; queued posts wait and sending resumes when the connection is back (next check at ${at}).`;
    case 'rate_limited':
      return gate.capped
        ? `Firstup asked for a long pause; Content Studio will try again at ${at ?? 'a later time'} and may be asked to wait longer.`
        : `Firstup asked for fewer requests; sending resumes at ${at ?? 'a later time'}.`;
    case 'unavailable':
      return at === null || gate.probeDue ? 'Firstup is not answering; checking again now.' : `Firstup is not answering; retrying at ${at}.`;
  }
}
