import { protocol } from 'electron';
import { readBundleFile } from '../core/bundle/bundle-files.js';
import { RENDERER_SECURITY_HEADERS } from '../core/security/content-security-policy.js';
import { APP_HOST, APP_SCHEME } from './renderer-location.js';

/**
 * Serves the built renderer at app://studio/ instead of file://, which
 * would give the page a file origin and reach to the whole disk.
 * Only GET on host `studio`; the path rules (no traversal, no symlinks out of
 * the bundle) live in readBundleFile, shared with browser mode.
 */

function respond(status: number, body: Uint8Array | string, contentType: string): Response {
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
    status,
    headers: { ...RENDERER_SECURITY_HEADERS, 'Content-Type': contentType },
  });
}

const TEXT = 'text/plain; charset=utf-8';

export function createAppProtocolHandler(bundleDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return respond(405, 'Method not allowed', TEXT);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return respond(404, 'Not found', TEXT);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
      return respond(404, 'Not found', TEXT);
    }
    const file = await readBundleFile(bundleDir, url.pathname);
    return respond(file.status, file.body, file.contentType);
  };
}

/** Call once, after `ready`. */
export function registerAppProtocol(bundleDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(bundleDir));
}

/** Call before `ready`: a standard, secure scheme gets a real origin, so CSP 'self' and fetch work. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}
