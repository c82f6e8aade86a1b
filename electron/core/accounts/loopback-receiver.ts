import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StudioError } from '../../../shared/ipc/studio-error.js';

/** RFC 8252 §7.3: the redirect the browser is sent back to; the port is the OS's pick. */
const CALLBACK_PATH = '/callback';

/**
 * Static on purpose (RFC 9700 §4.2): no script, no link, no redirect, and no
 * Referer that could carry the code or state anywhere else.
 */
const CALLBACK_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Content Studio</title></head>
<body><p>You can close this tab and return to Content Studio.</p></body>
</html>
`;

const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'",
  'X-Content-Type-Options': 'nosniff',
  Connection: 'close',
};

export interface LoopbackReceiver {
  /** `http://127.0.0.1:<port>/callback`, to put in the authorization request. */
  readonly redirectUri: string;
  /** The URL of the one callback accepted; rejects with StudioError('sign_in_needed') on timeout or cancel. */
  readonly callback: Promise<URL>;
  /** Stops listening (idempotent; harmless after the callback); a pending `callback` rejects as cancelled. */
  close(): void;
}

export interface LoopbackReceiverOptions {
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * A one-shot listener on 127.0.0.1 only (never 0.0.0.0 or ::). It takes the
 * first GET to /callback, whatever it carries (a wrong state is for the
 * caller to refuse), answers with the static page and stops listening, so a
 * second callback finds the port closed.
 */
export async function startLoopbackReceiver(options: LoopbackReceiverOptions): Promise<LoopbackReceiver> {
  let accept: (url: URL) => void = () => undefined;
  let refuse: (error: StudioError) => void = () => undefined;
  const callback = new Promise<URL>((resolve, reject) => {
    accept = resolve;
    refuse = reject;
  });
  // Nobody may be awaiting yet when a timeout or cancel lands.
  callback.catch(() => undefined);
  let settled = false;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (settled || request.method !== 'GET' || url.pathname !== CALLBACK_PATH) {
      response.writeHead(404, { 'Cache-Control': 'no-store', Connection: 'close' }).end();
      return;
    }
    settled = true;
    stopWaiting();
    server.close();
    response.writeHead(200, PAGE_HEADERS).end(CALLBACK_PAGE, () => server.closeAllConnections());
    accept(url);
  });

  function stopWaiting(): void {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }

  function fail(error: StudioError): void {
    if (settled) return;
    settled = true;
    stopWaiting();
    server.close();
    server.closeAllConnections();
    refuse(error);
  }

  const cancel = () => fail(new StudioError('sign_in_needed', 'Sign-in was cancelled.', { reason: 'cancelled' }));
  const timer = setTimeout(
    () => fail(new StudioError('sign_in_needed', 'Sign-in timed out: the browser did not come back within the time allowed. Start again.', { reason: 'timeout' })),
    options.timeoutMs,
  );
  options.signal?.addEventListener('abort', cancel, { once: true });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    stopWaiting();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  if (options.signal?.aborted === true) cancel();
  return { redirectUri: `http://127.0.0.1:${port}${CALLBACK_PATH}`, callback, close: cancel };
}
