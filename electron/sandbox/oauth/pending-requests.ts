import { randomBytes } from 'node:crypto';
import type { SandboxClock } from '../sandbox-clock.js';

/** A checked authorization request, waiting for the person's choice on the sign-in page. */
export interface AuthorizationRequest {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly state: string;
  readonly scope: string;
  readonly codeChallenge: string;
}

export interface PendingRequests {
  /** Keeps the request server-side; the page carries only the returned id. */
  add(request: AuthorizationRequest): string;
  /** The request, once: a second take, or one after 10 minutes, gets null. */
  take(id: string): AuthorizationRequest | null;
}

const LIFETIME_MS = 10 * 60 * 1000;
/** Every GET of the page adds one, unauthenticated; the cap keeps a loop from growing memory. */
const MAX_PENDING = 1_000;

export function createPendingRequests(clock: SandboxClock): PendingRequests {
  const pending = new Map<string, { request: AuthorizationRequest; expiresAt: number }>();
  return {
    add(request) {
      const now = clock.now();
      for (const [id, entry] of pending) if (entry.expiresAt <= now) pending.delete(id);
      for (const id of pending.keys()) {
        if (pending.size < MAX_PENDING) break;
        pending.delete(id);
      }
      const id = randomBytes(32).toString('base64url');
      pending.set(id, { request, expiresAt: now + LIFETIME_MS });
      return id;
    },
    take(id) {
      const entry = pending.get(id);
      pending.delete(id);
      return entry === undefined || entry.expiresAt <= clock.now() ? null : entry.request;
    },
  };
}
