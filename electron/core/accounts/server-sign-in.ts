import * as oauth from 'oauth4webapi';
import type { ProgramEndpoints } from '../../../shared/accounts/program-schema.js';
import { authorizationServerFor, tokenRequestOptions } from './authorization-server.js';
import type { Fetch } from './lenient-token-fetch.js';
import { oauthFailure, type OAuthStep } from './oauth-failure.js';
import { grantFrom, type Grant } from './token-grant.js';

export interface TokenEndpointContext {
  readonly endpoints: ProgramEndpoints;
  readonly fetch: Fetch;
  /** Milliseconds; the clock token lifetimes are measured against. */
  readonly now: () => number;
}

/**
 * Client credentials (REFERENCE.md §2.3): the token acts with Program
 * Manager rights and names no person. Firstup's example posts the secret as
 * a form field, so ClientSecretPost. No `scope` is sent: whether Firstup
 * takes one here is UNKNOWN (§2.7), and scopes are fixed at registration.
 * Used for the first sign-in and, with the stored secret, instead of a
 * refresh (this grant issues no refresh token).
 */
export async function clientCredentialsGrant(
  context: TokenEndpointContext,
  credentials: { clientId: string; clientSecret: string },
  step: OAuthStep,
): Promise<Grant> {
  const as = authorizationServerFor(context.endpoints);
  const client: oauth.Client = { client_id: credentials.clientId };
  try {
    const options = tokenRequestOptions(as, context.fetch);
    const response = await oauth.clientCredentialsGrantRequest(as, client, oauth.ClientSecretPost(credentials.clientSecret), {}, options);
    const receivedAt = context.now();
    // The grant is re-run with the stored secret instead; a refresh token here would be one more secret to keep for nothing.
    const { refreshToken: _unused, ...grant } = grantFrom(await oauth.processClientCredentialsResponse(as, client, response), receivedAt);
    return grant;
  } catch (error) {
    throw oauthFailure(error, step);
  }
}
