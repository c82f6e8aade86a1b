/**
 * What the drafts index sees of a body: the reader's text only, cut into
 * chunks that an edit disturbs locally, so an autosave re-indexes kilobytes,
 * not the whole article.
 */
import { describe, expect, it } from 'vitest';
import { bodyChunks, htmlToText, indexChunks } from '../../../electron/core/drafts/draft-index-text.js';

const paragraph = (n: number) => `<p>Paragraph ${n}: ${'steady words '.repeat(5 + (n % 17))}end.</p>`;
const longBody = (count: number) => Array.from({ length: count }, (_, n) => paragraph(n)).join('\n');

describe('draft index text', () => {
  it('keeps the text and drops tags, attributes, comments and scripts', () => {
    const text = htmlToText('<h2 id="x">Title</h2><!-- note --><p>One <a href="https://a.example/?q=1&amp;r=2" title="a > b">link</a>&nbsp;&#233;t&#xE9;</p><script>var hidden = 1;</script>');
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Title One link été');
  });

  it('ends a line at each block, so paragraphs never run into each other', () => {
    expect(htmlToText('<p>end</p><p>start</p><ul><li>a</li><li>b</li></ul>line<br>break')).toMatch(/end\n\s*start/);
  });

  it('cuts a long body at block ends and puts it back together unchanged', () => {
    const body = longBody(3_000);
    const chunks = bodyChunks(body);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join('')).toBe(body);
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/<\/p>$/);
  });

  it('changes only the chunks around an edit', () => {
    const before = longBody(3_000);
    const at = before.indexOf('Paragraph 1500:');
    const after = `${before.slice(0, at)}Inserted words. ${before.slice(at)}`;
    const old = new Set(indexChunks('T', 'S', before).map((chunk) => chunk.digest));
    const changed = indexChunks('T', 'S', after).filter((chunk) => !old.has(chunk.digest));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThanOrEqual(3);
  });

  it('cuts a single huge paragraph into pieces that still add up to the body', () => {
    const body = `<p>${'word '.repeat(40_000)}</p>`;
    const chunks = bodyChunks(body);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(body);
  });

  it('puts the title and summary in the first chunk and indexes nothing for an empty draft', () => {
    const [head, ...rest] = indexChunks('Title', 'Summary', '<p>Body</p>');
    expect(head!.text()).toEqual({ title: 'Title', summary: 'Summary', body: expect.stringContaining('Body') });
    expect(rest).toEqual([]);
    expect(indexChunks('', '', '')).toEqual([]);
    expect(indexChunks('A', '', '').map((chunk) => chunk.digest)).not.toEqual(indexChunks('B', '', '').map((chunk) => chunk.digest));
  });
});
