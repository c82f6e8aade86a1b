import { issueTokens, revokeFamily, sha256 } from '../auth/token-store.js';
import type { GrantHandler } from './grant-context.js';
import { OAuthError } from './oauth-error.js';
import { requiredParam } from './request-params.js';
import { resolveScope } from './scopes.js';
import { tokenResponse } from './token-response.js';

const invalidGrant = (description: string) => new OAuthError('invalid_grant', description);

/**
 * RFC 6749 §6 with rotation (RFC 9700 §4.14.2): each refresh token works
 * once and is replaced by one in the same family. A used one coming back
 * means two parties hold the family, so all of it is revoked.
 */
export const refreshTokenGrant: GrantHandler = ({ runtime, client, params }) => {
  const { state, clock } = runtime;
  const hash = sha256(requiredParam(params, 'refresh_token'));
  const record = state.auth.refresh_tokens.find((candidate) => candidate.token_sha256 === hash);
  if (record === undefined || record.client_id !== client.id) throw invalidGrant('The refresh token is not valid for this client.');
  if (record.status === 'revoked') throw invalidGrant('The refresh token has been revoked. Sign in again.');
  if (record.status === 'used') {
    revokeFamily(state, record.family_id);
    throw invalidGrant('The refresh token was already used; every token from this sign-in is now revoked. Sign in again.');
  }
  const scope = resolveScope(params.get('scope'), record.scope.split(' '));
  record.status = 'used';
  const issued = issueTokens(state, clock, {
    clientId: client.id,
    userId: record.user_id,
    scope,
    ttlSeconds: runtime.options.tokenTtl,
    refresh: { familyId: record.family_id },
  });
  // A narrower access token must not narrow the grant: the new refresh token keeps the original scope (RFC 6749 §6).
  const successorHash = sha256(issued.refresh_token ?? '');
  const successor = state.auth.refresh_tokens.find((candidate) => candidate.token_sha256 === successorHash);
  if (successor !== undefined) successor.scope = record.scope;
  return tokenResponse(runtime, issued, scope);
};
