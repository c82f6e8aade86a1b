import type { RouteHandler } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { authorizationCodeGrant } from './authorization-code-grant.js';
import { authenticateClient } from './client-auth.js';
import { clientCredentialsGrant } from './client-credentials-grant.js';
import type { GrantHandler } from './grant-context.js';
import type { GrantType } from './oauth-clients.js';
import { OAuthError, oauthErrorResponse } from './oauth-error.js';
import { refreshTokenGrant } from './refresh-token-grant.js';
import { readFormParams, requiredParam } from './request-params.js';

const grants: Record<GrantType, GrantHandler> = {
  client_credentials: clientCredentialsGrant,
  authorization_code: authorizationCodeGrant,
  refresh_token: refreshTokenGrant,
};

const isGrantType = (value: string): value is GrantType => Object.hasOwn(grants, value);

/** `POST /oauth/token`. */
export function tokenEndpoint(runtime: SandboxRuntime): RouteHandler<null> {
  return async (context) => {
    try {
      const params = await readFormParams(context);
      const grantType = requiredParam(params, 'grant_type');
      if (!isGrantType(grantType)) {
        throw new OAuthError('unsupported_grant_type', 'grant_type must be client_credentials, authorization_code or refresh_token.');
      }
      const client = authenticateClient(context.request, params);
      if (!client.grants.includes(grantType)) {
        throw new OAuthError('unauthorized_client', `${client.id} may use ${client.grants.join(' and ')}, not ${grantType}.`);
      }
      return grants[grantType]({ runtime, client, params });
    } catch (error) {
      if (error instanceof OAuthError) return oauthErrorResponse(error);
      throw error;
    }
  };
}
