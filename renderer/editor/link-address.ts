import { safeHttpsUrl, safeLinkHref } from './url-rules.js';

export type AddressCheck = { readonly ok: true; readonly href: string } | { readonly ok: false; readonly message: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;

/** People type `example.com/page` or `name@example.com`; both have one obvious meaning. */
function withScheme(typed: string): string {
  if (SCHEME.test(typed)) return typed;
  if (EMAIL.test(typed)) return `mailto:${typed}`;
  return typed.startsWith('//') ? `https:${typed}` : `https://${typed}`;
}

function refusal(address: string): string {
  const scheme = SCHEME.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'http') return 'Links must be secure: use https:// instead of http:// (check that the page opens with https).';
  if (scheme === 'mailto') return 'This e-mail link is not allowed. Use an address, optionally with subject, body, cc or bcc, and nothing else.';
  if (scheme === 'https') return 'That is not a complete web address. Check it (for example https://example.com/page) and try again.';
  return 'Only web pages (https://…) and e-mail addresses (mailto:…) can be linked. Change the address and try again.';
}

/** What the author typed in the link field, as the href to store or the reason it cannot be one. */
export function checkLinkAddress(typed: string): AddressCheck {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: 'Type the address the link goes to.' };
  const address = withScheme(trimmed);
  const href = safeLinkHref(address);
  return href === null ? { ok: false, message: refusal(address) } : { ok: true, href };
}

/** An image or video address: public https only, because Firstup's readers load it from there. */
export function checkPublicAddress(typed: string, what: 'image' | 'video'): AddressCheck {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, message: `Type the https address of the ${what}.` };
  const address = SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`;
  const href = safeHttpsUrl(address);
  if (href !== null) return { ok: true, href };
  return { ok: false, message: `The ${what} needs a public https:// address (for example https://example.com/${what === 'image' ? 'photo.jpg' : 'video'}). Change it and try again.` };
}
