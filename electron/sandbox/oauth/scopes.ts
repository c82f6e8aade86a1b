import { OAuthError } from './oauth-error.js';

/**
 * What the sandbox grants. Firstup's catalogue is incomplete (REFERENCE.md
 * §2.7; `channels.*` is the sandbox's guess for topics).
 */
export const ALLOWED_SCOPES = ['content.read', 'content.write', 'channels.read', 'channels.write', 'openid', 'profile'] as const;

/**
 * The granted scope string: the requested scopes, or all of `within` when
 * none are asked for. Asking for one outside `within` is `invalid_scope`
 * rather than a silent narrowing, so a client's typo shows up at once.
 */
export function resolveScope(requested: string | undefined, within: readonly string[] = ALLOWED_SCOPES): string {
  if (requested === undefined) return within.join(' ');
  const asked = new Set(requested.split(' ').filter(Boolean));
  if (asked.size === 0) return within.join(' ');
  const outside = [...asked].filter((scope) => !within.includes(scope));
  if (outside.length > 0) {
    throw new OAuthError('invalid_scope', `Not a scope this client may have: ${outside.join(', ').slice(0, 200)}. Allowed: ${within.join(' ')}.`);
  }
  return within.filter((scope) => asked.has(scope)).join(' ');
}
