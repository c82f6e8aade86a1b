import type { Logger } from '../logging/logger.js';
import type { SecretStore } from './secret-store.js';
import type { Grant } from './token-grant.js';

export interface HeldAccessToken {
  readonly token: string;
  readonly refreshAt: number;
  readonly expiresAt: number;
}

/**
 * Every program's credentials, keyed by the program's local id so one
 * program's token can never be handed out for another. Access tokens stay in
 * memory; refresh tokens and client secrets go to the SecretStore, with a
 * memory copy so a failed write cannot lose a freshly rotated refresh token.
 */
export interface TokenVault {
  accessToken(programId: string): HeldAccessToken | undefined;
  refreshToken(programId: string): Promise<string | null>;
  clientSecret(programId: string): Promise<string | null>;
  /** Persists a rotated refresh token before the new access token becomes visible. */
  keep(programId: string, grant: Grant): Promise<void>;
  keepClientSecret(programId: string, secret: string): Promise<void>;
  /** Access and refresh tokens; the client secret stays (a server sign-in can run again). */
  forgetTokens(programId: string): Promise<void>;
  forgetAll(programId: string): Promise<void>;
  /** A secret exists for this program but could not be read: the program needs a new sign-in. */
  unreadable(programId: string): boolean;
  /** Changes whenever credentials are replaced or forgotten, so a late refresh result can tell it is stale. */
  generation(programId: string): number;
}

export const refreshKey = (programId: string) => `accounts/${programId}/refresh-token`;
export const secretKey = (programId: string) => `accounts/${programId}/client-secret`;

export function createTokenVault(secrets: SecretStore, logger: Logger): TokenVault {
  const accessTokens = new Map<string, HeldAccessToken>();
  const remembered = new Map<string, string>();
  const failedReads = new Set<string>();
  const generations = new Map<string, number>();
  const bump = (programId: string) => generations.set(programId, (generations.get(programId) ?? 0) + 1);

  async function read(key: string): Promise<string | null> {
    const known = remembered.get(key);
    if (known !== undefined) return known;
    try {
      return await secrets.get(key);
    } catch {
      failedReads.add(key);
      logger.warn('A stored sign-in secret could not be read; the program must be signed in again');
      return null;
    }
  }

  async function write(key: string, value: string): Promise<void> {
    remembered.set(key, value);
    failedReads.delete(key);
    try {
      await secrets.set(key, value);
    } catch {
      logger.warn('A sign-in secret could not be saved; it is kept for this session only');
    }
  }

  async function forget(key: string): Promise<void> {
    remembered.delete(key);
    failedReads.delete(key);
    try {
      await secrets.delete(key);
    } catch {
      logger.warn('A stored sign-in secret could not be deleted');
    }
  }

  return {
    accessToken: (programId) => accessTokens.get(programId),
    refreshToken: (programId) => read(refreshKey(programId)),
    clientSecret: (programId) => read(secretKey(programId)),
    async keep(programId, grant) {
      bump(programId);
      if (grant.refreshToken !== undefined) await write(refreshKey(programId), grant.refreshToken);
      accessTokens.set(programId, { token: grant.accessToken, refreshAt: grant.refreshAt, expiresAt: grant.expiresAt });
    },
    keepClientSecret: (programId, secret) => write(secretKey(programId), secret),
    async forgetTokens(programId) {
      bump(programId);
      accessTokens.delete(programId);
      await forget(refreshKey(programId));
    },
    async forgetAll(programId) {
      bump(programId);
      accessTokens.delete(programId);
      await Promise.all([forget(refreshKey(programId)), forget(secretKey(programId))]);
    },
    unreadable: (programId) =>
      [refreshKey(programId), secretKey(programId)].some((key) => failedReads.has(key) || secrets.isUnreadable(key)),
    generation: (programId) => generations.get(programId) ?? 0,
  };
}
