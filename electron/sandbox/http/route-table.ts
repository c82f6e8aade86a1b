import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

export interface ApiResponse {
  status: number;
  /** Serialised as JSON; omitted for 204 and redirects. */
  body?: unknown;
  /** Sent as it is instead of `body` (the sign-in page's HTML); give its Content-Type in `headers`. */
  text?: string;
  headers?: Record<string, string>;
}

export interface RequestContext<Auth = unknown> {
  readonly method: string;
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly request: IncomingMessage;
  /** Who is calling, set by the layer that authenticated the request. */
  readonly auth: Auth;
  /** The JSON body; malformed JSON and oversized bodies throw a 400/413 ApiError. */
  json(): Promise<unknown>;
  /** The raw body, for the OAuth endpoints' form encodings. */
  raw(): Promise<Buffer>;
}

export type RouteHandler<Auth> = (context: RequestContext<Auth>) => ApiResponse | Promise<ApiResponse>;

interface Route<Auth> {
  method: string;
  segments: string[];
  handler: RouteHandler<Auth>;
}

/** Method + path patterns (`/v2/content/:id/images/:imageId`) to handlers. */
export class RouteTable<Auth> {
  private readonly routes: Route<Auth>[] = [];

  add(method: string, pattern: string, handler: RouteHandler<Auth>): this {
    this.routes.push({ method, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** The handler and path parameters, or a 404/405 ApiError. */
  match(method: string, path: string): { handler: RouteHandler<Auth>; params: Record<string, string> } {
    const segments = path.split('/').filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (params === null) continue;
      pathMatched = true;
      if (route.method === method) return { handler: route.handler, params };
    }
    if (pathMatched) throw new ApiError(405, 'method_not_allowed', `${method} is not allowed on ${path}.`);
    throw new ApiError(404, 'not_found', `There is no endpoint at ${path}.`);
  }
}

function matchSegments(pattern: readonly string[], actual: readonly string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i]!;
    const value = actual[i]!;
    if (expected.startsWith(':')) {
      try {
        params[expected.slice(1)] = decodeURIComponent(value);
      } catch {
        return null;
      }
    } else if (expected !== value) return null;
  }
  return params;
}
