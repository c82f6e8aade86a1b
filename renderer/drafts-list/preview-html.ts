import DOMPurify from 'dompurify';

/**
 * Text formatting only: no links (a click would navigate the studio), no images or media (they are not
 * what a person compares, and a remote image would tell its host that the draft was opened), no
 * attributes at all (so no styles, handlers or URLs). The core already sanitised the remote HTML; this is the renderer's own allow-list on top.
 */
const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 's', 'blockquote', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

// Its own instance, so no hook or setting elsewhere in the studio can loosen it.
const purifier = DOMPurify(window);

/** HTML safe to render for reading: formatting kept, everything else dropped (the text of a link stays). */
export function previewHtml(html: string): string {
  return purifier.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: [], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true });
}
