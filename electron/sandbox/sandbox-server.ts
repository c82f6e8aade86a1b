import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerAdminRoutes } from './admin/admin-routes.js';
import { authenticate, type ApiAuth } from './auth/api-auth.js';
import { pruneTokens } from './auth/token-store.js';
import { registerContentRoutes } from './content/content-routes.js';
import { createFaultBook, type FaultBook, type FaultRule } from './faults/fault-rules.js';
import { ApiError, type ApiErrorCode } from './http/api-error.js';
import { createRateLimiter } from './http/rate-limiter.js';
import { parseJsonBody, readRawBody } from './http/request-body.js';
import { RouteTable, type ApiResponse, type RequestContext } from './http/route-table.js';
import type { SandboxState } from './model.js';
import { registerOAuthRoutes } from './oauth/oauth-routes.js';
import { createClock, type SandboxClock } from './sandbox-clock.js';
import type { SandboxOptions, SandboxRuntime } from './sandbox-runtime.js';
import { loadState, saveState } from './sandbox-storage.js';
import { createSeededState } from './seed/seed-state.js';
import { registerTopicRoutes } from './topics/topic-routes.js';

export interface Sandbox {
  readonly url: string;
  readonly port: number;
  readonly runtime: SandboxRuntime;
  readonly faults: FaultBook;
  close(): Promise<void>;
}

export class SandboxPortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use on 127.0.0.1. Stop the program using it, or choose another port with --port <p>.`);
  }
}

const injectedCodes: Readonly<Record<number, ApiErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  429: 'rate_limited',
  503: 'service_unavailable',
};

function injectedErrorCode(status: number): ApiErrorCode {
  return injectedCodes[status] ?? (status >= 500 ? 'server_error' : 'validation_failed');
}

const json = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
};

/**
 * The Firstup sandbox: the partner API (`/v2/…`), its auth server
 * (`/oauth/…`) and test controls (`/_sandbox/…`) on one loopback origin.
 */
export async function startSandbox(options: SandboxOptions, clock: SandboxClock = createClock()): Promise<Sandbox> {
  let state: SandboxState = (options.dataFile === undefined ? null : loadState(options.dataFile)) ?? createSeededState(options.seed, clock.now());
  let origin = '';
  const runtime: SandboxRuntime = {
    options,
    clock,
    get state() {
      return state;
    },
    get origin() {
      return origin;
    },
  };
  const faults = createFaultBook();
  const rateLimiter = createRateLimiter(options.rateLimit);
  const persist = () => {
    if (options.dataFile !== undefined) saveState(options.dataFile, state);
  };
  persist();

  const admin = new RouteTable<null>();
  registerAdminRoutes(admin, runtime, {
    faults,
    reset(seed) {
      // Signed-in people stay signed in: the sign-in users (ids 1-4) are the same for every seed.
      const auth = state.auth;
      state = { ...createSeededState(seed ?? options.seed, clock.now()), auth };
      faults.clear();
      rateLimiter.reset();
    },
  });
  const oauth = new RouteTable<null>();
  registerOAuthRoutes(oauth, runtime);
  const api = new RouteTable<ApiAuth>();
  registerContentRoutes(api, runtime);
  registerTopicRoutes(api, runtime);

  function contextFor<Auth>(request: IncomingMessage, url: URL, params: Record<string, string>, auth: Auth): RequestContext<Auth> {
    let raw: Promise<Buffer> | undefined;
    const readRaw = () => (raw ??= readRawBody(request));
    return {
      method: request.method ?? 'GET',
      path: url.pathname,
      params,
      query: url.searchParams,
      request,
      auth,
      raw: readRaw,
      json: async () => parseJsonBody(await readRaw()),
    };
  }

  /** `apiHeaders` is filled as the caller becomes known, so error answers carry the same identity headers. */
  async function route(request: IncomingMessage, url: URL, apiHeaders: Record<string, string>): Promise<{ response: ApiResponse; headers: Record<string, string> }> {
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (path.startsWith('/_sandbox/')) {
      const { handler, params } = admin.match(method, path);
      return { response: await handler(contextFor(request, url, params, null)), headers: {} };
    }
    if (path.startsWith('/oauth/')) {
      const { handler, params } = oauth.match(method, path);
      return { response: await handler(contextFor(request, url, params, null)), headers: {} };
    }
    if (!path.startsWith('/v2/')) throw new ApiError(404, 'not_found', `There is no endpoint at ${path}. The partner API lives under /v2/.`);
    apiHeaders['X-Program-Id'] = String(state.program.id);
    const auth = authenticate(runtime, request);
    apiHeaders['X-User-Id'] = String(auth.user.id);
    const headers = { ...apiHeaders };
    const wait = rateLimiter.take(auth.programId, clock.now());
    if (wait !== null) {
      throw new ApiError(429, 'rate_limited', `More than ${options.rateLimit} requests in a minute for this program. Retry in ${wait} s.`, undefined, { ...headers, 'Retry-After': String(wait) });
    }
    const { handler, params } = api.match(method, path);
    return { response: await handler(contextFor(request, url, params, auth)), headers };
  }

  function send(response: ServerResponse, result: ApiResponse, extraHeaders: Record<string, string>): void {
    const headers = { 'Cache-Control': 'no-store', ...extraHeaders, ...result.headers };
    if (result.text !== undefined) {
      response.writeHead(result.status, headers).end(result.text);
    } else if (result.body === undefined) {
      response.writeHead(result.status, headers).end();
    } else {
      json(response, result.status, result.body, headers);
    }
  }

  async function applyFault(rule: FaultRule, response: ServerResponse): Promise<'handled' | 'continue' | 'drop-after'> {
    if (rule.fault === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, rule.delay_ms ?? 5_000));
      // The client may have given up, or the sandbox closed, while we waited.
      return response.destroyed ? 'handled' : 'continue';
    }
    if (rule.fault === 'commit-then-drop') return 'drop-after';
    if (rule.fault === 'reset') {
      response.socket?.destroy();
      return 'handled';
    }
    if (rule.fault === 'html-200') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>');
      return 'handled';
    }
    if (rule.fault === 'bad-json') {
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end('{"data": {"id": 1, "title": "trunc');
      return 'handled';
    }
    const retryAfter: Record<string, string> = rule.retry_after === undefined ? {} : { 'Retry-After': String(rule.retry_after) };
    const error = new ApiError(rule.fault, injectedErrorCode(rule.fault), `Injected fault: HTTP ${rule.fault}.`, undefined, {
      'X-Program-Id': String(state.program.id),
      ...(rule.fault === 401 ? { 'WWW-Authenticate': 'Bearer realm="sandbox", error="invalid_token"' } : {}),
      ...retryAfter,
    });
    json(response, error.status, error.body(), error.headers);
    return 'handled';
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://sandbox.invalid');
    const method = request.method ?? 'GET';
    const rule = url.pathname.startsWith('/_sandbox/') ? null : faults.take(method, url.pathname, Math.random);
    const plan = rule === null ? 'continue' : await applyFault(rule, response);
    if (plan === 'handled') return;
    const apiHeaders: Record<string, string> = {};
    let result: { response: ApiResponse; headers: Record<string, string> };
    try {
      result = await route(request, url, apiHeaders);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      result = { response: { status: error.status, body: error.body(), headers: error.headers }, headers: apiHeaders };
    }
    // Refused writes persist too: a replayed code or a reused refresh token revokes a token family while answering 400.
    if (method !== 'GET' && method !== 'HEAD') {
      pruneTokens(state, clock);
      persist();
    }
    if (plan === 'drop-after') {
      // The write is committed; the client never learns it.
      response.socket?.destroy();
      return;
    }
    send(response, result.response, result.headers);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Sandbox request failed', error);
      if (!response.headersSent) json(response, 500, new ApiError(500, 'server_error', 'The sandbox failed to handle this request.').body());
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new SandboxPortInUseError(options.port) : error));
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    port,
    runtime,
    faults,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
