import { DomUtils, parseDocument } from 'htmlparser2';
import { STUDIO_LOCAL_SCHEME } from './sanitizer-url-policy.js';

/**
 * Turns a sanitised body into the parts of a new draft: its title, the body
 * without the heading that became the title, and the images it shows by URL.
 * Pieces are cut out of the sanitised text by source position rather than
 * re-serialised from a tree, so the body keeps the sanitiser's exact output.
 */

export type ImportedImage = { url: string; altText: string };

export type ImportedBody = { title: string; bodyHtml: string; images: ImportedImage[] };

type Range = { start: number; end: number };

/** A title is one line of visible text. */
function cleanTitle(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim();
}

/** The text of the document's `<title>`, or '' when it has none. */
export function documentTitle(rawHtml: string): string {
  const title = DomUtils.findOne((element) => element.name === 'title', parseDocument(rawHtml).children);
  return title === null ? '' : cleanTitle(DomUtils.textContent(title));
}

/** Removes the ranges; a range inside one already removed is skipped (elements nest, they never overlap). */
function cut(html: string, ranges: Range[]): string {
  let kept = '';
  let position = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < position) continue;
    kept += html.slice(position, range.start);
    position = range.end;
  }
  return kept + html.slice(position);
}

/**
 * `documentTitle` wins when there is one, and a first h1 repeating it goes
 * (our own HTML export writes both). Otherwise the first h1 becomes the title
 * and leaves the body, and failing that the file's own name is the title.
 */
export function splitImportedBody(sanitizedHtml: string, givenTitle: string, fallbackTitle: string): ImportedBody {
  const document = parseDocument(sanitizedHtml, { withStartIndices: true, withEndIndices: true });
  const rangeOf = (element: { startIndex: number | null; endIndex: number | null }): Range => ({
    start: element.startIndex ?? 0,
    end: (element.endIndex ?? -1) + 1,
  });

  const heading = DomUtils.findOne((element) => element.name === 'h1', document.children);
  const headingText = heading === null ? '' : cleanTitle(DomUtils.textContent(heading));
  const headingIsTitle = headingText !== '' && (givenTitle === '' || headingText === givenTitle);
  const title = givenTitle !== '' ? givenTitle : headingIsTitle ? headingText : cleanTitle(fallbackTitle);

  const pictures = DomUtils.findAll((element) => element.name === 'img', document.children);
  // A local reference points into another draft's images list, which an imported file does not bring along.
  const localPictures = pictures.filter((element) => element.attribs.src?.startsWith(STUDIO_LOCAL_SCHEME));
  const ranges = [...localPictures, ...(heading !== null && headingIsTitle ? [heading] : [])].map(rangeOf);

  const images = new Map<string, ImportedImage>();
  for (const element of pictures) {
    const url = element.attribs.src;
    if (url === undefined || url.startsWith(STUDIO_LOCAL_SCHEME) || images.has(url)) continue;
    images.set(url, { url, altText: element.attribs.alt ?? '' });
  }

  return { title, bodyHtml: cut(sanitizedHtml, ranges).trim(), images: [...images.values()] };
}
