import { blankLinesBetweenBlocks, CONTAINERS, dissolveContainer } from './paste-paragraphs.js';
import { safeImageSrc, safeLinkHref } from './url-rules.js';

/**
 * Structure rules applied to pasted HTML before DOMPurify, while the styles
 * that carry meaning are still there: Google Docs' and Word's bold, italic,
 * underline and strike-through spans become real marks, synonyms become the
 * one tag the editor uses, and `<div>`-built text becomes paragraphs
 * (paste-paragraphs.ts). Runs on an inert document from DOMParser;
 * DOMPurify runs after it and has the last word.
 */

// Anchored at a declaration start, so Word's `mso-bidi-font-weight:normal` on a bold run is not read as "not bold".
const declaration = (property: string, value: string) => new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*(?:${value})\\b`, 'i');
const BOLD = declaration('font-weight', 'bold|bolder|[6-9]00');
const NOT_BOLD = declaration('font-weight', 'normal|lighter|[1-4]00');
const ITALIC = declaration('font-style', 'italic|oblique');
const UNDERLINE = declaration('text-decoration(?:-line)?', '[^;]*underline');
const STRIKE = declaration('text-decoration(?:-line)?', '[^;]*line-through');

const RENAMES: Record<string, string> = {
  b: 'strong', i: 'em', strike: 's', del: 's', h5: 'h4', h6: 'h4', tfoot: 'tbody', tt: 'code', kbd: 'code', samp: 'code',
  address: 'p', dt: 'p', dd: 'p', summary: 'p',
};

function style(element: Element): string {
  return element.getAttribute('style') ?? '';
}

function rename(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName);
  for (const attribute of [...element.attributes]) replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...element.childNodes);
  element.replaceWith(replacement);
  return replacement;
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function isVideoPlaceholder(element: Element): boolean {
  return element.localName === 'div' && (element.hasAttribute('data-video-id') || element.hasAttribute('data-video-url'));
}

/** A styled span (Google Docs, Word) as the marks its style means, outermost first. */
function styledMarks(element: Element): string[] {
  const css = style(element);
  const marks: string[] = [];
  if (BOLD.test(css)) marks.push('strong');
  if (ITALIC.test(css)) marks.push('em');
  // Google Docs underlines every link's text with a span; the link is what matters there.
  if (UNDERLINE.test(css) && element.closest('a') === null) marks.push('u');
  if (STRIKE.test(css)) marks.push('s');
  return marks;
}

function markSpan(element: Element): void {
  const marks = styledMarks(element);
  if (marks.length === 0) return;
  const document = element.ownerDocument;
  const outer = document.createElement(marks[0]!);
  let inner = outer;
  for (const mark of marks.slice(1)) inner = inner.appendChild(document.createElement(mark));
  inner.append(...element.childNodes);
  element.replaceChildren(outer);
}

/** A table caption becomes a paragraph just before its table. */
function moveCaption(caption: Element): void {
  const table = caption.closest('table');
  if (table === null) return unwrap(caption);
  const paragraph = caption.ownerDocument.createElement('p');
  paragraph.append(...caption.childNodes);
  table.before(paragraph);
  caption.remove();
}

/** Google Docs nests a sub-list directly in its list (`<ul><li>…</li><ul>…</ul></ul>`); it belongs to the item before it. */
function nestStrayList(list: Element): void {
  const previous = list.previousElementSibling;
  if (previous?.localName === 'li') previous.appendChild(list);
}

export function restructurePaste(root: Element): void {
  const document = root.ownerDocument;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode?.removeChild(comment);

  // Chrome's marker for "the copy ended with a line break", and pictures' alternative sources.
  for (const element of [...root.querySelectorAll('br.Apple-interchange-newline')]) element.remove();
  for (const element of [...root.querySelectorAll('picture')]) unwrap(element);

  // Word's empty-paragraph filler; its content is a lone no-break space.
  for (const element of [...root.getElementsByTagName('*')]) if (element.localName === 'o:p') element.remove();

  for (const element of [...root.querySelectorAll('b')]) if (NOT_BOLD.test(style(element))) unwrap(element);
  for (const element of [...root.querySelectorAll('span, font')]) markSpan(element);
  for (const element of [...root.querySelectorAll('a')]) if (safeLinkHref(element.getAttribute('href') ?? '') === null) unwrap(element);
  for (const element of [...root.querySelectorAll('img')]) if (safeImageSrc(element.getAttribute('src') ?? '') === null) element.remove();
  for (const element of [...root.querySelectorAll('caption')]) moveCaption(element);
  for (const element of [...root.querySelectorAll(Object.keys(RENAMES).join(','))]) rename(element, RENAMES[element.localName]!);
  for (const list of [...root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol')]) nestStrayList(list);

  // Deepest first, so a container's nested containers are already paragraphs when it is dissolved.
  const containers = [...root.querySelectorAll([...CONTAINERS].join(','))].reverse();
  for (const container of containers) {
    if (isVideoPlaceholder(container)) continue;
    if (container.localName === 'figure' && container.querySelector(':scope > img') !== null) continue;
    dissolveContainer(container);
  }
  blankLinesBetweenBlocks(root);
}
