export type Fetch = typeof fetch;

/**
 * UNKNOWN (REFERENCE.md §2.6): whether Firstup's token response carries
 * `token_type`. oauth4webapi rightly insists on it (RFC 6749 §5.1), so a
 * successful JSON answer that has an access token but no type is read as the
 * Bearer token every Firstup call sends. Everything else passes untouched.
 */
export function lenientTokenFetch(baseFetch: Fetch): (url: string, init: RequestInit) => Promise<Response> {
  return async (url, init) => {
    const response = await baseFetch(url, init);
    if (response.status !== 200 || !(response.headers.get('content-type') ?? '').includes('json')) return response;
    const text = await response.text();
    const rebuilt = (body: string) => {
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(body, { status: response.status, statusText: response.statusText, headers });
    };
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return rebuilt(text);
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body) || 'token_type' in body || !('access_token' in body)) return rebuilt(text);
    return rebuilt(JSON.stringify({ ...body, token_type: 'Bearer' }));
  };
}
