import type { ApiResponse } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';
import type { OAuthClient } from './oauth-clients.js';
import type { OAuthParams } from './request-params.js';

/** What a grant handler gets once the client is authenticated and allowed the grant. */
export interface GrantContext {
  readonly runtime: SandboxRuntime;
  readonly client: OAuthClient;
  readonly params: OAuthParams;
}

export type GrantHandler = (context: GrantContext) => ApiResponse;
