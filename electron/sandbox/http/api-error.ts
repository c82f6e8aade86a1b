/**
 * The sandbox's one error body (the real API's is UNKNOWN, REFERENCE.md §3.3):
 *
 *   { "errors": [ { "status": 400, "code": "validation_failed", "message": "…", "field": "title" } ] }
 *
 * `field` is present when one input field is at fault.
 */
export type ApiErrorCode =
  | 'invalid_json'
  | 'validation_failed'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'invalid_transition'
  | 'payload_too_large'
  | 'rate_limited'
  | 'server_error'
  | 'service_unavailable';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): { errors: { status: number; code: ApiErrorCode; message: string; field?: string }[] } {
    return { errors: [{ status: this.status, code: this.code, message: this.message, ...(this.field === undefined ? {} : { field: this.field }) }] };
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} was not found in this program.`);

export const validationError = (message: string, field?: string) => new ApiError(400, 'validation_failed', message, field);
