/**
 * Which URLs an article body may hold. Every value is parsed with the WHATWG
 * URL parser, the one browsers use, so entity, whitespace, tab and case
 * tricks (`jav&#x09;ascript:`, ` JAVASCRIPT:`) resolve to their real scheme
 * before the scheme is compared with a short allow-list. The normalised
 * `href` is what we keep, so the stored text is exactly what was checked.
 */

/**
 * A local image waiting for a public URL. The Firstup API hosts no files: it
 * shows images from public `https:` URLs only. Until the image is uploaded
 * somewhere public, the body refers to it as `studio-local:<uuid>`, where the
 * uuid is the key of the image in the draft's own images list. Publishing
 * swaps the reference for the public URL; the scheme never leaves the app.
 */
export const STUDIO_LOCAL_SCHEME = 'studio-local:';

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

/** An `https:` URL in normalised form, or null. Relative and protocol-relative URLs have no meaning in a post. */
export function safeHttpsUrl(value: string): string | null {
  const url = parse(value);
  return url !== null && isPublicHttps(url) ? url.href : null;
}

/** The same policy as the app's `openExternalSafe`: web pages over https and plain e-mail addresses. */
export function safeLinkHref(value: string): string | null {
  const url = parse(value);
  if (url === null) return null;
  if (isPublicHttps(url)) return url.href;
  if (url.protocol !== 'mailto:' || url.pathname === '') return null;
  const keys = [...url.searchParams.keys()];
  return keys.every((key) => MAILTO_PARAMETERS.has(key.toLowerCase())) ? url.href : null;
}

export function safeImageSrc(value: string): string | null {
  const trimmed = value.trim();
  return LOCAL_IMAGE.test(trimmed) ? trimmed.toLowerCase() : safeHttpsUrl(value);
}
