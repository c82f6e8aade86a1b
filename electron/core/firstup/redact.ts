/**
 * Diagnostics (logs, error details) must never carry a token. These two
 * helpers are the only way the Firstup client writes headers or server text
 * into them.
 */

const BEARER = /\bBearer\s+[A-Za-z0-9\-._~+/]+=*/gi;
const SECRET_HEADERS = new Set(['cookie', 'set-cookie', 'proxy-authorization']);

export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(
    entries.map(([name, value]) => {
      const lower = name.toLowerCase();
      if (lower === 'authorization') return [name, 'Bearer [redacted]'];
      return [name, SECRET_HEADERS.has(lower) ? '[redacted]' : redactSecrets(value)];
    }),
  );
}

/** For server text we show or log: a server or proxy may echo the request's Authorization header back. */
export function redactSecrets(text: string): string {
  return text.replace(BEARER, 'Bearer [redacted]');
}
