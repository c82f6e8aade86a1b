import { safeFileName } from './export-file-name.js';
import { sanitizeArticleHtml } from './html-sanitizer.js';
import { htmlToMarkdown, markdownHeading } from './markdown-conversion.js';

/**
 * A draft as a file another tool can open. The title leads the body as a
 * heading in both formats, which is also where the importer looks for it, so
 * exporting and importing again gives back the same title and body.
 *
 * Local images (`studio-local:` references) stay as references: their bytes
 * live in the draft's images list, not in the body, and have no public URL yet.
 */

export type ExportFormat = 'markdown' | 'html';

export type ExportableDraft = { title: string; bodyHtml: string; summary: string | null };

export type ExportedFile = { fileName: string; content: string };

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A title is one line; a pasted newline would end a Markdown heading early. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function htmlDocument(draft: ExportableDraft): string {
  const title = escapeHtml(oneLine(draft.title));
  const summary = draft.summary === null || draft.summary.trim() === '' ? [] : [`<meta name="description" content="${escapeHtml(draft.summary)}">`];
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    ...summary,
    '</head>',
    '<body>',
    ...(title === '' ? [] : [`<h1>${title}</h1>`]),
    sanitizeArticleHtml(draft.bodyHtml),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function markdownDocument(draft: ExportableDraft): string {
  const title = oneLine(draft.title);
  const body = htmlToMarkdown(draft.bodyHtml);
  return `${title === '' ? '' : `${markdownHeading(title)}\n\n`}${body}\n`;
}

export function exportDraft(draft: ExportableDraft, format: ExportFormat): ExportedFile {
  return format === 'html'
    ? { fileName: safeFileName(draft.title, 'html'), content: htmlDocument(draft) }
    : { fileName: safeFileName(draft.title, 'md'), content: markdownDocument(draft) };
}
