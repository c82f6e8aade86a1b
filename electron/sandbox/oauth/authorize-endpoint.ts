import { newSecret, sha256 } from '../auth/token-store.js';
import type { ApiResponse, RouteHandler } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { redirectToClient } from './authorization-redirect.js';
import { checkAuthorizationRequest, checkRedirectTarget } from './authorization-request.js';
import { OAuthError } from './oauth-error.js';
import type { AuthorizationRequest, PendingRequests } from './pending-requests.js';
import { paramsOf, readFormParams, type OAuthParams } from './request-params.js';
import { errorPage, SIGN_IN_USERS, signInPage } from './sign-in-page.js';

/** REFERENCE.md §2.5. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

/** A repeated state is itself the error being reported; the redirect then goes back without one. */
function stateOf(params: OAuthParams): string | undefined {
  try {
    return params.get('state');
  } catch {
    return undefined;
  }
}

/** `GET /oauth/authorize`: checks the request, then shows the sign-in page. */
export function authorizePage(runtime: SandboxRuntime, pending: PendingRequests): RouteHandler<null> {
  return (context) => {
    const params = paramsOf(context.query);
    let target: { clientId: string; redirectUri: string };
    try {
      target = checkRedirectTarget(params);
    } catch (error) {
      if (error instanceof OAuthError) return errorPage(error.description);
      throw error;
    }
    let request: AuthorizationRequest;
    try {
      request = checkAuthorizationRequest(params, target, runtime.state.program.id);
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      return redirectToClient(target.redirectUri, runtime.origin, { error: error.error, error_description: error.description, state: stateOf(params) });
    }
    return signInPage({
      programName: runtime.state.program.name,
      requestId: pending.add(request),
      scope: request.scope,
      redirectOrigin: new URL(request.redirectUri).origin,
    });
  };
}

function decide(runtime: SandboxRuntime, pending: PendingRequests, params: OAuthParams): ApiResponse {
  const requestId = params.get('request_id');
  const request = requestId === undefined ? null : pending.take(requestId);
  if (request === null) return errorPage('This sign-in request has expired or was already answered.');
  const decision = params.get('decision');
  if (decision === 'deny') {
    return redirectToClient(request.redirectUri, runtime.origin, { error: 'access_denied', error_description: 'The person declined to sign in.', state: request.state });
  }
  if (decision !== 'allow') return errorPage('Choose Allow or Deny.');
  const chosen = params.get('user_id');
  const user = SIGN_IN_USERS.find((candidate) => String(candidate.id) === chosen);
  if (user === undefined) return errorPage('Choose one of the people listed on the sign-in page.');
  const code = newSecret('sbx_ac');
  runtime.state.auth.codes.push({
    code_sha256: sha256(code),
    client_id: request.clientId,
    redirect_uri: request.redirectUri,
    user_id: user.id,
    scope: request.scope,
    code_challenge: request.codeChallenge,
    expires_at: runtime.clock.now() + CODE_LIFETIME_MS,
    used: false,
    family_id: null,
  });
  return redirectToClient(request.redirectUri, runtime.origin, { code, state: request.state });
}

/**
 * `POST /oauth/authorize`: the person's choice. Only the choice comes from
 * the form; the redirect, state and challenge come from the pending request.
 */
export function authorizeDecision(runtime: SandboxRuntime, pending: PendingRequests): RouteHandler<null> {
  return async (context) => {
    try {
      return decide(runtime, pending, await readFormParams(context));
    } catch (error) {
      if (error instanceof OAuthError) return errorPage(error.description);
      throw error;
    }
  };
}
