import * as oauth from 'oauth4webapi';
import type { ProgramEndpoints } from '../../../shared/accounts/program-schema.js';
import { lenientTokenFetch, type Fetch } from './lenient-token-fetch.js';

/** A token request that hangs must not hold every caller of the single-flight refresh forever. */
const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Firstup documents no discovery document (REFERENCE.md §2.2), so the
 * metadata is built from the two documented paths. The issuer is the auth
 * base URL: the sandbox sends it as `iss` on the redirect (RFC 9207), and
 * oauth4webapi refuses a callback whose `iss` names another server.
 */
export function authorizationServerFor(endpoints: ProgramEndpoints): oauth.AuthorizationServer {
  return {
    issuer: endpoints.authBaseUrl,
    authorization_endpoint: `${endpoints.authBaseUrl}/oauth/authorize`,
    token_endpoint: `${endpoints.authBaseUrl}/oauth/token`,
  };
}

/** Plain http is only ever allowed to this machine (the sandbox, a local proxy); the schema already refuses the rest. */
export function isLoopbackHttp(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && (parsed.hostname === '127.0.0.1' || parsed.hostname === '[::1]');
}

/** Options for every token-endpoint call to this server. */
export function tokenRequestOptions(as: oauth.AuthorizationServer, baseFetch: Fetch): oauth.TokenEndpointRequestOptions {
  return {
    signal: () => AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
    [oauth.customFetch]: lenientTokenFetch(baseFetch),
    // oauth4webapi marks this deprecated to make it stand out; it is what lets the loopback sandbox work.
    [oauth.allowInsecureRequests]: isLoopbackHttp(String(as.token_endpoint)),
  };
}
