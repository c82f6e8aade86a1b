import type { TokenEndpointResponse } from 'oauth4webapi';
import { remoteProgramIdSchema } from '../../../shared/accounts/program-schema.js';

/** REFERENCE.md §2.5: access tokens live 2 hours; used when `expires_in` is missing (§2.6 says not to rely on it). */
export const FALLBACK_LIFETIME_SECONDS = 2 * 60 * 60;
/** Refresh once 90 % of the lifetime has passed, so a request never leaves with a token about to die. */
const REFRESH_AT_FRACTION = 0.9;

/** One token response, reduced to what the studio keeps. Times are in the injected clock's milliseconds. */
export interface Grant {
  readonly accessToken: string;
  readonly refreshAt: number;
  readonly expiresAt: number;
  readonly refreshToken?: string;
  /** Firstup's id of the program the token is bound to, when the response says. */
  readonly remoteProgramId?: string;
}

/**
 * The program a token is bound to. UNKNOWN (REFERENCE.md §2.6, §9.1): the
 * sandbox answers `program_id`; third-party code reads `realm`. Either is
 * taken when it looks like an id; X-Program-Id on API responses confirms it.
 */
function remoteProgramIdOf(response: TokenEndpointResponse): string | undefined {
  for (const field of ['program_id', 'realm']) {
    const value = response[field];
    const parsed = remoteProgramIdSchema.safeParse(typeof value === 'number' ? String(value) : value);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

export function grantFrom(response: TokenEndpointResponse, receivedAt: number): Grant {
  const expiresIn = response.expires_in;
  const lifetimeSeconds = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : FALLBACK_LIFETIME_SECONDS;
  const remoteProgramId = remoteProgramIdOf(response);
  return {
    accessToken: response.access_token,
    refreshAt: receivedAt + lifetimeSeconds * 1000 * REFRESH_AT_FRACTION,
    expiresAt: receivedAt + lifetimeSeconds * 1000,
    ...(response.refresh_token === undefined ? {} : { refreshToken: response.refresh_token }),
    ...(remoteProgramId === undefined ? {} : { remoteProgramId }),
  };
}
