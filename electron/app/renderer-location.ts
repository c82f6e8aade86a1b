/**
 * Where the studio's page comes from, and therefore which origin main trusts
 * for IPC: the bundle behind app://studio, or, in `npm run dev` only, the
 * Vite dev server on loopback.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const DEV_SERVER_URL_VARIABLE = 'CONTENT_STUDIO_DEV_SERVER_URL';

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost'];

export interface RendererLocation {
  readonly entryUrl: string;
  /** The only origin whose main frame may call the IPC channels and receive events. */
  readonly trustedOrigin: string;
}

/**
 * `scheme://host[:port]`, or null when the URL has no host. Written out by
 * hand because WHATWG `URL.origin` is "null" for a custom scheme like app:.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '' || parsed.username !== '' || parsed.password !== '') return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/**
 * A dev server URL is honoured only in an unpackaged app, and only on
 * loopback over http, so an environment variable cannot point a shipped app
 * (and its IPC bridge) at a page someone else serves.
 */
export function rendererLocation(devServerUrl: string | undefined, isPackaged: boolean): RendererLocation {
  if (isPackaged || devServerUrl === undefined || devServerUrl === '') {
    return { entryUrl: APP_ENTRY_URL, trustedOrigin: APP_ORIGIN };
  }
  const origin = originOf(devServerUrl);
  if (origin === null) throw refuseDevServerUrl();
  const parsed = new URL(devServerUrl);
  if (parsed.protocol !== 'http:' || !LOOPBACK_HOSTS.includes(parsed.hostname)) throw refuseDevServerUrl();
  return { entryUrl: parsed.href, trustedOrigin: origin };
}

function refuseDevServerUrl(): Error {
  return new Error(`${DEV_SERVER_URL_VARIABLE} must be an http://127.0.0.1 or http://localhost URL.`);
}
