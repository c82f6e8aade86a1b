import type { ProgramPauseView } from './outbox-views.js';

/** A closed gate as the sentence needs it: the policy's SendGate and the summary's ProgramPauseView both fit. */
export type ClosedGate = Omit<ProgramPauseView, 'programId'>;

/**
 * A program pause as the one sentence the Queue screen and the CLI show.
 * The caller passes `timeOfDay`, turning the pause's clock into the person's
 * wall-clock time in their locale, so the locale stays with the UI and the
 * sentence itself sits in one tested place.
 */
export function describePause(gate: { readonly mayStart: true } | (ClosedGate & { readonly mayStart: false }), timeOfDay: (at: number) => string): string | null {
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
