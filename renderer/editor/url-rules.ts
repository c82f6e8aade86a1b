/**
 * Which URLs the editor puts in an article: the same rules as the store's
 * sanitiser (electron/core/drafts/sanitizer-url-policy.ts), which the
 * renderer may not import. Each value goes through the WHATWG URL parser, so
 * what the editor writes is the normalised form the sanitiser would keep and
 * saving changes nothing. tests/unit/renderer/editor-url-rules.test.tsx holds
 * the two copies to the same answers.
 */

const LOCAL_IMAGE = /^studio-local:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** mailto parameters a mail client may honour; `attach` and friends would let a link attach local files. */
const MAILTO_PARAMETERS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function isPublicHttps(url: URL): boolean {
  // Credentials in a URL are a phishing trick (https://bank.example@evil.example).
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '';
}

export function safeHttpsUrl(value: string): string | null {
  const url = parse(value);
  return url !== null && isPublicHttps(url) ? url.href : null;
}

/** Web pages over https and plain e-mail addresses: what the app will open from a link. */
export function safeLinkHref(value: string): string | null {
  const url = parse(value);
  if (url === null) return null;
  if (isPublicHttps(url)) return url.href;
  if (url.protocol !== 'mailto:' || url.pathname === '') return null;
  const keys = [...url.searchParams.keys()];
  return keys.every((key) => MAILTO_PARAMETERS.has(key.toLowerCase())) ? url.href : null;
}

export function isLocalImageRef(value: string): boolean {
  return LOCAL_IMAGE.test(value.trim());
}

/** A public https image, or a `studio-local:` image kept in the data folder until it has one. */
export function safeImageSrc(value: string): string | null {
  const trimmed = value.trim();
  return LOCAL_IMAGE.test(trimmed) ? trimmed.toLowerCase() : safeHttpsUrl(value);
}
