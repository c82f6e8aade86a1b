import type { IssuedTokens } from '../auth/token-store.js';
import type { ApiResponse } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import { NO_STORE } from './oauth-error.js';

/** RFC 6749 §5.1, plus the program the token is bound to. */
export function tokenResponse(runtime: SandboxRuntime, issued: IssuedTokens, scope: string): ApiResponse {
  return {
    status: 200,
    headers: { ...NO_STORE },
    body: {
      access_token: issued.access_token,
      token_type: 'Bearer',
      expires_in: issued.expires_in,
      scope,
      ...(issued.refresh_token === undefined ? {} : { refresh_token: issued.refresh_token }),
      // The sandbox's pick: Firstup's name for this field is UNKNOWN (REFERENCE.md §2.6) and
      // third-party code reads `realm`, so clients should confirm the program with X-Program-Id.
      program_id: runtime.state.program.id,
    },
  };
}
