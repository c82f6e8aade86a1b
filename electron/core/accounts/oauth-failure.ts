import * as oauth from 'oauth4webapi';
import { StudioError } from '../../../shared/ipc/studio-error.js';

/** What was going on when the auth server said no: the same refusal means different things. */
export type OAuthStep = 'refresh' | 'user-sign-in' | 'server-sign-in';

/** Refusals of credentials we hold: the cure is a new sign-in, not a retry. */
const CREDENTIAL_REFUSALS = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client']);

const bounded = (text: string | undefined) => (text === undefined ? '' : ` ${text.slice(0, 300)}`);

function fromStatus(status: number): StudioError | null {
  if (status === 429) return new StudioError('rate_limited', 'The Firstup sign-in server is busy. Try again in a minute.');
  if (status >= 500) return new StudioError('server_error', `The Firstup sign-in server failed (HTTP ${status}). Try again later.`);
  return null;
}

function fromTokenEndpoint(error: string, description: string | undefined, status: number, step: OAuthStep): StudioError {
  const details = { oauthError: error.slice(0, 100) };
  if (CREDENTIAL_REFUSALS.has(error) && step === 'refresh') {
    return new StudioError('sign_in_needed', 'This program’s sign-in has expired or was revoked. Sign in again; queued work waits.', details);
  }
  if (CREDENTIAL_REFUSALS.has(error) && step === 'user-sign-in') {
    return new StudioError('sign_in_needed', `The sign-in could not be completed; start it again.${bounded(description)}`, details);
  }
  if (CREDENTIAL_REFUSALS.has(error) && step === 'server-sign-in') {
    return new StudioError('validation', `The client id or secret was refused.${bounded(description)}`, details);
  }
  return fromStatus(status) ?? new StudioError('validation', `The Firstup sign-in server refused the request (${details.oauthError}).${bounded(description)}`, details);
}

function fromAuthorizationResponse(error: oauth.AuthorizationResponseError): StudioError {
  if (error.error === 'access_denied') {
    return new StudioError('sign_in_needed', 'Sign-in was cancelled in the browser.', { reason: 'access_denied' });
  }
  return new StudioError('sign_in_needed', `The sign-in page answered “${error.error.slice(0, 100)}”.${bounded(error.error_description)}`, {
    reason: 'authorization_error',
    oauthError: error.error.slice(0, 100),
  });
}

/**
 * One StudioError for anything a sign-in or refresh can throw. Messages may
 * quote the server's error description but never a request parameter: those
 * hold codes, verifiers and tokens.
 */
export function oauthFailure(error: unknown, step: OAuthStep): StudioError {
  if (error instanceof StudioError) return error;
  if (error instanceof oauth.ResponseBodyError) return fromTokenEndpoint(error.error, error.error_description, error.status, step);
  if (error instanceof oauth.WWWAuthenticateChallengeError) return fromTokenEndpoint('invalid_client', undefined, error.status, step);
  if (error instanceof oauth.AuthorizationResponseError) return fromAuthorizationResponse(error);
  if (error instanceof oauth.OperationProcessingError && error.cause instanceof Response) {
    const byStatus = fromStatus(error.cause.status);
    if (byStatus !== null) return byStatus;
  }
  if (error instanceof oauth.OperationProcessingError || error instanceof oauth.UnsupportedOperationError) {
    return new StudioError('unexpected_response', 'The Firstup sign-in server answered with something Content Studio cannot read.');
  }
  // fetch fails with a plain TypeError; oauth4webapi's own TypeErrors (bad arguments: our bug) carry a `code`.
  if ((error instanceof TypeError && !Object.hasOwn(error, 'code')) || (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))) {
    return new StudioError('offline', 'The Firstup sign-in server cannot be reached. Check the network and try again.');
  }
  return new StudioError('internal', 'Signing in failed unexpectedly.');
}
