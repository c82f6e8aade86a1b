const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * Whether `raw` is a redirect the desktop client may use: RFC 8252 §7.3
 * loopback, any port, any path. The string must already be in the WHATWG
 * URL's canonical form, so `127.1`, `0x7f.0.0.1`, `LOCALHOST` or a missing
 * slash are refused rather than normalised: the token request has to repeat
 * the exact string, and the client should learn that here, not there.
 */
export function isLoopbackRedirect(raw: string): boolean {
  if (raw.length > 2048 || raw.includes('#')) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return (
    url.href === raw &&
    url.protocol === 'http:' &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.port !== '' &&
    url.username === '' &&
    url.password === ''
  );
}
