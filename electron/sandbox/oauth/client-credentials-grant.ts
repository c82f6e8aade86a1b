import { issueTokens } from '../auth/token-store.js';
import type { GrantHandler } from './grant-context.js';
import { OAuthError } from './oauth-error.js';
import { resolveScope } from './scopes.js';
import { tokenResponse } from './token-response.js';

/** RFC 6749 §4.4: no user and no refresh token; the client asks again when the token expires. */
export const clientCredentialsGrant: GrantHandler = ({ runtime, client, params }) => {
  if (client.serviceUserId === null) throw new OAuthError('unauthorized_client', `${client.id} has no service identity to act as.`);
  const scope = resolveScope(params.get('scope'));
  const issued = issueTokens(runtime.state, runtime.clock, {
    clientId: client.id,
    userId: client.serviceUserId,
    scope,
    ttlSeconds: runtime.options.tokenTtl,
    refresh: null,
  });
  return tokenResponse(runtime, issued, scope);
};
