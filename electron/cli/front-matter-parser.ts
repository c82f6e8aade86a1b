/**
 * A strict reader for the small part of YAML that front matter needs here:
 * top-level `key: value` lines whose values are one line of text (plain,
 * "double-quoted" with JSON escapes, or 'single-quoted'), a one-line
 * `[a, b]` list, or a block of `- item` lines whose items are text or small
 * `key: value` maps. Everything else (anchors, aliases, tags, block scalars,
 * flow maps, nesting) is refused with its line number rather than guessed at.
 *
 * Why not a YAML library: every value here is text, and YAML's implicit
 * typing would turn `title: 1984`, `title: no` or `title: 2024-01-31` into a
 * number, a boolean or a date; anchors and aliases only add ways to make a
 * small file expensive. Refusing what is not in this subset keeps a typo
 * from becoming a silently different post.
 */

export type FrontMatterItem = string | Readonly<Record<string, string>>;
/** null: a key with nothing after it. */
export type FrontMatterValue = string | null | readonly FrontMatterItem[];

export interface SourceLine {
  /** 1-based, in the whole file. */
  readonly number: number;
  readonly text: string;
}

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
}

export interface ParsedBlock {
  readonly values: ReadonlyMap<string, FrontMatterValue>;
  /** Keys outside `known`, skipped with their indented lines. */
  readonly ignored: readonly string[];
}

const KEY_LINE = /^([A-Za-z_][\w-]*) *:(?: +(.*))?$/;
const UNSUPPORTED_START = /^[&*!|>%@`{]|^\? /;

function fail(line: SourceLine, message: string): never {
  throw new FrontMatterError(`front matter, line ${line.number}: ${message}`);
}

const isBlank = (text: string) => text.trim() === '' || text.trimStart().startsWith('#');
const indentOf = (text: string) => text.length - text.trimStart().length;

/** The index of the quote closing the one at `start`, or -1; `"` honours backslash escapes, `'` doubles itself. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i += 1) {
    if (quote === '"' && text[i] === '\\') i += 1;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i;
    }
  }
  return -1;
}

function afterValue(line: SourceLine, rest: string): void {
  const trimmed = rest.trim();
  if (trimmed !== '' && !trimmed.startsWith('#')) fail(line, `unexpected "${trimmed.slice(0, 40)}" after the closing quote.`);
}

function quoted(text: string, line: SourceLine): string {
  const end = closingQuote(text, 0);
  if (end === -1) fail(line, 'the quote is not closed. A value is one line; use \\n inside "double quotes" for a line break.');
  afterValue(line, text.slice(end + 1));
  if (text.startsWith("'")) return text.slice(1, end).replaceAll("''", "'");
  try {
    return JSON.parse(text.slice(0, end + 1)) as string;
  } catch {
    return fail(line, 'the "double-quoted" value has an escape that is not allowed here (use JSON escapes such as \\" and \\n).');
  }
}

/** One value of text. */
export function parseScalar(raw: string, line: SourceLine): string {
  const text = raw.trim();
  if (text.startsWith('"') || text.startsWith("'")) return quoted(text, line);
  if (UNSUPPORTED_START.test(text) || text.startsWith('[') || text.startsWith('- ')) {
    fail(line, `a value starting with "${text[0] ?? ''}" is not supported here (anchors, aliases, tags, multi-line text, maps and nested lists are not read). Put the value in quotes if it is text.`);
  }
  const comment = /\s#/.exec(text);
  const value = (comment === null ? text : text.slice(0, comment.index)).trim();
  if (/:(?:\s|$)/.test(value)) fail(line, `"${value.slice(0, 60)}" contains ": ", which YAML reads as a map. Put the value in quotes.`);
  return value;
}

/** `[a, "b, c", 'd']` on one line. */
function parseFlowList(text: string, line: SourceLine): string[] {
  const items: string[] = [];
  let start = 1;
  for (let i = 1; i < text.length; i += 1) {
    const char = text[i];
    if (char === '"' || char === "'") {
      const end = closingQuote(text, i);
      if (end === -1) fail(line, 'a quote in the list is not closed.');
      i = end;
    } else if (char === '[' || char === '{') {
      fail(line, 'lists inside lists, and maps inside a [ ] list, are not supported.');
    } else if (char === ',' || char === ']') {
      const part = text.slice(start, i);
      const emptyList = char === ']' && items.length === 0 && part.trim() === '';
      if (!emptyList) {
        if (part.trim() === '') fail(line, 'the list has an empty item (two commas in a row, or a comma before "]").');
        items.push(parseScalar(part, line));
      }
      start = i + 1;
      if (char === ']') {
        afterValue(line, text.slice(i + 1));
        return items;
      }
    }
  }
  return fail(line, 'the [ list is not closed with "]" on the same line.');
}

function mapEntry(text: string, line: SourceLine): [string, string] | null {
  if (text.startsWith('"') || text.startsWith("'")) return null;
  const match = KEY_LINE.exec(text);
  if (match === null) return null;
  const [, key = '', value] = match;
  if (value === undefined || value.trim() === '' || value.trim().startsWith('#')) fail(line, `"${key}" has no value.`);
  return [key, parseScalar(value, line)];
}

/** The `- item` lines under a key: all at one indentation; a map item's further keys line up under its first. */
function parseBlockList(lines: readonly SourceLine[]): FrontMatterItem[] {
  const items: FrontMatterItem[] = [];
  let itemIndent: number | null = null;
  let map: { entries: Record<string, string>; column: number } | null = null;
  for (const line of lines) {
    const indent = indentOf(line.text);
    const text = line.text.slice(indent);
    if (text === '-' || text.startsWith('- ')) {
      itemIndent ??= indent;
      if (indent !== itemIndent) fail(line, 'list items must start at the same column as the first one (nested lists are not supported).');
      const content = text.slice(1).trimStart();
      if (content === '' || content.startsWith('#')) fail(line, 'the list item is empty. Put its value (or its first key) on the same line as the dash.');
      const entry = mapEntry(content, line);
      if (entry === null) {
        items.push(parseScalar(content, line));
        map = null;
      } else {
        // A null prototype: a key such as "__proto__" stays a plain (and later refused) key.
        const entries = Object.create(null) as Record<string, string>;
        entries[entry[0]] = entry[1];
        map = { entries, column: indent + text.length - content.length };
        items.push(entries);
      }
      continue;
    }
    if (map === null) fail(line, 'expected a list item starting with "- ".');
    if (indent !== map.column) fail(line, 'the keys of a list item must line up under its first key.');
    const entry = mapEntry(text, line) ?? fail(line, 'expected "key: value" inside the list item.');
    if (Object.hasOwn(map.entries, entry[0])) fail(line, `"${entry[0]}" is given twice in this list item.`);
    map.entries[entry[0]] = entry[1];
  }
  return items;
}

/** The lines between the two `---`; `known` keys are read, others skipped and reported. */
export function parseFrontMatterBlock(lines: readonly SourceLine[], known: ReadonlySet<string>): ParsedBlock {
  const values = new Map<string, FrontMatterValue>();
  const ignored: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    i += 1;
    if (/^ *\t/.test(line.text)) fail(line, 'indent with spaces; YAML does not allow tabs there.');
    if (isBlank(line.text)) continue;
    if (indentOf(line.text) > 0 || line.text.startsWith('-')) fail(line, 'expected "key: value" at the start of the line.');
    const match = KEY_LINE.exec(line.text) ?? fail(line, 'expected "key: value" (a name, a colon, a space, then the value).');
    const [, key = '', rest = ''] = match;
    const block: SourceLine[] = [];
    while (i < lines.length && (isBlank(lines[i]!.text) || indentOf(lines[i]!.text) > 0 || lines[i]!.text.startsWith('-'))) {
      if (/^ *\t/.test(lines[i]!.text)) fail(lines[i]!, 'indent with spaces; YAML does not allow tabs there.');
      if (!isBlank(lines[i]!.text)) block.push(lines[i]!);
      i += 1;
    }
    if (!known.has(key)) {
      ignored.push(key);
      continue;
    }
    if (values.has(key)) fail(line, `"${key}" is given twice.`);
    const inline = rest.trim();
    if (inline !== '' && !inline.startsWith('#')) {
      const value = inline.startsWith('[') ? parseFlowList(inline, line) : parseScalar(inline, line);
      if (block.length > 0) fail(block[0]!, `"${key}" already has its value on line ${line.number}.`);
      values.set(key, value);
    } else {
      values.set(key, block.length === 0 ? null : parseBlockList(block));
    }
  }
  return { values, ignored };
}
