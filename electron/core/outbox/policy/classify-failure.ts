import type { StudioErrorCode } from '../../../../shared/ipc/studio-error.js';
import { readFailure, type FailureInput } from './failure-input.js';

/**
 * What an outbox job was doing when it failed. The "send" step is
 * `create` for a post not yet on Firstup and `update` for one that is;
 * `reconcile` is the look-up by marker after an unknown outcome and `probe`
 * the breaker's or the offline pause's cheap read.
 */
export type PolicyStep = 'create' | 'update' | 'images' | 'videos' | 'transition' | 'verify' | 'reconcile' | 'probe';

export type FailureKind = 'transient' | 'unknown_outcome' | 'rate_limited' | 'auth_refresh_failed' | 'permanent' | 'offline';

interface FailureCommon {
  /**
   * Firstup may already hold this step's effect: find out (the post by its
   * marker, or its images, videos or state) before the step runs again, and
   * before a person is told it failed or clicks retry.
   */
  reconcileFirst: boolean;
  /** What the program's circuit breaker learns: Firstup not answering properly, Firstup answering, or nothing. */
  breaker: 'failure' | 'answered' | 'none';
  /** A sentence for the person; for a refusal it carries the server's own words where Firstup gave any. */
  message: string;
  /** Firstup's own words when the message is ours (a 403 or 404 says who may act, the server may say more). */
  serverMessage: string | null;
  code: StudioErrorCode | null;
  status: number | null;
}

export type FailureClass = FailureCommon &
  (
    | { kind: 'rate_limited'; retryAfterSeconds: number | null }
    /** `recheckOnce`: a 404 for a post this job may have just made; read it once more after a pause before giving up. */
    | { kind: 'permanent'; recheckOnce: boolean }
    | { kind: 'transient' | 'unknown_outcome' | 'auth_refresh_failed' | 'offline' }
  );

/**
 * Whether running the step again after it may already have taken effect is
 * harmless. Not so for a create (no idempotency key: a second post), an
 * image or video add (a second attachment), or a transition (repeating one
 * that went through can be refused, e.g. archiving an archived post, and the
 * issue says transitions read the state first). An update re-sends the same
 * frozen snapshot, and the rest only read.
 */
const REPEATABLE: Record<PolicyStep, boolean> = {
  create: false,
  update: true,
  images: false,
  videos: false,
  transition: false,
  verify: true,
  reconcile: true,
  probe: true,
};

/**
 * Steps that act on a post this job may have created seconds ago: a 404
 * there may be Firstup's eventual consistency, not a deleted post (§3.2).
 */
const ON_EXISTING_POST: ReadonlySet<PolicyStep> = new Set(['update', 'images', 'videos', 'transition', 'verify']);

const STEP_WORDS: Record<PolicyStep, string> = {
  create: 'sending the post',
  update: 'updating the post',
  images: 'adding its images',
  videos: 'adding its videos',
  transition: 'changing its state',
  verify: 'checking the post',
  reconcile: 'looking for the post on Firstup',
  probe: 'checking whether Firstup answers',
};

const facts = (input: FailureInput, message: string) => ({ message, serverMessage: input.serverMessage, code: input.code, status: input.status });

/**
 * SECURITY-RESEARCH.md §3.2: a timeout or broken connection after sending,
 * a 408 or 5xx, and a 2xx we cannot read may all mean Firstup did the work
 * (a proxy's page or a cut-off body says nothing about the server behind it).
 * Never record success from them; reconcile where a repeat would duplicate.
 */
function ambiguous(step: PolicyStep, input: FailureInput, message: string): FailureClass {
  const repeatable = REPEATABLE[step];
  return { kind: repeatable ? 'transient' : 'unknown_outcome', reconcileFirst: !repeatable, breaker: 'failure', ...facts(input, message) };
}

function permanent(step: PolicyStep, input: FailureInput, message: string, options: { reconcileFirst: boolean; answered: boolean }): FailureClass {
  const recheckOnce = input.code === 'not_found' && ON_EXISTING_POST.has(step);
  return { kind: 'permanent', recheckOnce, reconcileFirst: options.reconcileFirst, breaker: options.answered ? 'answered' : 'none', ...facts(input, message) };
}

function unexpected(step: PolicyStep): string {
  const check = REPEATABLE[step] ? '' : ' It checks Firstup for what was already done before trying again.';
  return `Content Studio ran into an unexpected problem while ${STEP_WORDS[step]}.${check} The details are in the log.`;
}

/** The outbox's failure table (SECURITY-RESEARCH.md §3.2), one thrown value and step at a time. */
export function classifyFailure(error: unknown, step: PolicyStep): FailureClass {
  const input = readFailure(error);
  const message = input.message ?? unexpected(step);
  const answeredWithStatus = input.status !== null && input.status >= 400 && input.status < 500;
  const common = facts(input, message);
  switch (input.code) {
    case 'rate_limited':
      // 429 means Firstup turned the request away unprocessed; the breaker ignores it (the server is up, just busy).
      // Firstup's throttling headers are UNKNOWN (REFERENCE.md §3.3): null here falls back to 60 s in backoff.ts.
      return { kind: 'rate_limited', retryAfterSeconds: input.retryAfterSeconds, reconcileFirst: false, breaker: 'none', ...common };
    case 'sign_in_needed':
      // A 401 is answered before anything is done, and a failed refresh (invalid_grant, no credential) precedes the retry.
      return { kind: 'auth_refresh_failed', reconcileFirst: false, breaker: 'none', ...common };
    case 'offline':
      // Only `unreachable` proves nothing left this machine (no connection was made): wait for the network
      // without spending attempts. A timeout, a lost connection, a 408, or no reason at all (the sign-in
      // server's failures carry none) may have reached Firstup.
      if (input.reason === 'unreachable') return { kind: 'offline', reconcileFirst: false, breaker: 'none', ...common };
      return ambiguous(step, input, message);
    case 'server_error':
    case 'unexpected_response':
      return ambiguous(step, input, message);
    case 'validation':
      // 400/413/422 and the rest of 4xx: Firstup refused and did nothing, so retrying as is would only be refused
      // again. 409's meaning for content is UNKNOWN (REFERENCE.md §3.3): if it means "this source.post_id exists",
      // the post is already there, so where a repeat would duplicate, reconcile before calling it a failure;
      // if it means anything else, reconciling finds nothing and the refusal stands.
      return permanent(step, input, message, { reconcileFirst: input.status === 409 && !REPEATABLE[step], answered: answeredWithStatus });
    case 'forbidden':
    case 'not_found':
      return permanent(step, input, message, { reconcileFirst: false, answered: true });
    default:
      // Not a Firstup answer: a bug (code null: not even a StudioError) or a local failure (internal,
      // draft_conflict, …). Waiting will not clear it, and it may have struck after the request went out.
      return permanent(step, input, message, { reconcileFirst: !REPEATABLE[step], answered: false });
  }
}
