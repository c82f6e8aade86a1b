import type sanitizeHtml from 'sanitize-html';
import { safeHttpsUrl, safeImageSrc, safeLinkHref } from './sanitizer-url-policy.js';

/**
 * Per-tag rules run before the allow-list check. Each rule rebuilds the
 * attributes from the validated values only, so nothing the author sent
 * survives by accident, and maps synonyms onto the one form the TipTap
 * editor produces (b → strong, i → em, strike/del → s), so the stored body
 * has a single spelling for each mark and sanitising twice changes nothing.
 *
 * A rule never renames a tag to one outside the allow-list: sanitize-html
 * (2.17) forgets to clear its rename record for a dropped tag and then closes
 * a later tag at the same depth with that name. An element that fails its
 * rule keeps its name, loses its attributes, and `dropInvalid` unwraps it.
 */

type Attributes = sanitizeHtml.Attributes;
type Tag = { tagName: string; attribs: Attributes };

const WHOLE_NUMBER = /^\d{1,5}$/;
const SPAN = /^[1-9]\d{0,2}$/;
const VIDEO_ID = /^\d{1,20}$/;
// Anchored to a declaration's start, so Word's `mso-bidi-font-weight:normal` (a right-to-left script hint) is not read as the text's weight.
const BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i;
const NOT_BOLD_STYLE = /(?:^|;)\s*font-weight\s*:\s*(normal|lighter|[1-4]00)\b/i;
const ITALIC_STYLE = /(?:^|;)\s*font-style\s*:\s*(italic|oblique)\b/i;

/** Left for `dropInvalid`, or for the allow-list when the name is not on it; either way the content stays. */
const invalid = (tagName: string): Tag => ({ tagName, attribs: {} });
const plain = (tagName: string) => (): Tag => ({ tagName, attribs: {} });

/** The attributes whose values match their pattern; the rest are dropped. */
function matching(attribs: Attributes, patterns: Record<string, RegExp>): Attributes {
  const kept: Attributes = {};
  for (const [name, pattern] of Object.entries(patterns)) {
    const value = attribs[name]?.trim();
    if (value !== undefined && pattern.test(value)) kept[name] = value;
  }
  return kept;
}

function link(_tag: string, attribs: Attributes): Tag {
  const href = attribs.href === undefined ? null : safeLinkHref(attribs.href);
  return href === null ? invalid('a') : { tagName: 'a', attribs: { href, rel: 'noopener noreferrer' } };
}

function image(_tag: string, attribs: Attributes): Tag {
  const src = attribs.src === undefined ? null : safeImageSrc(attribs.src);
  if (src === null) return invalid('img');
  const kept: Attributes = { src };
  if (attribs.alt !== undefined) kept.alt = attribs.alt;
  return { tagName: 'img', attribs: { ...kept, ...matching(attribs, { width: WHOLE_NUMBER, height: WHOLE_NUMBER }) } };
}

/**
 * The editor's video node. The API's `embed_html` (an iframe) is added only in
 * what is sent to Firstup, never stored. A placeholder without an id is a
 * video added while the draft was local only: its https URL is all it has
 * until the first push attaches it, so it must have one. An id that is there
 * but not a number makes the element invalid rather than pending, so a
 * malformed id can never turn into a second upload of the same video.
 */
function videoPlaceholder(_tag: string, attribs: Attributes): Tag {
  const id = attribs['data-video-id']?.trim();
  const url = attribs['data-video-url'] === undefined ? null : safeHttpsUrl(attribs['data-video-url']);
  if (id === undefined || id === '') return url === null ? invalid('div') : { tagName: 'div', attribs: { 'data-video-url': url } };
  if (!VIDEO_ID.test(id)) return invalid('div');
  return { tagName: 'div', attribs: url === null ? { 'data-video-id': id } : { 'data-video-id': id, 'data-video-url': url } };
}

/** Google Docs marks bold and italic with styled spans; the style itself is never kept. */
function styledSpan(_tag: string, attribs: Attributes): Tag {
  const style = attribs.style ?? '';
  if (BOLD_STYLE.test(style)) return plain('strong')();
  return ITALIC_STYLE.test(style) ? plain('em')() : invalid('span');
}

/** Google Docs wraps a whole copied selection in `<b style="font-weight:normal">`, which is not bold. */
function bold(_tag: string, attribs: Attributes): Tag {
  return NOT_BOLD_STYLE.test(attribs.style ?? '') ? invalid('b') : plain('strong')();
}

function cell(tagName: string) {
  return (_tag: string, attribs: Attributes): Tag => ({ tagName, attribs: matching(attribs, { colspan: SPAN, rowspan: SPAN }) });
}

export const tagRules: Record<string, sanitizeHtml.Transformer> = {
  a: link,
  img: image,
  div: videoPlaceholder,
  span: styledSpan,
  b: bold,
  i: plain('em'),
  strike: plain('s'),
  del: plain('s'),
  h5: plain('h4'),
  h6: plain('h4'),
  tfoot: plain('tbody'),
  ol: (_tag, attribs) => ({ tagName: 'ol', attribs: matching(attribs, { start: WHOLE_NUMBER }) }),
  th: cell('th'),
  td: cell('td'),
};

/**
 * Runs as each kept element closes. A link without a safe target is just its
 * text, a div that is not a video placeholder (with an id, or pending with
 * only its URL) is just its content, and an
 * image without a safe source is nothing at all.
 */
export function dropInvalid(frame: sanitizeHtml.IFrame): boolean | 'excludeTag' {
  if (frame.tag === 'img') return frame.attribs.src === undefined;
  if (frame.tag === 'a' && frame.attribs.href === undefined) return 'excludeTag';
  const placeholder = frame.attribs['data-video-id'] !== undefined || frame.attribs['data-video-url'] !== undefined;
  return frame.tag === 'div' && !placeholder ? 'excludeTag' : false;
}
