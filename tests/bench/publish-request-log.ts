/**
 * Every request the client sends, as the sandbox answers it: when it left
 * (after the request budget let it go), what it was, and the status. The
 * log wraps the client's `fetch`, so it counts exactly what the API would.
 */

export type RequestKind = 'list' | 'create' | 'read' | 'update' | 'transition' | 'other';

export interface LoggedRequest {
  /** On the run's clock (wall or simulated), in milliseconds. */
  readonly at: number;
  readonly kind: RequestKind;
  readonly status: number;
}

export interface RequestLog {
  readonly entries: LoggedRequest[];
  readonly fetch: typeof globalThis.fetch;
}

function kindOf(method: string, path: string): RequestKind {
  if (!path.startsWith('/v2/content')) return 'other';
  if (/\/(publish|review|draft|archive)$/.test(path)) return 'transition';
  if (method === 'POST' && path === '/v2/content') return 'create';
  if (method === 'GET') return path === '/v2/content' ? 'list' : 'read';
  return method === 'PUT' && /^\/v2\/content\/[^/]+$/.test(path) ? 'update' : 'other';
}

/**
 * `hold`: wraps the whole exchange (answer and body), for a simulated clock
 * that must not move while a request is in flight. The body is then read
 * inside it and handed on in a fresh Response.
 */
export function createRequestLog(now: () => number, hold?: <T>(work: () => Promise<T>) => Promise<T>): RequestLog {
  const entries: LoggedRequest[] = [];
  const logged: typeof globalThis.fetch = async (input, init) => {
    const at = now();
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = init?.method ?? 'GET';
    const response = await globalThis.fetch(input, init);
    entries.push({ at, kind: kindOf(method, url.pathname), status: response.status });
    if (hold === undefined) return response;
    const text = await response.text();
    return new Response(text === '' ? null : text, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { entries, fetch: hold === undefined ? logged : (input, init) => hold(() => logged(input, init)) };
}
