import type { Logger } from '../logging/logger.js';
import type { AccessTokenProvider } from './access-token-provider.js';
import { endpointUrl, parseApiBaseUrl } from './api-base-url.js';
import { networkReason, toStudioError, type FirstupFailure } from './error-mapping.js';
import { redactHeaders } from './redact.js';
import type { RequestBudget, RequestPriority } from './request-budget.js';

export interface FirstupIdentity {
  programId: string;
  /** Null on answers given before the token was tied to a user (e.g. a 401). */
  userId: string | null;
}

export interface FirstupHttpOptions {
  apiBaseUrl: string;
  tokens: AccessTokenProvider;
  budget: RequestBudget;
  logger: Logger;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Told the program and user every answer names (`X-Program-Id`, `X-User-Id`), to confirm which program a token is bound to. */
  onIdentity?: (identity: FirstupIdentity) => void;
}

export interface FirstupRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Built by the endpoint functions with encoded segments; never a caller's URL. */
  path: string;
  query?: URLSearchParams;
  body?: unknown;
  priority: RequestPriority;
}

export interface FirstupReply {
  status: number;
  /** The parsed JSON body; undefined when the answer has none (204, or an empty 202). */
  json: unknown;
}

export type FirstupSend = (request: FirstupRequest) => Promise<FirstupReply>;

/**
 * Reads default to 'interactive' and writes to 'bulk', so the outbox cannot
 * starve a person's clicks; a caller acting for someone who is waiting (a
 * single "Publish now") passes 'interactive'.
 */
export interface CallOptions {
  priority?: RequestPriority;
}

export const readPriority = (options?: CallOptions): RequestPriority => options?.priority ?? 'interactive';
export const writePriority = (options?: CallOptions): RequestPriority => options?.priority ?? 'bulk';

interface RawReply {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * Sends one request the way every Firstup call must go: within the program's
 * budget, with a timeout, bearer token and JSON headers, one refresh-and-retry
 * after a 401 (no other retries: the outbox owns those), identity reporting,
 * a log line without secrets, and every failure mapped by toStudioError.
 */
export function createFirstupHttp({ apiBaseUrl, tokens, budget, logger, fetch = globalThis.fetch, timeoutMs = 30_000, onIdentity }: FirstupHttpOptions): FirstupSend {
  const base = parseApiBaseUrl(apiBaseUrl);

  function reportIdentity(headers: Headers): void {
    const programId = headers.get('x-program-id');
    if (programId === null || onIdentity === undefined) return;
    try {
      onIdentity({ programId, userId: headers.get('x-user-id') });
    } catch (error) {
      // A listener's bug must not turn a request Firstup already carried out into a failure the outbox would retry.
      logger.warn('Firstup identity listener failed', { error: String(error) });
    }
  }

  async function attempt(request: FirstupRequest, token: string): Promise<RawReply> {
    await budget.acquire(request.priority);
    const headers: Record<string, string> = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const label = `${request.method} ${request.path}`;
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    try {
      const response = await fetch(endpointUrl(base, request.path, request.query), {
        method: request.method,
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect could carry the request off HTTPS or to another host; Firstup documents none.
        redirect: 'manual',
      });
      const text = await response.text();
      logger.info(`Firstup ${label} → ${response.status} in ${elapsed()} ms`, { method: request.method, path: request.path, status: response.status, durationMs: elapsed() });
      reportIdentity(response.headers);
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      const reason = networkReason(error);
      logger.warn(`Firstup ${label} got no answer (${reason}) after ${elapsed()} ms`, { method: request.method, path: request.path, reason, requestHeaders: redactHeaders(headers) });
      throw toStudioError({ kind: 'network', reason });
    }
  }

  function fail(request: FirstupRequest, failure: FirstupFailure): never {
    const error = toStudioError(failure);
    logger.warn(`Firstup ${request.method} ${request.path} failed: ${error.code}`, { method: request.method, path: request.path, code: error.code, details: error.details });
    throw error;
  }

  return async (request) => {
    const token = await tokens.getAccessToken();
    let reply = await attempt(request, token);
    if (reply.status === 401) {
      // Exactly one refresh and one retry; a second 401 maps to sign_in_needed below.
      reply = await attempt(request, await tokens.refreshAfterUnauthorized(token));
    }
    if (reply.status < 200 || reply.status > 299) fail(request, { kind: 'status', ...reply });
    if (reply.text.trim() === '') return { status: reply.status, json: undefined };
    try {
      // Content-Type is not trusted either way: a proxy's HTML page fails to parse, and JSON labelled text/plain is still read.
      return { status: reply.status, json: JSON.parse(reply.text) as unknown };
    } catch {
      return fail(request, { kind: 'unreadable', status: reply.status, text: reply.text });
    }
  };
}
