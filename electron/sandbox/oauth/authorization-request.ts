import { DESKTOP_CLIENT_ID, findClient } from './oauth-clients.js';
import { OAuthError } from './oauth-error.js';
import type { AuthorizationRequest } from './pending-requests.js';
import { isS256Challenge } from './pkce.js';
import { isLoopbackRedirect } from './redirect-uri.js';
import type { OAuthParams } from './request-params.js';
import { resolveScope } from './scopes.js';

const invalidRequest = (description: string) => new OAuthError('invalid_request', description);

/**
 * client_id and redirect_uri. Until both check out, errors are shown to the
 * person and never sent to the redirect, which could be anyone's
 * (RFC 6749 §4.1.2.1: no open redirector).
 */
export function checkRedirectTarget(params: OAuthParams): { clientId: string; redirectUri: string } {
  const clientId = params.get('client_id');
  if (clientId === undefined) throw invalidRequest('The request names no client (client_id is missing).');
  if (clientId !== DESKTOP_CLIENT_ID) {
    throw new OAuthError('unauthorized_client', findClient(clientId) === undefined ? 'The request names an unknown client.' : `${clientId} cannot sign people in; only ${DESKTOP_CLIENT_ID} can.`);
  }
  const redirectUri = params.get('redirect_uri');
  if (redirectUri === undefined) throw invalidRequest('The request has no redirect_uri.');
  if (!isLoopbackRedirect(redirectUri)) {
    throw invalidRequest('redirect_uri must be a loopback address with a port, such as http://127.0.0.1:<port>/<path>, http://[::1]:<port>/<path> or http://localhost:<port>/<path>.');
  }
  return { clientId, redirectUri };
}

/** The rest of the request (RFC 6749 §4.1.1, RFC 7636 §4.3); these errors may go back to the redirect. */
export function checkAuthorizationRequest(params: OAuthParams, target: { clientId: string; redirectUri: string }, hostedProgramId: number): AuthorizationRequest {
  const responseType = params.get('response_type');
  if (responseType === undefined) throw invalidRequest('response_type is missing; use code.');
  if (responseType !== 'code') throw new OAuthError('unsupported_response_type', 'Only response_type=code is supported.');
  if (params.get('code_challenge_method') !== 'S256') throw invalidRequest('PKCE is required with code_challenge_method=S256; plain is not accepted.');
  const codeChallenge = params.get('code_challenge');
  if (codeChallenge === undefined || !isS256Challenge(codeChallenge)) {
    throw invalidRequest('code_challenge must be base64url(SHA-256(code_verifier)) without padding: 43 characters.');
  }
  const state = params.get('state');
  if (state === undefined) throw invalidRequest('state is required.');
  const responseMode = params.get('response_mode');
  if (responseMode !== undefined && responseMode !== 'query') throw invalidRequest('Only response_mode=query is supported.');
  // Firstup's example URL names the program the token will be bound to (REFERENCE.md §2.4).
  const programId = params.get('program_id');
  if (programId !== undefined && programId !== String(hostedProgramId)) throw invalidRequest(`This sandbox hosts program ${hostedProgramId} only.`);
  return { ...target, state, scope: resolveScope(params.get('scope')), codeChallenge };
}
