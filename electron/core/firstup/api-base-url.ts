const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * The partner API is HTTPS only (REFERENCE.md §1.1); plain http is allowed
 * on loopback alone, for the sandbox. Refusing anything else at construction
 * means a mistyped or tampered setting can never send a token in clear text.
 */
export function parseApiBaseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`Firstup API base URL is not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw new TypeError(`Firstup API base URL must use https: (http: only on loopback), got ${url.protocol}//${url.host}`);
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new TypeError('Firstup API base URL must not carry credentials, a query or a fragment.');
  }
  return url;
}

/** `path` is always built by the client (`/v2/...`, segments already encoded), never taken from a caller. */
export function endpointUrl(base: URL, path: string, query?: URLSearchParams): URL {
  const url = new URL(base.href);
  url.pathname = base.pathname.replace(/\/+$/, '') + path;
  if (query !== undefined) url.search = query.toString();
  return url;
}
