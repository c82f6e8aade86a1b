/** Front matter: the subset that is read, the mistakes that are named by line, and input meant to do harm. */
import { describe, expect, it } from 'vitest';
import { FrontMatterError } from '../../../electron/cli/front-matter-parser.js';
import { splitFrontMatter } from '../../../electron/cli/front-matter.js';

const block = (...lines: string[]) => ['---', ...lines, '---', '# Body', 'Text.'].join('\n');
const refused = (source: string) => {
  try {
    splitFrontMatter(source);
  } catch (error) {
    expect(error).toBeInstanceOf(FrontMatterError);
    return (error as Error).message;
  }
  throw new Error('expected the front matter to be refused');
};

describe('front matter that is read', () => {
  it('reads every key in its plain, quoted and list forms, and leaves the body after it', () => {
    const split = splitFrontMatter(
      block(
        'title: Quarterly results   # a comment',
        'summary: "Numbers: \\"up\\" and\\tdown"',
        "topics: [Company News, 'Benefits & Wellbeing', \"A, B\", 102]",
        'images:',
        '  - url: https://cdn.example.com/chart.png',
        '    alt: Revenue by quarter',
        '  - https://cdn.example.com/plain.png',
      ),
    );
    expect(split.frontMatter).toEqual({
      title: 'Quarterly results',
      summary: 'Numbers: "up" and down',
      topics: ['Company News', 'Benefits & Wellbeing', 'A, B', '102'],
      images: [
        { url: 'https://cdn.example.com/chart.png', altText: 'Revenue by quarter' },
        { url: 'https://cdn.example.com/plain.png', altText: '' },
      ],
    });
    expect(split.body).toBe('# Body\nText.');
    expect(split.ignoredKeys).toEqual([]);
  });

  it('keeps every value as text: no number, boolean or date', () => {
    expect(splitFrontMatter(block('title: 1984', 'summary: no', 'topics: 2024-01-31')).frontMatter).toMatchObject({ title: '1984', summary: 'no', topics: ['2024-01-31'] });
  });

  it('reads block lists at any indentation, and a single topic without brackets', () => {
    expect(splitFrontMatter(block('topics:', '- Company News', '- 102  # the id')).frontMatter.topics).toEqual(['Company News', '102']);
    expect(splitFrontMatter(block('topics: Company News')).frontMatter.topics).toEqual(['Company News']);
    expect(splitFrontMatter(block('topics: []')).frontMatter.topics).toEqual([]);
  });

  it("reads 'single quotes' with their doubled quote, and closes on ... as well", () => {
    const split = splitFrontMatter(["---", "title: 'It''s here'", '...', 'Body'].join('\r\n'));
    expect(split.frontMatter.title).toBe("It's here");
    expect(split.body).toBe('Body');
  });

  it('skips keys it does not use, indented lines and all, and reports them', () => {
    const split = splitFrontMatter(block('layout: post', 'tags:', '  - a', '  - {b: c}', 'title: Kept'));
    expect(split.frontMatter.title).toBe('Kept');
    expect(split.ignoredKeys).toEqual(['layout', 'tags']);
  });

  it('treats a file without --- on its first line as all body, and a key with nothing after it as absent', () => {
    expect(splitFrontMatter('# Title\n---\ntitle: not front matter\n---')).toEqual({ frontMatter: { topics: [], images: [] }, body: '# Title\n---\ntitle: not front matter\n---', ignoredKeys: [] });
    expect(splitFrontMatter(block('title:', 'topics:')).frontMatter).toEqual({ topics: [], images: [] });
  });

  it('makes a title one line of visible text', () => {
    expect(splitFrontMatter(block('title: "Two\\nlines\\u0007 here"')).frontMatter.title).toBe('Two lines here');
  });
});

describe('front matter with mistakes', () => {
  it.each([
    [['title: Hello: world'], 'front matter, line 2: "Hello: world" contains ": ", which YAML reads as a map. Put the value in quotes.'],
    [['title: "open'], 'front matter, line 2: the quote is not closed.'],
    [['title: "done" extra'], 'front matter, line 2: unexpected "extra" after the closing quote.'],
    [['title: "bad \\q escape"'], 'front matter, line 2: the "double-quoted" value has an escape that is not allowed here'],
    [['title: One', 'title: Two'], 'front matter, line 3: "title" is given twice.'],
    [['title: One', '  continued'], 'front matter, line 3: "title" already has its value on line 2.'],
    [['  title: indented'], 'front matter, line 2: expected "key: value" at the start of the line.'],
    [['title:value'], 'front matter, line 2: expected "key: value" (a name, a colon, a space, then the value).'],
    [['\ttitle: tab'], 'front matter, line 2: indent with spaces; YAML does not allow tabs there.'],
    [['topics: [a, , b]'], 'front matter, line 2: the list has an empty item'],
    [['topics: [a, b'], 'front matter, line 2: the [ list is not closed with "]" on the same line.'],
    [['topics: [a, [b]]'], 'front matter, line 2: lists inside lists, and maps inside a [ ] list, are not supported.'],
    [['topics:', '  - a', '    - b'], 'front matter, line 4: list items must start at the same column as the first one'],
    [['topics:', '  -'], 'front matter, line 3: the list item is empty.'],
    [['topics:', '  just text'], 'front matter, line 3: expected a list item starting with "- ".'],
    [['images:', '  - url: https://e.com/a.png', '      alt: misaligned'], 'front matter, line 4: the keys of a list item must line up under its first key.'],
    [['images:', '  - url: https://e.com/a.png', '    url: https://e.com/b.png'], 'front matter, line 4: "url" is given twice in this list item.'],
    [['images:', '  - url:'], 'front matter, line 3: "url" has no value.'],
    [['images:', '  - url: http://e.com/a.png'], 'front matter, images, item 1, url: an image address must be a full https:// address.'],
    [['images:', '  - alt: no address'], 'front matter, images, item 1, url: an image needs its address in "url:".'],
    [['images:', '  - url: https://e.com/a.png', '    caption: x'], 'front matter, images, item 1: an image takes "url" and "alt" only, not "caption".'],
    [['title: ""'], 'front matter, title: the title is empty; give one, or remove the line.'],
    [[`title: ${'x'.repeat(1_001)}`], 'front matter, title: the title is longer than 1,000 characters.'],
    [[`topics: [${Array.from({ length: 51 }, (_, i) => `t${i}`).join(', ')}]`], 'front matter, topics: at most 50 topics.'],
  ])('names the line and the fix for %j', (lines, message) => {
    expect(refused(block(...lines))).toContain(message);
  });

  it('says when the block is never closed', () => {
    expect(refused('---\ntitle: x\n# Body')).toBe('front matter: line 1 opens it with ---, but no line closes it. Add a line of --- after the last key, or remove the first line.');
  });
});

describe('hostile front matter', () => {
  it.each([
    ['an anchor', 'title: &anchor Hello', '"&"'],
    ['an alias', 'title: *anchor', '"*"'],
    ['a tag', 'title: !!python/object:os.system ls', '"!"'],
    ['a block scalar', 'summary: |', '"|"'],
    ['a folded scalar', 'summary: >-', '">"'],
    ['a flow map', 'title: {a: b}', '"{"'],
    ['a directive', 'title: %YAML 1.1', '"%"'],
    ['a complex key', 'title: ? a', '"?"'],
  ])('refuses %s instead of expanding it', (_name, line, shown) => {
    expect(refused(block(line))).toContain(`a value starting with ${shown} is not supported here`);
  });

  it('refuses a billion-laughs document at its first alias', () => {
    const laughs = ['title: &a "lol"', 'summary: [*a, *a, *a, *a, *a, *a, *a, *a, *a]'];
    expect(refused(block(...laughs))).toContain('line 2');
  });

  it('does not let a key reach an object prototype', () => {
    expect(refused(block('images:', '  - __proto__: polluted', '    url: https://e.com/a.png'))).toContain('an image takes "url" and "alt" only, not "__proto__".');
    const split = splitFrontMatter(block('__proto__: polluted', 'constructor: x', 'title: Safe'));
    expect(split.ignoredKeys).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(split.frontMatter)).toBe(Object.prototype);
  });

  it('stops at a size limit rather than reading without end', () => {
    const long = ['---', ...Array.from({ length: 600 }, (_, i) => `# ${i}`), '---', 'Body'].join('\n');
    expect(refused(long)).toContain('is not closed within 500 lines');
    const wide = block(`summary: ${'x'.repeat(70 * 1024)}`);
    expect(refused(wide)).toBe('front matter: the block is larger than 64 KB.');
  });

  it('answers quickly for pathological quoting and spacing', () => {
    const started = performance.now();
    refused(block(`title: "${'\\"'.repeat(20_000)}`));
    refused(block(`title: ${'a '.repeat(20_000)}: b`));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
