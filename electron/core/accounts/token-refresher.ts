import { StudioError } from '../../../shared/ipc/studio-error.js';
import type { Logger } from '../logging/logger.js';
import type { Grant } from './token-grant.js';
import type { TokenVault } from './token-vault.js';

export interface TokenRefresherDeps {
  readonly vault: TokenVault;
  readonly now: () => number;
  readonly logger: Logger;
  /** One token request with the stored credential (refresh token, or the client secret for server sign-ins). */
  renew(programId: string): Promise<Grant>;
  /** The stored credential was refused or is gone: forget it and tell the user. */
  signInNeeded(programId: string): Promise<void>;
}

export interface TokenRefresher {
  accessToken(programId: string): Promise<string>;
  afterUnauthorized(programId: string, rejectedToken: string): Promise<string>;
}

export const signInNeededError = () => new StudioError('sign_in_needed', 'Sign in to this program again; queued work waits.');

/**
 * Keeps each program's access token fresh. Refreshes are single-flight per
 * program: with rotation, two concurrent refreshes would present the same
 * refresh token twice and the server would revoke the whole family
 * (RFC 9700 §4.14), so every caller waits for the one request in flight.
 */
export function createTokenRefresher(deps: TokenRefresherDeps): TokenRefresher {
  const { vault, now, logger } = deps;
  const inFlight = new Map<string, Promise<string>>();

  async function run(programId: string): Promise<string> {
    const generation = vault.generation(programId);
    let grant: Grant;
    try {
      grant = await deps.renew(programId);
    } catch (error) {
      if (error instanceof StudioError && error.code === 'sign_in_needed' && vault.generation(programId) === generation) {
        logger.warn('A program needs a new sign-in', { program: programId });
        await deps.signInNeeded(programId);
      }
      throw error;
    }
    if (vault.generation(programId) !== generation) {
      // Signed out, or signed in anew, while this request ran: the newer state wins.
      const held = vault.accessToken(programId);
      if (held === undefined) throw signInNeededError();
      return held.token;
    }
    await vault.keep(programId, grant);
    logger.info('Access token renewed', { program: programId });
    return grant.accessToken;
  }

  function refresh(programId: string): Promise<string> {
    const running = inFlight.get(programId);
    if (running !== undefined) return running;
    const started = run(programId).finally(() => inFlight.delete(programId));
    inFlight.set(programId, started);
    return started;
  }

  return {
    async accessToken(programId) {
      const held = vault.accessToken(programId);
      if (held !== undefined && now() < held.refreshAt) return held.token;
      try {
        return await refresh(programId);
      } catch (error) {
        // An early refresh that fails for a passing reason (offline, 5xx) leaves the current token usable until it expires.
        const stillHeld = vault.accessToken(programId);
        const passing = !(error instanceof StudioError && error.code === 'sign_in_needed');
        if (passing && stillHeld !== undefined && stillHeld.token === held?.token && now() < stillHeld.expiresAt) return stillHeld.token;
        throw error;
      }
    },
    afterUnauthorized(programId, rejectedToken) {
      const held = vault.accessToken(programId);
      if (held !== undefined && held.token !== rejectedToken && now() < held.expiresAt) return Promise.resolve(held.token);
      return refresh(programId);
    },
  };
}
