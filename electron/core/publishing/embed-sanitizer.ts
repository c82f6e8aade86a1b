import { DomUtils, parseDocument } from 'htmlparser2';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { safeHttpsUrl } from '../drafts/sanitizer-url-policy.js';

/**
 * Firstup's video player markup (`embed_html`, REFERENCE.md §5.9) before it is
 * kept in a draft or placed in a body sent to Firstup. Its shape is UNKNOWN:
 * the reference only says to paste it into the body. We accept the one shape
 * a player can safely have, a single iframe loaded over https, and rebuild it
 * from validated values in a fixed attribute order, so nothing Firstup (or
 * anyone between us and Firstup) sent survives by accident. Any other
 * element, attribute or text is dropped; markup without exactly one such
 * iframe is refused, never guessed at.
 *
 * The src must be https, or http on loopback alone: the same rule as the
 * client's own base URL (api-base-url.ts), because the sandbox serves its
 * players from its loopback origin. A loopback address reaches only the
 * reader's own machine, never a third party.
 *
 * The iframe's `sandbox` attribute only ever loses tokens: `allow-same-origin`
 * with `allow-scripts` would let the frame lift its own sandbox, top
 * navigation would let a player take over the reader's page, and a popup must
 * stay as sandboxed as the player that opened it.
 */

const MAX_EMBED_CHARACTERS = 100_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
const SIZE = /^\d{1,5}%?$/;
const SANDBOX_TOKENS = new Set(['allow-scripts', 'allow-presentation', 'allow-popups']);
const PERMISSIONS = new Set(['fullscreen', 'autoplay', 'picture-in-picture', 'encrypted-media']);
const REFERRER_POLICIES = new Set([
  'no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin',
]);

type Rule = (value: string) => string | null;

const oneOf = (allowed: ReadonlySet<string>): Rule => (value) => (allowed.has(value.trim().toLowerCase()) ? value.trim().toLowerCase() : null);

/** Attribute name → the value kept, or null to drop it. The order here is the order written. */
const RULES: ReadonlyArray<readonly [string, Rule]> = [
  ['width', (value) => (SIZE.test(value.trim()) ? value.trim() : null)],
  ['height', (value) => (SIZE.test(value.trim()) ? value.trim() : null)],
  ['title', (value) => value.replace(/\s+/g, ' ').trim().slice(0, 200) || null],
  ['sandbox', (value) => value.toLowerCase().split(/\s+/).filter((token) => SANDBOX_TOKENS.has(token)).join(' ')],
  // Only bare feature names: an origin list could grant a feature to a frame the player loads.
  ['allow', (value) => value.split(';').map((directive) => directive.trim().toLowerCase()).filter((directive) => PERMISSIONS.has(directive)).join('; ') || null],
  ['allowfullscreen', () => ''],
  ['referrerpolicy', oneOf(REFERRER_POLICIES)],
  ['loading', oneOf(new Set(['lazy', 'eager']))],
  ['frameborder', oneOf(new Set(['0', '1']))],
];

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A player's address in normalised form, or null when it is not one we accept. */
export function playerSource(value: string): string | null {
  const https = safeHttpsUrl(value);
  if (https !== null) return https;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname) && url.username === '' && url.password === '' ? url.href : null;
  } catch {
    return null;
  }
}

function refuse(reason: string): never {
  throw new StudioError(
    'unexpected_response',
    `Firstup answered with a video player Content Studio can't place safely: ${reason} The video is attached to the post on Firstup; place it with Firstup's own editor, or try another video.`,
    { reason },
  );
}

/** The player as we keep and send it, or a StudioError ('unexpected_response') saying why it was refused. */
export function sanitizeVideoEmbed(embedHtml: string): string {
  if (embedHtml.length > MAX_EMBED_CHARACTERS) refuse('its markup is too large.');
  const frames = DomUtils.getElementsByTagName('iframe', parseDocument(embedHtml).children, true);
  if (frames.length === 0) refuse('it is not an embedded frame (iframe).');
  if (frames.length > 1) refuse('it holds more than one frame.');
  const attribs = frames[0]!.attribs;
  const src = attribs.src === undefined ? null : playerSource(attribs.src);
  if (src === null) refuse('it does not load from a public https address.');
  const kept = [`src="${escapeAttribute(src)}"`];
  for (const [name, rule] of RULES) {
    const given = attribs[name];
    const value = given === undefined ? null : rule(given);
    if (value === null) continue;
    kept.push(name === 'allowfullscreen' ? name : `${name}="${escapeAttribute(value)}"`);
  }
  return `<iframe ${kept.join(' ')}></iframe>`;
}

/** The normalised src of a player, or null: how a placed player is recognised in a body read back. */
export function embedSource(embedHtml: string): string | null {
  const frame = DomUtils.findOne((element) => element.name === 'iframe', parseDocument(embedHtml).children);
  return frame?.attribs.src === undefined ? null : playerSource(frame.attribs.src);
}
