import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SECRET_HEADER } from './bridge-protocol.js';


export type GuardVerdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const allow: GuardVerdict = { allowed: true };

/**
 * The Host header must name our loopback address and port exactly. This
 * defeats DNS rebinding: a page at evil.example that re-points its name to
 * 127.0.0.1 still sends `Host: evil.example`, and never sees the document
 * that carries the secret.
 */
export function checkHost(headers: IncomingHttpHeaders, port: number): GuardVerdict {
  const host = headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
    ? allow
    : { allowed: false, status: 403, reason: 'This address only answers requests for itself.' };
}

/**
 * A bridge call must come from our own page: with the per-launch secret
 * (which only our document carries), and, where the browser says where the
 * request comes from, from our own origin.
 */
export function checkBridgeCaller(headers: IncomingHttpHeaders, port: number, secret: string): GuardVerdict {
  const hostVerdict = checkHost(headers, port);
  if (!hostVerdict.allowed) return hostVerdict;

  const origin = headers.origin;
  if (origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    return { allowed: false, status: 403, reason: 'Requests from other sites are refused.' };
  }

  const presented = headers[SECRET_HEADER];
  if (typeof presented !== 'string' || !secretsMatch(presented, secret)) {
    return { allowed: false, status: 401, reason: 'The bridge secret is missing or wrong.' };
  }
  return allow;
}

function secretsMatch(presented: string, secret: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}
