import { issueTokens, revokeFamily, sha256 } from '../auth/token-store.js';
import type { GrantHandler } from './grant-context.js';
import { OAuthError } from './oauth-error.js';
import { isCodeVerifier, verifierMatches } from './pkce.js';
import { requiredParam } from './request-params.js';
import { tokenResponse } from './token-response.js';

const invalidGrant = (description: string) => new OAuthError('invalid_grant', description);

/** RFC 6749 §4.1.3 with RFC 7636 §4.6: the code, once, by its client, with its redirect and verifier. */
export const authorizationCodeGrant: GrantHandler = ({ runtime, client, params }) => {
  const code = requiredParam(params, 'code');
  const redirectUri = requiredParam(params, 'redirect_uri');
  const verifier = requiredParam(params, 'code_verifier');
  if (!isCodeVerifier(verifier)) throw new OAuthError('invalid_request', 'code_verifier must be 43 to 128 characters from A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.1).');
  const { state, clock } = runtime;
  const hash = sha256(code);
  const record = state.auth.codes.find((candidate) => candidate.code_sha256 === hash);
  if (record === undefined) throw invalidGrant('The authorization code is not valid.');
  if (record.used) {
    // A second use means the code may have leaked: what the first use got goes too (RFC 6749 §4.1.2).
    if (record.family_id !== null) revokeFamily(state, record.family_id);
    throw invalidGrant('The authorization code was already used; the tokens issued for it are now revoked. Sign in again.');
  }
  if (record.expires_at <= clock.now()) throw invalidGrant('The authorization code has expired (codes live 10 minutes). Sign in again.');
  if (record.client_id !== client.id) throw invalidGrant('The authorization code was issued to another client.');
  if (record.redirect_uri !== redirectUri) throw invalidGrant('redirect_uri is not the one the authorization request used.');
  if (!verifierMatches(verifier, record.code_challenge)) throw invalidGrant('code_verifier does not match the code_challenge (S256).');
  record.used = true;
  const issued = issueTokens(state, clock, {
    clientId: client.id,
    userId: record.user_id,
    scope: record.scope,
    ttlSeconds: runtime.options.tokenTtl,
    refresh: {},
  });
  record.family_id = issued.family_id;
  return tokenResponse(runtime, issued, record.scope);
};
