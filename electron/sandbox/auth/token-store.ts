import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { AccessTokenRecord, SandboxState } from '../model.js';
import type { SandboxClock } from '../sandbox-clock.js';

/** Only hashes are kept (and persisted): a leaked data file holds no usable token. */
export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

export interface IssueRequest {
  clientId: string;
  userId: number;
  scope: string;
  ttlSeconds: number;
  /** User flows get a refresh token in a family; continue an existing family when rotating. */
  refresh: { familyId?: string } | null;
}

export interface IssuedTokens {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  family_id: string | null;
}

export function issueTokens(state: SandboxState, clock: SandboxClock, request: IssueRequest): IssuedTokens {
  const accessToken = newSecret('sbx_at');
  const familyId = request.refresh === null ? null : (request.refresh.familyId ?? randomUUID());
  state.auth.access_tokens.push({
    token_sha256: sha256(accessToken),
    client_id: request.clientId,
    user_id: request.userId,
    scope: request.scope,
    expires_at: clock.now() + request.ttlSeconds * 1000,
    family_id: familyId,
    revoked: false,
  });
  if (familyId === null) return { access_token: accessToken, expires_in: request.ttlSeconds, family_id: null };
  const refreshToken = newSecret('sbx_rt');
  state.auth.refresh_tokens.push({
    token_sha256: sha256(refreshToken),
    family_id: familyId,
    client_id: request.clientId,
    user_id: request.userId,
    scope: request.scope,
    status: 'active',
  });
  return { access_token: accessToken, refresh_token: refreshToken, expires_in: request.ttlSeconds, family_id: familyId };
}

/** A live access token's record, or null when unknown, expired or revoked. */
export function findAccessToken(state: SandboxState, clock: SandboxClock, token: string): AccessTokenRecord | null {
  const hash = sha256(token);
  const record = state.auth.access_tokens.find((candidate) => candidate.token_sha256 === hash);
  if (record === undefined || record.revoked || record.expires_at <= clock.now()) return null;
  return record;
}

/** Kills every access and refresh token of a family (refresh-token reuse, replayed code). */
export function revokeFamily(state: SandboxState, familyId: string): void {
  for (const record of state.auth.access_tokens) if (record.family_id === familyId) record.revoked = true;
  for (const record of state.auth.refresh_tokens) if (record.family_id === familyId) record.status = 'revoked';
}

/** `POST /_sandbox/revoke`: a user's every token, as when an admin removes their access. */
export function revokeUser(state: SandboxState, userId: number): number {
  let count = 0;
  for (const record of state.auth.access_tokens) {
    if (record.user_id === userId && !record.revoked) {
      record.revoked = true;
      count += 1;
    }
  }
  for (const record of state.auth.refresh_tokens) if (record.user_id === userId) record.status = 'revoked';
  return count;
}

/** Drops records that can never be used again, so a long-running sandbox does not grow without bound. */
export function pruneTokens(state: SandboxState, clock: SandboxClock): void {
  const now = clock.now();
  state.auth.access_tokens = state.auth.access_tokens.filter((record) => !record.revoked && record.expires_at > now);
  state.auth.codes = state.auth.codes.filter((record) => record.expires_at > now || (record.used && record.family_id !== null));
}
