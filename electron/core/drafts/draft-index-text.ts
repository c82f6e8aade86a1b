import { createHash } from 'node:crypto';

/** What one FTS row holds; the first chunk also carries the title and summary. */
export interface ChunkText {
  readonly title: string | null;
  readonly summary: string | null;
  readonly body: string;
}

/** One FTS row, identified by a digest of its HTML; the text is worked out only for chunks the index does not have yet. */
export interface IndexChunk {
  readonly digest: string;
  text(): ChunkText;
}

/*
 * A body is cut into chunks of whole blocks (paragraphs, headings, list
 * items). A chunk ends after a block chosen by that block's own length, not
 * by a running total, so typing in one paragraph moves at most the boundaries
 * next to it: a save of a 1 MB article digests the HTML (fast) and turns into
 * text and re-indexes only the few kilobytes that changed.
 */
const MIN_CHUNK = 8_192;
const MAX_CHUNK = 32_768;
const BOUNDARY_EVERY = 4;

/** Comments and whole tags, quoted attribute values included, so a `>` inside a value ends nothing. */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const BLOCK = /^(?:p|h[1-6]|li|dt|dd|blockquote|pre|div|figure|figcaption|td|th|tr|table|ul|ol|section|article|aside|header|footer|br|hr)$/i;
const RAW_TEXT = /<(script|style|template)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?<\/\1\s*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-fA-F]{1,6})|([a-zA-Z][a-zA-Z\d]{1,31}));/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntity(_match: string, decimal?: string, hex?: string, name?: string): string {
  // The sanitiser writes characters, not named entities, beyond these; any other name is kept out of the index.
  if (name !== undefined) return NAMED[name] ?? ' ';
  const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}

/** A closing block tag, or a `<br>` or `<hr>`: where one block of text ends. */
const endsBlock = (closing: string | undefined, name: string | undefined) =>
  name !== undefined && (closing === '/' || /^(?:br|hr)$/i.test(name)) && BLOCK.test(name);

/** The text a reader sees: tag names and attribute values never reach the index. */
export function htmlToText(html: string): string {
  return html
    .replace(RAW_TEXT, ' ')
    .replace(MARKUP, (_tag, closing?: string, name?: string) => (endsBlock(closing, name) ? '\n' : ' '))
    .replace(ENTITY, decodeEntity);
}

/** Block boundaries: the offsets just after each block's end tag (and after `<br>` and `<hr>`). */
function blockEnds(html: string): number[] {
  const ends: number[] = [];
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(html); match !== null; match = MARKUP.exec(html)) {
    const [tag, closing, name] = match;
    if (endsBlock(closing, name)) ends.push(match.index + tag.length);
  }
  return ends;
}

/** A block too long for one chunk (pasted text without paragraphs) is cut after a tag or a space. */
function cutLong(html: string, start: number, end: number, into: string[]): number {
  let from = start;
  while (end - from > MAX_CHUNK) {
    const limit = from + MAX_CHUNK / 2;
    const cut = Math.max(html.lastIndexOf('>', limit), html.lastIndexOf(' ', limit));
    const at = cut > from ? cut + 1 : limit;
    into.push(html.slice(from, at));
    from = at;
  }
  return from;
}

export function bodyChunks(html: string): string[] {
  const chunks: string[] = [];
  let chunkStart = 0;
  let blockStart = 0;
  for (const end of [...blockEnds(html), html.length]) {
    if (end - blockStart > MAX_CHUNK) {
      if (blockStart > chunkStart) chunks.push(html.slice(chunkStart, blockStart));
      chunkStart = cutLong(html, blockStart, end, chunks);
    }
    const size = end - chunkStart;
    if (size >= MAX_CHUNK || (size >= MIN_CHUNK && (end - blockStart) % BOUNDARY_EVERY === 0) || end === html.length) {
      if (end > chunkStart) chunks.push(html.slice(chunkStart, end));
      chunkStart = end;
    }
    blockStart = end;
  }
  return chunks;
}

const digestOf = (...parts: string[]) => createHash('sha1').update(parts.join('\u0000')).digest('base64');

/** The rows that make a draft findable; none for a draft with neither title, summary nor body. */
export function indexChunks(title: string, summary: string, bodyHtml: string): IndexChunk[] {
  const [first = '', ...rest] = bodyChunks(bodyHtml);
  const head: IndexChunk[] =
    title === '' && summary === '' && first === ''
      ? []
      : [{ digest: digestOf('head', title, summary, first), text: () => ({ title, summary, body: htmlToText(first) }) }];
  return [...head, ...rest.map((html) => ({ digest: digestOf(html), text: () => ({ title: null, summary: null, body: htmlToText(html) }) }))];
}
