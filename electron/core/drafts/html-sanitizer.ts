import sanitizeHtml from 'sanitize-html';
import { StudioError } from '../../../shared/ipc/studio-error.js';
import { dropInvalid, tagRules } from './sanitizer-tag-rules.js';

/**
 * The one allow-list for article bodies, applied in main before a body is
 * stored or sent to Firstup (the renderer's paste clean-up is only for the
 * editing experience: the renderer is untrusted). It is the set of nodes and
 * marks the TipTap editor produces, so a sanitised body round-trips through
 * the editor unchanged, and it protects Firstup's readers from stored XSS
 * through our app.
 *
 * Kept: p, h1–h4, strong, em, u, s, code, pre, blockquote, ul, ol[start],
 * li, hr, br, a[href rel], img[src alt width height], table, thead, tbody, tr,
 * th/td[colspan rowspan], figure, figcaption, and the video placeholder
 * `<div data-video-id data-video-url>` (or `<div data-video-url>` alone, for a
 * video still waiting to be attached). The URL rules live in
 * sanitizer-url-policy.ts and the per-tag rules in sanitizer-tag-rules.ts.
 *
 * Dropped on purpose:
 * - style: CSS can overlay or restyle the reader's page and carries `url()`;
 * - class and id: they hook into the host page's stylesheet and scripts, and
 *   an id can clobber globals there (DOM clobbering); the editor needs neither;
 * - target: every link opens outside the app through openExternalSafe, and
 *   rel="noopener noreferrer" is added for when Firstup renders the link;
 * - every other element. Most keep their text (a `<span>` or `<section>` is
 *   unwrapped); those whose content is code, data or a fallback lose it too.
 */

/** Far above any real article (1 MB is already long) and small enough to sanitise in about a second. */
export const MAX_ARTICLE_HTML_BYTES = 5 * 1024 * 1024;

/** The parser never recurses, but the editor and browsers do: deeper tags are unwrapped. */
const NESTING_LIMIT = 100;

/** C0 and C1 controls other than the HTML whitespace ones; a NUL can split a tag name for one parser and not another. */
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\f\r]/gu;

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br',
  'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'div',
];

/** Disallowed tags whose content goes too: code, styles, page metadata, form values, fallbacks and foreign markup. */
const DROPPED_WITH_CONTENT = [
  'script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'plaintext', 'xmp', 'iframe',
  'object', 'applet', 'title', 'textarea', 'select', 'option', 'svg', 'math',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'rel'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    div: ['data-video-id', 'data-video-url'],
  },
  // A second line behind the URL policy in the tag rules, in case a rule is ever loosened by mistake.
  allowedSchemes: ['https', 'mailto'],
  allowedSchemesByTag: { img: ['https', 'studio-local'], div: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'data-video-url'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROPPED_WITH_CONTENT,
  nestingLimit: NESTING_LIMIT,
  transformTags: tagRules,
  exclusiveFilter: dropInvalid,
};

export function sanitizeArticleHtml(html: string): string {
  if (html.length > MAX_ARTICLE_HTML_BYTES || Buffer.byteLength(html, 'utf8') > MAX_ARTICLE_HTML_BYTES) {
    throw new StudioError('invalid_request', `The article body is larger than ${MAX_ARTICLE_HTML_BYTES / 1024 / 1024} MB.`);
  }
  const once = sanitizeHtml(html.replace(CONTROL_CHARACTERS, ''), OPTIONS);
  // Unwrapping can leave, say, an <li> directly inside an <li>, which the parser splits when it reads the
  // text again. The second pass removes nothing and settles that shape, so sanitising is idempotent.
  return sanitizeHtml(once, OPTIONS);
}
