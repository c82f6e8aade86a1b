import { z } from 'zod';
import { FrontMatterError, parseFrontMatterBlock, type FrontMatterValue, type SourceLine } from './front-matter-parser.js';

/**
 * The optional block at the top of a file (between two `---` lines) that
 * says what the body cannot: the title, a summary, topics and the images
 * to attach. The grammar is front-matter-parser.ts; this file finds the
 * block and checks what it holds.
 */

export interface FrontMatter {
  readonly title?: string;
  readonly summary?: string;
  /** Ids or names, as written. */
  readonly topics: readonly string[];
  readonly images: readonly { readonly url: string; readonly altText: string }[];
}

export interface SplitFile {
  readonly frontMatter: FrontMatter;
  readonly body: string;
  /** Keys that were skipped, for a warning: a typo there should not pass unseen. */
  readonly ignoredKeys: readonly string[];
}

const KEYS = new Set(['title', 'summary', 'topics', 'images']);
/** Enough for any real front matter; a longer block is more likely a file that merely starts with a rule. */
const MAX_LINES = 500;
const MAX_CHARS = 64 * 1024;

/** One line of visible text, as the studio's own import cleans a title. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/\p{Cc}/gu, '').trim();

const text = (name: string, max: number) =>
  z
    .string()
    .transform(oneLine)
    .refine((value) => value !== '', `${name} is empty; give one, or remove the line.`)
    .refine((value) => value.length <= max, `${name} is longer than ${max.toLocaleString('en')} characters.`);

const topicSchema = z
  .string()
  .transform(oneLine)
  .refine((value) => value !== '' && value.length <= 200, 'a topic is an id or a name of at most 200 characters.');

const imageUrl = z
  .url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? 'an image needs its address in "url:".' : 'an image address must be a full https:// address.') })
  .max(2_048, 'an image address is at most 2,048 characters.');

/** An image is its address alone, or a small map with `url` and `alt`. */
const imageSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { url: value } : value),
  z
    .strictObject(
      { url: imageUrl, alt: z.string().max(2_000, 'alt text is at most 2,000 characters.').optional() },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? `an image takes "url" and "alt" only, not "${issue.keys.join('", "')}".` : 'an image is an address, or "url:" and "alt:" lines.') },
    )
    .transform(({ url, alt }) => ({ url, altText: alt === undefined ? '' : oneLine(alt) })),
);

const listOf = <T extends z.ZodType>(item: T, max: number, name: string) =>
  z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(item).max(max, `at most ${max} ${name}.`));

const frontMatterSchema = z.strictObject({
  title: text('the title', 1_000).optional(),
  summary: text('the summary', 5_000).optional(),
  topics: listOf(topicSchema, 50, 'topics').default([]),
  images: listOf(imageSchema, 100, 'images').default([]),
});

function validated(values: ReadonlyMap<string, FrontMatterValue>): FrontMatter {
  const present = Object.fromEntries([...values].filter(([, value]) => value !== null));
  const parsed = frontMatterSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(', ') ?? '';
  throw new FrontMatterError(`front matter${where === '' ? '' : `, ${where}`}: ${issue?.message ?? 'not valid.'}`);
}

const NONE: FrontMatter = { topics: [], images: [] };

/** The front matter and the body after it; a file without `---` on its first line is all body. */
export function splitFrontMatter(source: string): SplitFile {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return { frontMatter: NONE, body: source, ignoredKeys: [] };
  const limit = Math.min(lines.length, MAX_LINES + 2);
  let close = -1;
  for (let i = 1; i < limit; i += 1) {
    const line = lines[i]!.trimEnd();
    if (line === '---' || line === '...') {
      close = i;
      break;
    }
  }
  if (close === -1) {
    throw new FrontMatterError(
      lines.length > limit
        ? `front matter: the block that opens on line 1 is not closed within ${MAX_LINES} lines. Close it with a line of ---.`
        : 'front matter: line 1 opens it with ---, but no line closes it. Add a line of --- after the last key, or remove the first line.',
    );
  }
  const block: SourceLine[] = lines.slice(1, close).map((line, index) => ({ number: index + 2, text: line }));
  if (block.reduce((size, line) => size + line.text.length + 1, 0) > MAX_CHARS) {
    throw new FrontMatterError(`front matter: the block is larger than ${MAX_CHARS / 1024} KB.`);
  }
  const { values, ignored } = parseFrontMatterBlock(block, KEYS);
  return { frontMatter: validated(values), body: lines.slice(close + 1).join('\n'), ignoredKeys: ignored };
}
