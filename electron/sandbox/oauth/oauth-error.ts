import type { ApiResponse } from '../http/route-table.js';

/** RFC 6749 §4.1.2.1 and §5.2 error codes the sandbox answers with. */
export type OAuthErrorCode =
  | 'invalid_request'
  | 'invalid_client'
  | 'invalid_grant'
  | 'unauthorized_client'
  | 'unsupported_grant_type'
  | 'unsupported_response_type'
  | 'invalid_scope'
  | 'access_denied';

/**
 * An OAuth failure. The auth server answers `{"error", "error_description"}`
 * (RFC 6749 §5.2), never the partner API's `{"errors": […]}` body, so these
 * are caught in the OAuth handlers rather than by the server pipeline.
 * Descriptions must never quote a secret, code, token or verifier.
 */
export class OAuthError extends Error {
  constructor(
    readonly error: OAuthErrorCode,
    readonly description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

/** RFC 6749 §5.1 asks for both on token responses, errors included. */
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const;

export function oauthErrorResponse(error: OAuthError): ApiResponse {
  return { status: error.status, body: { error: error.error, error_description: error.description }, headers: { ...NO_STORE, ...error.headers } };
}
