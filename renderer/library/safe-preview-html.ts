import DOMPurify, { type Config } from 'dompurify';

/*
 * A post's body comes from Firstup as untrusted HTML. The preview keeps the
 * structure of an article and nothing that acts: a strict allow-list (no
 * scripts, styles, frames, forms, ids or classes), links only to https: and
 * mailto: (opened outside the studio), and images only from https:. The
 * CSP blocks what slipped through anyway; this is the first line, not the only one.
 */

const allowedTags = [
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'span',
  'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption', 'code', 'pre',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption',
];

const config: Config = {
  ALLOWED_TAGS: allowedTags,
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'colspan', 'rowspan'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https:|mailto:)/i,
};

/** The preview sits under the post's title (h2) and its own heading (h3), so the body's headings start at h4. */
const demotedHeading: Readonly<Record<string, string>> = { H1: 'h4', H2: 'h4', H3: 'h5', H4: 'h6', H5: 'h6', H6: 'h6' };

/** Its own instance, so these hooks never touch DOMPurify as other parts of the studio use it. */
const purifier = DOMPurify(window);

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
  if (node.tagName === 'IMG') {
    // DOMPurify lets data: through on <img> by default, whatever the URI pattern says.
    if (!/^https:/i.test(node.getAttribute('src') ?? '')) {
      node.remove();
      return;
    }
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'no-referrer');
  }
});

/**
 * Parsed in an inert document (nothing loads or runs there) only to demote
 * headings; the sanitiser runs last, on the result, so nothing added before
 * it escapes the allow-list.
 */
function withDemotedHeadings(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const heading of Array.from(document.body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const replacement = document.createElement(demotedHeading[heading.tagName] ?? 'h6');
    replacement.append(...Array.from(heading.childNodes));
    heading.replaceWith(replacement);
  }
  return document.body.innerHTML;
}

/** The body made safe to show as HTML in the studio. */
export function safePreviewHtml(untrusted: string): string {
  return purifier.sanitize(withDemotedHeadings(untrusted), config);
}
