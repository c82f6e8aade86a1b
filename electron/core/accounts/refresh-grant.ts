import * as oauth from 'oauth4webapi';
import { authorizationServerFor, tokenRequestOptions } from './authorization-server.js';
import { oauthFailure } from './oauth-failure.js';
import type { TokenEndpointContext } from './server-sign-in.js';
import { grantFrom, type Grant } from './token-grant.js';

/**
 * The refresh-token grant for the public desktop client. Its parameters are
 * UNKNOWN at Firstup (REFERENCE.md §2.3); this is the standard RFC 6749 §6
 * form, which the sandbox honours. The answer may carry a new refresh token
 * (rotation); the caller must keep it before using the access token.
 */
export async function refreshTokenGrant(context: TokenEndpointContext, clientId: string, refreshToken: string): Promise<Grant> {
  const as = authorizationServerFor(context.endpoints);
  const client: oauth.Client = { client_id: clientId };
  try {
    const options = tokenRequestOptions(as, context.fetch);
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, options);
    const receivedAt = context.now();
    return grantFrom(await oauth.processRefreshTokenResponse(as, client, response), receivedAt);
  } catch (error) {
    throw oauthFailure(error, 'refresh');
  }
}
