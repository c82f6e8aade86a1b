import { Marked } from 'marked';
import TurndownService from 'turndown';
import { sanitizeArticleHtml } from './html-sanitizer.js';

/**
 * Markdown in and out of the article allow-list. Both directions go through
 * the sanitiser, so neither raw HTML inside Markdown nor a stored body that
 * predates a tightening of the allow-list can slip past it.
 *
 * Markdown has no syntax for tables, figures, underline or the video
 * placeholder, so those are written as the HTML they already are: Markdown
 * allows inline HTML, marked passes it back through on import, and the
 * round trip keeps them instead of flattening them to text.
 */

// An instance of its own, so no other code's `marked.use()` changes how drafts are read.
const marked = new Marked({ gfm: true, breaks: false });

const KEPT_AS_HTML = new Set(['TABLE', 'FIGURE', 'U']);

/** What would start a tag, comment or entity when Markdown is read back; plain `a < b` and `R&D` stay as typed. */
const HTML_START = /<(?=[A-Za-z/!?])|&(?=#?\w+;)/g;

/** Turndown marks each node it visits with `isBlock`. */
function isBlock(node: HTMLElement): boolean {
  return 'isBlock' in node && node.isBlock === true;
}

function isVideoPlaceholder(node: HTMLElement): boolean {
  return node.nodeName === 'DIV' && node.hasAttribute('data-video-id');
}

/**
 * A blank line ends an HTML block in Markdown, and whatever follows would be
 * read as Markdown inside a table cell, so blank lines inside kept HTML go.
 */
function asHtmlBlock(node: HTMLElement): string {
  const html = node.outerHTML.replace(/\n[ \t]*(?=\n)/g, '');
  return node.nodeName === 'U' ? html : `\n\n${html}\n\n`;
}

const turndown = new TurndownService({
  headingStyle: 'atx',
  hr: '---',
  bulletListMarker: '-',
  codeBlockStyle: 'fenced',
  emDelimiter: '_',
  strongDelimiter: '**',
  keepReplacement: (_content, node) => asHtmlBlock(node),
  // Turndown drops empty elements, and the video placeholder is empty by design.
  blankReplacement: (_content, node) => (isVideoPlaceholder(node) ? asHtmlBlock(node) : isBlock(node) ? '\n\n' : ''),
})
  .keep((node) => KEPT_AS_HTML.has(node.nodeName) || isVideoPlaceholder(node))
  .addRule('strikethrough', { filter: ['s'], replacement: (content) => `~~${content}~~` });

const escapeMarkdownSyntax = turndown.escape.bind(turndown);
// Turndown leaves `<` and `&` alone, so text that reads "<b>" would come back as bold on import.
turndown.escape = (text: string) => escapeMarkdownSyntax(text).replace(HTML_START, '\\$&');

export function markdownToHtml(markdown: string): string {
  return sanitizeArticleHtml(marked.parse(markdown, { async: false }));
}

export function htmlToMarkdown(html: string): string {
  return turndown.turndown(sanitizeArticleHtml(html));
}

/** A level-one heading that reads back as exactly this text. */
export function markdownHeading(text: string): string {
  // A trailing run of #s after a space would be read as the heading's optional closing sequence.
  return `# ${turndown.escape(text).replace(/#$/, '\\#')}`;
}
