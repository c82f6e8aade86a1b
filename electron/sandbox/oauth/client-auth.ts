import type { IncomingMessage } from 'node:http';
import { findClient, secretMatches, type OAuthClient } from './oauth-clients.js';
import { OAuthError } from './oauth-error.js';
import type { OAuthParams } from './request-params.js';

interface Presented {
  id: string | undefined;
  secret: string | undefined;
  viaBasic: boolean;
}

/** RFC 6749 §2.3.1: id and secret are form-encoded before they are joined with ':'. */
function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

const basicChallenge = { 'WWW-Authenticate': 'Basic realm="Firstup sandbox", charset="UTF-8"' };

function presented(request: IncomingMessage, params: OAuthParams): Presented {
  const header = request.headers.authorization;
  if (header === undefined) return { id: params.get('client_id'), secret: params.get('client_secret'), viaBasic: false };
  const match = /^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header);
  const decoded = match === null ? '' : Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const id = colon < 0 ? null : formDecode(decoded.slice(0, colon));
  const secret = colon < 0 ? null : formDecode(decoded.slice(colon + 1));
  if (id === null || secret === null) {
    throw new OAuthError('invalid_client', 'The Authorization header must be Basic base64(client_id:client_secret).', 401, basicChallenge);
  }
  // RFC 6749 §2.3: one authentication method per request.
  if (params.get('client_secret') !== undefined) throw new OAuthError('invalid_request', 'Send the client secret either in the Authorization header or in the body, not both.');
  const bodyId = params.get('client_id');
  if (bodyId !== undefined && bodyId !== id) throw new OAuthError('invalid_request', 'client_id in the body differs from the one in the Authorization header.');
  return { id, secret: secret === '' ? undefined : secret, viaBasic: true };
}

/** The calling client, or invalid_client (401; with a Basic challenge when Basic was tried, RFC 6749 §5.2). */
export function authenticateClient(request: IncomingMessage, params: OAuthParams): OAuthClient {
  const { id, secret, viaBasic } = presented(request, params);
  const fail = (description: string) => new OAuthError('invalid_client', description, 401, viaBasic ? basicChallenge : {});
  if (id === undefined) throw fail('Identify the client with client_id (or HTTP Basic).');
  const client = findClient(id);
  if (client === undefined) throw fail('Client authentication failed: unknown client.');
  if (client.secretSha256 === null) {
    if (secret !== undefined) throw fail(`${client.id} is a public client and has no secret; send none.`);
    return client;
  }
  if (secret === undefined) throw fail(`${client.id} must authenticate with its client_secret.`);
  if (!secretMatches(client, secret)) throw fail('Client authentication failed: wrong client secret.');
  return client;
}
