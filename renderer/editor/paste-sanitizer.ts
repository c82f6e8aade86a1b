import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { keptAttributeValue, PASTE_ATTRIBUTES } from './paste-attributes.js';
import { restructurePaste } from './paste-structure.js';
import { convertWordLists } from './paste-word-lists.js';

/**
 * Pasted or dropped HTML (Word, Google Docs, web pages, the editor itself)
 * made safe and plain: the structure the article body can hold survives,
 * and nothing else does — no script, handler, frame, form, style, class or
 * URL outside https/mailto (and `studio-local:` images). The editor's schema
 * then reads only what it knows. The store sanitises again in main: this is
 * for the editing experience and for what the editor shows, not the last line.
 */

const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'strong', 'em', 'u', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br',
  'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'figure', 'figcaption', 'div',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: PASTE_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // DOMPurify's default minus every scheme but ours; values without a scheme (colspan="2") still pass.
  ALLOWED_URI_REGEXP: /^(?:(?:https|mailto|studio-local):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  // Values and fallbacks, not text the author meant to paste.
  ADD_FORBID_CONTENTS: ['textarea', 'select', 'option', 'object', 'embed', 'applet', 'canvas', 'button'],
  KEEP_CONTENT: true,
};

let purifier: DOMPurify | null = null;

/** One private instance, so our hooks never touch a DOMPurify another module uses. */
function getPurifier(): DOMPurify {
  if (purifier !== null) return purifier;
  const instance = createDOMPurify(window);
  instance.addHook('uponSanitizeAttribute', (node, event) => {
    const value = keptAttributeValue(node.localName, event.attrName, event.attrValue);
    if (value === null) event.keepAttr = false;
    else event.attrValue = value;
  });
  purifier = instance;
  return instance;
}

export function sanitizePastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(document.body);
  restructurePaste(document.body);
  return getPurifier().sanitize(document.body.innerHTML, CONFIG);
}
