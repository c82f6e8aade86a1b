import type { ApiResponse } from '../http/route-table.js';

/**
 * 302 back to the client (RFC 6749 §4.1.2). The parameters are appended to
 * the registered string as it is, so a query the client put there survives
 * byte for byte; `iss` lets the client tell which auth server answered
 * (RFC 9207, the mix-up defence SECURITY-RESEARCH.md §2.1 asks for).
 */
export function redirectToClient(redirectUri: string, issuer: string, params: Record<string, string | undefined>): ApiResponse {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.append(name, value);
  query.append('iss', issuer);
  const separator = redirectUri.includes('?') ? '&' : '?';
  return {
    status: 302,
    headers: { Location: `${redirectUri}${separator}${query.toString()}`, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' },
  };
}
