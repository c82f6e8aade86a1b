import { timingSafeEqual } from 'node:crypto';
import { sha256 } from '../auth/token-store.js';
import { SANDBOX_USERS } from '../seed/seed-people.js';

export type GrantType = 'client_credentials' | 'authorization_code' | 'refresh_token';

export interface OAuthClient {
  readonly id: string;
  /** Null for a public client: an installed app cannot keep a secret (RFC 8252 §8.5). */
  readonly secretSha256: string | null;
  readonly grants: readonly GrantType[];
  /** Whom a client-credentials token acts as. */
  readonly serviceUserId: number | null;
}

/** The README publishes both; there is no registration endpoint, as at Firstup. */
const clients: ReadonlyMap<string, OAuthClient> = new Map([
  ['sandbox-client', { id: 'sandbox-client', secretSha256: sha256('sandbox-secret'), grants: ['client_credentials'], serviceUserId: SANDBOX_USERS.service.id }],
  ['sandbox-desktop', { id: 'sandbox-desktop', secretSha256: null, grants: ['authorization_code', 'refresh_token'], serviceUserId: null }],
]);

export const DESKTOP_CLIENT_ID = 'sandbox-desktop';

export function findClient(id: string): OAuthClient | undefined {
  return clients.get(id);
}

/** Compares hashes so the time taken says nothing about how much of the secret was right. */
export function secretMatches(client: OAuthClient, secret: string): boolean {
  if (client.secretSha256 === null) return false;
  return timingSafeEqual(Buffer.from(sha256(secret), 'hex'), Buffer.from(client.secretSha256, 'hex'));
}
