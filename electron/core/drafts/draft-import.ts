import { StudioError } from '../../../shared/ipc/studio-error.js';
import { MAX_ARTICLE_HTML_BYTES, sanitizeArticleHtml } from './html-sanitizer.js';
import { documentTitle, splitImportedBody, type ImportedImage } from './imported-body.js';
import { markdownToHtml } from './markdown-conversion.js';

/**
 * New drafts from Markdown and HTML files. Each file is read on its own and
 * reports its own outcome, so one broken file in a batch of twenty costs
 * that file only. Everything imported passes the article allow-list before
 * it can become a draft.
 */

export type ImportFile = { name: string; content: string | Buffer };

export type ImportedDraft = {
  title: string;
  summary: null;
  bodyHtml: string;
  contentType: 'article';
  images: ImportedImage[];
};

export type ImportResult = { ok: true; draft: ImportedDraft } | { ok: false; name: string; message: string };

/** A Markdown file grows when rendered, so a file near this size may still fail at the body limit, with its own message. */
export const MAX_IMPORT_FILE_BYTES = MAX_ARTICLE_HTML_BYTES;

const FORMATS = new Map<string, 'markdown' | 'html'>([
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
]);

const SUPPORTED = 'Markdown (.md, .markdown) or HTML (.html, .htm)';

function refuse(message: string): never {
  throw new StudioError('invalid_request', message);
}

/** The name without folders, which a name from a drop or a dialog may carry. */
function baseName(name: string): string {
  return name.split(/[/\\]/).pop() ?? name;
}

function formatOf(name: string): 'markdown' | 'html' {
  const extension = /\.([^.]+)$/.exec(baseName(name))?.[1];
  if (extension === undefined) refuse(`The file has no extension. Choose ${SUPPORTED} files.`);
  return FORMATS.get(extension.toLowerCase()) ?? refuse(`".${extension}" files cannot be imported. Choose ${SUPPORTED} files.`);
}

function text(content: string | Buffer): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
  if (size > MAX_IMPORT_FILE_BYTES) refuse(`The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB.`);
  let decoded: string;
  try {
    decoded = typeof content === 'string' ? content.replace(/^\uFEFF/, '') : new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    refuse('The file is not UTF-8 text.');
  }
  // Valid UTF-8 can still be a binary file; a NUL never appears in real Markdown or HTML.
  if (decoded.includes('\0')) refuse('The file is not UTF-8 text.');
  return decoded;
}

function readDraft(file: ImportFile): ImportedDraft {
  const format = formatOf(file.name);
  const source = text(file.content);
  const fallbackTitle = baseName(file.name).replace(/\.[^.]+$/, '');
  const body =
    format === 'markdown'
      ? splitImportedBody(markdownToHtml(source), '', fallbackTitle)
      : splitImportedBody(sanitizeArticleHtml(source), documentTitle(source), fallbackTitle);
  return { title: body.title, summary: null, bodyHtml: body.bodyHtml, contentType: 'article', images: body.images };
}

export function importFiles(files: readonly ImportFile[]): ImportResult[] {
  return files.map((file): ImportResult => {
    try {
      return { ok: true, draft: readDraft(file) };
    } catch (error) {
      const message = error instanceof StudioError ? error.message : 'The file could not be converted into a draft.';
      return { ok: false, name: file.name, message };
    }
  });
}
