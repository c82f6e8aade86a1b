import type { RouteTable } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { authorizeDecision, authorizePage } from './authorize-endpoint.js';
import { createPendingRequests } from './pending-requests.js';
import { SIGN_IN_STYLESHEET_PATH } from './sign-in-page.js';
import { signInStylesheet } from './sign-in-style.js';
import { tokenEndpoint } from './token-endpoint.js';

/**
 * The auth server (REFERENCE.md §2.2): the token endpoint for client
 * credentials, authorization code + PKCE and refresh, and the authorization
 * endpoint with its sign-in page.
 */
export function registerOAuthRoutes(table: RouteTable<null>, runtime: SandboxRuntime): void {
  // In memory on purpose: a half-finished sign-in need not survive a restart, and the page never holds its details.
  const pending = createPendingRequests(runtime.clock);
  table
    .add('POST', '/oauth/token', tokenEndpoint(runtime))
    .add('GET', '/oauth/authorize', authorizePage(runtime, pending))
    .add('POST', '/oauth/authorize', authorizeDecision(runtime, pending))
    .add('GET', SIGN_IN_STYLESHEET_PATH, signInStylesheet);
}
