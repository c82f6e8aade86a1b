import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { DraftContent } from '../../shared/drafts/draft-schema.js';
import { importFiles, MAX_IMPORT_FILE_BYTES } from '../core/drafts/draft-import.js';
import { sanitizeArticleHtml } from '../core/drafts/html-sanitizer.js';
import { splitImportedBody, type ImportedBody } from '../core/drafts/imported-body.js';
import { markdownToHtml } from '../core/drafts/markdown-conversion.js';
import { FrontMatterError } from './front-matter-parser.js';
import { splitFrontMatter, type FrontMatter } from './front-matter.js';
import type { DraftTopic } from './topic-resolution.js';

/** A file made ready to become a draft; its topics are still the front matter's references. */
export interface FileDraft {
  /** Absolute, links resolved: the ledger's key. */
  readonly path: string;
  readonly title: string;
  readonly summary: string;
  readonly bodyHtml: string;
  readonly images: DraftContent['images'];
  readonly topicReferences: readonly string[];
  /** Things worth a line on stderr that do not stop the file. */
  readonly warnings: readonly string[];
}

export type FileProblem = { readonly code: 'unreadable' | 'front_matter'; readonly message: string };
export type FileReading = { readonly ok: true; readonly file: FileDraft } | { readonly ok: false; readonly problem: FileProblem };

/** What a draft made from a file holds; the rest of a draft is the studio's to keep. */
export type FileContent = Pick<DraftContent, 'contentType' | 'title' | 'summary' | 'bodyHtml' | 'topics' | 'images'>;

/** Front matter comes on top of the file's size limit. */
const MAX_FILE_BYTES = MAX_IMPORT_FILE_BYTES + 64 * 1024;

function unreadable(message: string): FileReading {
  return { ok: false, problem: { code: 'unreadable', message } };
}

const folder = (shown: string) => `${shown} is a folder. Name the files in it instead, e.g. ${path.join(shown, '*.md')}.`;

function osProblem(error: unknown, shown: string): FileReading {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return unreadable(`There is no file at ${shown}. Check the path.`);
  if (code === 'EACCES' || code === 'EPERM') return unreadable(`${shown} may not be read (permission denied).`);
  if (code === 'EISDIR') return unreadable(`${shown} is a folder. Name the files in it instead, e.g. ${path.join(shown, '*.md')}.`);
  return unreadable(`${shown} could not be read (${code ?? 'unknown error'}).`);
}

/** The image list: the body's images (as the studio's import lists them), then the front matter's, whose alt text wins. */
function mergedImages(fromBody: readonly { url: string; altText: string }[], fromFrontMatter: FrontMatter['images']): DraftContent['images'] {
  const byUrl = new Map<string, { url: string; altText: string }>();
  for (const image of [...fromBody, ...fromFrontMatter]) byUrl.set(image.url, image);
  return [...byUrl.values()].map((image) => ({ url: image.url, localFileRef: null, altText: image.altText }));
}

/**
 * The body when the front matter names the title: the same conversion as
 * importFiles, but with that title given, so a first heading is dropped
 * only when it repeats the title and is otherwise kept as written.
 */
function bodyUnder(name: string, body: string, title: string): ImportedBody {
  const html = /\.(?:md|markdown)$/i.test(name) ? markdownToHtml(body) : sanitizeArticleHtml(body);
  return splitImportedBody(html, title, name.replace(/\.[^.]+$/, ''));
}

/**
 * Reads one Markdown or HTML file the way the studio imports one
 * (importFiles: sanitised, the first heading as the title), with its front
 * matter on top. Never throws: each file answers for itself.
 */
export async function readFileDraft(given: string): Promise<FileReading> {
  let absolute: string;
  let bytes: Buffer;
  try {
    absolute = await realpath(path.resolve(given));
    const info = await stat(absolute);
    if (info.isDirectory()) return unreadable(folder(given));
    if (info.size > MAX_FILE_BYTES) return unreadable(`${given} is larger than ${Math.floor(MAX_FILE_BYTES / 1024 / 1024)} MB.`);
    bytes = await readFile(absolute);
  } catch (error) {
    return osProblem(error, given);
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return unreadable(`${given} is not UTF-8 text. Save it as UTF-8 and run the command again.`);
  }
  let split: ReturnType<typeof splitFrontMatter>;
  try {
    split = splitFrontMatter(source);
  } catch (error) {
    if (error instanceof FrontMatterError) return { ok: false, problem: { code: 'front_matter', message: error.message } };
    throw error;
  }
  // The name as given says the format, even through a link to a file named otherwise.
  const name = path.basename(given);
  // importFiles checks the size, the encoding and the format, and converts.
  const [imported] = importFiles([{ name, content: split.body }]);
  if (imported === undefined || !imported.ok) return unreadable(imported?.ok === false ? imported.message : 'The file could not be converted into a draft.');
  const { frontMatter } = split;
  const body = frontMatter.title === undefined ? imported.draft : bodyUnder(name, split.body, frontMatter.title);
  const warnings = split.ignoredKeys.map((key) => `${given}: the front matter key "${key}" is not used (Content Studio reads title, summary, topics and images).`);
  return {
    ok: true,
    file: {
      path: absolute,
      title: frontMatter.title ?? imported.draft.title,
      summary: frontMatter.summary ?? '',
      bodyHtml: body.bodyHtml,
      images: mergedImages(body.images, frontMatter.images),
      topicReferences: frontMatter.topics,
      warnings,
    },
  };
}

/** The draft content for a file and its resolved topics. */
export function fileContent(file: FileDraft, topics: readonly DraftTopic[]): FileContent {
  return { contentType: 'article', title: file.title, summary: file.summary, bodyHtml: file.bodyHtml, topics: [...topics], images: file.images };
}

/** What decides "the same file": its content as the draft would hold it. Topic names may change on Firstup; their ids are what count. */
export function contentHash(content: FileContent): string {
  const topicIds = content.topics.map((topic) => topic.id).toSorted((a, b) => a - b);
  const images = content.images.map((image) => [image.url, image.altText]);
  return createHash('sha256').update(JSON.stringify([content.contentType, content.title, content.summary, content.bodyHtml, topicIds, images])).digest('hex');
}
