import * as oauth from 'oauth4webapi';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { authorizationServerFor, tokenRequestOptions } from './authorization-server.js';
import { startLoopbackReceiver } from './loopback-receiver.js';
import { oauthFailure } from './oauth-failure.js';
import type { TokenEndpointContext } from './server-sign-in.js';
import { grantFrom, type Grant } from './token-grant.js';

/** The authorization code lives 10 minutes (REFERENCE.md §2.5); waiting longer is pointless. */
export const SIGN_IN_TIMEOUT_MS = 10 * 60 * 1000;

export interface UserSignInRequest {
  readonly clientId: string;
  readonly scope: string;
  /** Firstup's program id when already known: it picks the program the token is bound to (REFERENCE.md §2.4). */
  readonly remoteProgramId?: string;
  /** Opens the URL in the system browser (RFC 8252 §8.12: never an embedded view). */
  readonly openAuthorizationUrl: (url: string) => Promise<void>;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

function authorizationUrl(as: oauth.AuthorizationServer, request: UserSignInRequest, redirectUri: string, challenge: string, state: string): string {
  const url = new URL(String(as.authorization_endpoint));
  url.searchParams.set('client_id', request.clientId);
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('response_mode', 'query');
  url.searchParams.set('scope', request.scope);
  url.searchParams.set('state', state);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (request.remoteProgramId !== undefined) url.searchParams.set('program_id', request.remoteProgramId);
  return url.href;
}

/**
 * The callback's parameters once they prove to answer this request: the
 * state matches (Firstup asks for the check even with PKCE) and `iss`, when
 * sent, names this server. Anything else is refused before any token request.
 */
function acceptedCallback(as: oauth.AuthorizationServer, client: oauth.Client, callback: URL, state: string): URLSearchParams {
  try {
    return oauth.validateAuthResponse(as, client, callback, state);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) throw oauthFailure(error, 'user-sign-in');
    throw new StudioError('sign_in_needed', 'The browser came back with an answer that does not belong to this sign-in, so it was refused. Start again.', {
      reason: 'state_mismatch',
    });
  }
}

/**
 * Authorization code + PKCE S256 through the system browser and a one-shot
 * loopback listener (RFC 8252, SECURITY-RESEARCH.md §2.2). The verifier and
 * state are fresh per attempt and never leave this function; the code is
 * exchanged exactly once, and a failed exchange means starting again.
 */
export async function authorizationCodeSignIn(context: TokenEndpointContext, request: UserSignInRequest): Promise<Grant> {
  const as = authorizationServerFor(context.endpoints);
  const client: oauth.Client = { client_id: request.clientId };
  const receiver = await startLoopbackReceiver({ timeoutMs: request.timeoutMs, ...(request.signal === undefined ? {} : { signal: request.signal }) });
  let callback: URL;
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  try {
    const challenge = await oauth.calculatePKCECodeChallenge(verifier);
    await request.openAuthorizationUrl(authorizationUrl(as, request, receiver.redirectUri, challenge, state)).catch(() => {
      throw new StudioError('sign_in_needed', 'The browser could not be opened to sign in.', { reason: 'browser_not_opened' });
    });
    callback = await receiver.callback;
  } finally {
    receiver.close();
  }
  const parameters = acceptedCallback(as, client, callback, state);
  try {
    const options = tokenRequestOptions(as, context.fetch);
    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), parameters, receiver.redirectUri, verifier, options);
    const receivedAt = context.now();
    return grantFrom(await oauth.processAuthorizationCodeResponse(as, client, response), receivedAt);
  } catch (error) {
    throw oauthFailure(error, 'user-sign-in');
  }
}
