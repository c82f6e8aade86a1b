import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IpcResult } from '../../shared/ipc/ipc-result.js';
import { StudioError, type StudioErrorCode } from '../../shared/ipc/studio-error.js';
import { readBundleFile } from '../core/bundle/bundle-files.js';
import type { Logger } from '../core/logging/logger.js';
import { RENDERER_SECURITY_HEADERS } from '../core/security/content-security-policy.js';
import type { StudioCore } from '../core/studio-core.js';
import { checkBridgeCaller, checkHost, type GuardVerdict } from './bridge-guard.js';
import { BRIDGE_PREFIX, BRIDGE_SCRIPT_PATH, EVENTS_PATH } from './bridge-protocol.js';
import { injectBridge } from './inject-bridge.js';
import { streamEvents } from './event-stream.js';
import { readJsonBody, RequestBodyError } from './request-body.js';

export interface WebHostOptions {
  readonly core: StudioCore;
  /** The built renderer (dist/renderer). */
  readonly bundleDir: string;
  /** The built bridge client (dist/web/studio-bridge.js), served as /studio-bridge.js. */
  readonly bridgeScriptPath: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly logger: Logger;
}

export interface WebHost {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export class PortInUseError extends Error {
  constructor(readonly port: number) {
    super(`Port ${port} is already in use on 127.0.0.1. Stop the program using it, or choose another port with --port <p>.`);
  }
}

/**
 * Browser mode: serves the built renderer and carries the IPC contract over
 * loopback HTTP (calls) and server-sent events (events), bound to 127.0.0.1.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const secret = randomBytes(32).toString('hex');
  let port = options.port;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.logger.error('Browser-mode request failed', { error });
      if (!response.headersSent) sendJson(response, 500, failure('internal', 'Something went wrong inside Content Studio.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (pathname.startsWith(BRIDGE_PREFIX)) return handleBridge(request, response, pathname);

    const hostVerdict = checkHost(request.headers, port);
    if (!hostVerdict.allowed) return refuse(response, hostVerdict);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...RENDERER_SECURITY_HEADERS }).end();
      return;
    }
    if (pathname === BRIDGE_SCRIPT_PATH) {
      return sendAsset(response, request.method, 'text/javascript; charset=utf-8', await readFile(options.bridgeScriptPath));
    }
    const file = await readBundleFile(options.bundleDir, pathname);
    if (file.status !== 200) {
      response.writeHead(file.status, { 'Content-Type': file.contentType, ...RENDERER_SECURITY_HEADERS }).end(file.body);
      return;
    }
    const body = file.contentType.startsWith('text/html') ? Buffer.from(injectBridge(file.body.toString('utf8'), secret)) : file.body;
    return sendAsset(response, request.method, file.contentType, body);
  }

  async function handleBridge(request: IncomingMessage, response: ServerResponse, pathname: string): Promise<void> {
    const verdict = checkBridgeCaller(request.headers, port, secret);
    if (!verdict.allowed) return refuse(response, verdict);

    if (pathname === EVENTS_PATH && request.method === 'GET') return streamEvents(response, options.core.events);
    if (request.method !== 'POST') {
      return sendJson(response, 405, failure('invalid_request', 'Bridge calls are POST requests.'));
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, failure('invalid_request', 'Bridge calls carry JSON.'));
    }
    let payload: unknown;
    try {
      payload = await readJsonBody(request);
    } catch (error) {
      if (!(error instanceof RequestBodyError)) throw error;
      return sendJson(response, error.status, failure('invalid_request', error.message));
    }
    sendJson(response, 200, await options.core.router.invoke(decodeRoute(pathname.slice(BRIDGE_PREFIX.length)), payload));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error),
    );
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => closeServer(server),
  };
}

function decodeRoute(route: string): string {
  try {
    return decodeURIComponent(route);
  } catch {
    return route;
  }
}

function failure(code: StudioErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: new StudioError(code, message).toData() };
}

function refuse(response: ServerResponse, verdict: Extract<GuardVerdict, { allowed: false }>): void {
  sendJson(response, verdict.status, failure('forbidden_sender', verdict.reason));
}

function sendJson(response: ServerResponse, status: number, body: IpcResult<unknown>): void {
  response
    .writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...RENDERER_SECURITY_HEADERS })
    .end(JSON.stringify(body));
}

function sendAsset(response: ServerResponse, method: string | undefined, contentType: string, body: Buffer): void {
  response.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': body.length,
    // The document carries the per-launch secret: never keep a copy of it.
    'Cache-Control': 'no-store',
    ...RENDERER_SECURITY_HEADERS,
  });
  response.end(method === 'HEAD' ? undefined : body);
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
