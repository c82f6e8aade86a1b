import { ApiError } from '../http/api-error.js';
import type { RequestContext } from '../http/route-table.js';
import { OAuthError } from './oauth-error.js';

/** Token and consent forms are a few hundred bytes; anything near this is not one. */
const MAX_FORM_BYTES = 64 * 1024;
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** One OAuth request's parameters, read the way RFC 6749 §3.1–3.2 asks. */
export interface OAuthParams {
  /** The value, or undefined when absent or empty (an empty parameter counts as omitted); repeated → invalid_request. */
  get(name: string): string | undefined;
}

export function paramsOf(entries: Iterable<[string, string]>): OAuthParams {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  return {
    get(name) {
      const found = values.get(name);
      if (found !== undefined && found.length > 1) throw new OAuthError('invalid_request', `The parameter ${name} is given more than once.`);
      return found?.[0] === '' ? undefined : found?.[0];
    },
  };
}

/**
 * The form body, as curl sends it with `-d` (urlencoded) or `-F` (multipart,
 * Firstup's own example). Parsing is left to undici's `Request.formData()`,
 * which Node ships and keeps, instead of a hand-written multipart parser.
 */
export async function readFormParams(context: RequestContext<null>): Promise<OAuthParams> {
  const contentType = context.request.headers['content-type'] ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!FORM_TYPES.includes(mediaType)) {
    throw new OAuthError('invalid_request', 'Send the parameters as application/x-www-form-urlencoded or multipart/form-data.');
  }
  const raw = await context.raw().catch((error: unknown) => {
    if (error instanceof ApiError) throw new OAuthError('invalid_request', 'The request body is too large.', 413);
    throw error;
  });
  if (raw.length > MAX_FORM_BYTES) throw new OAuthError('invalid_request', 'The request body is too large.', 413);
  let form: FormData;
  try {
    form = await new Request('http://sandbox.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: new Uint8Array(raw) }).formData();
  } catch {
    throw new OAuthError('invalid_request', `The body is not valid ${mediaType}.`);
  }
  const entries: [string, string][] = [];
  for (const [name, value] of form) {
    if (typeof value !== 'string') throw new OAuthError('invalid_request', 'Parameters must be text fields, not files.');
    entries.push([name, value]);
  }
  return paramsOf(entries);
}

export function requiredParam(params: OAuthParams, name: string): string {
  const value = params.get(name);
  if (value === undefined) throw new OAuthError('invalid_request', `The parameter ${name} is required.`);
  return value;
}
