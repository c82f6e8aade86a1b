/**
 * The editor writes exactly the stored body format: a body the store's
 * sanitiser produced comes back out of the editor unchanged, and sanitising
 * what the editor writes changes nothing, so an autosave never rewrites an
 * article behind the author's back.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../../electron/core/drafts/html-sanitizer.js';
import { inEditor, LOCAL_REF, mountEditor, reserialise, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

/** Every construct the stored format allows, each as the store writes it. */
const STORED_BODIES: Record<string, string> = {
  paragraphs: '<p>First paragraph.</p><p>Second, with a line<br />break.</p>',
  'empty paragraph': '<p>Before</p><p></p><p>After</p>',
  headings: '<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4>',
  marks: '<p><strong>bold</strong> <em>italic</em> <u>underlined</u> <s>struck</s> <code>code()</code></p>',
  'nested marks': '<p><strong><em>bold italic</em></strong></p>',
  'https link': '<p>See <a href="https://example.com/news?id=3#top" rel="noopener noreferrer">the news</a>.</p>',
  'mailto link': '<p><a href="mailto:comms@example.com?subject=Hello" rel="noopener noreferrer">Write to us</a></p>',
  'code block': '<pre><code>const a = 1 &lt; 2;\n  return a;</code></pre>',
  blockquote: '<blockquote><p>Quoted words.</p><p>Second line.</p></blockquote>',
  'bullet list': '<ul><li><p>One</p></li><li><p>Two</p><ul><li><p>Two and a half</p></li></ul></li></ul>',
  'ordered list': '<ol><li><p>First</p></li><li><p>Second</p></li></ol>',
  'ordered list with start': '<ol start="4"><li><p>Fourth</p></li></ol>',
  'horizontal rule': '<p>Above</p><hr /><p>Below</p>',
  'public image': '<img src="https://cdn.example.com/photo.jpg" alt="Team on the stage" width="640" height="480" />',
  'decorative image': '<img src="https://cdn.example.com/rule.png" alt="" />',
  'image without alt': '<img src="https://cdn.example.com/photo.jpg" />',
  'local image': `<img src="${LOCAL_REF}" alt="Our new office" />`,
  'image with a numeric alt': '<img src="https://cdn.example.com/year.png" alt="2024" />',
  figure: '<figure><img src="https://cdn.example.com/photo.jpg" alt="Photo" /><figcaption>The <em>new</em> office</figcaption></figure>',
  table:
    '<table><tbody><tr><th><p>Team</p></th><th><p>Lead</p></th></tr><tr><td><p>Comms</p></td><td><p>Ana</p></td></tr><tr><td colspan="2"><p>Both</p></td></tr></tbody></table>',
  'table with rowspan': '<table><tbody><tr><td rowspan="2"><p>Tall</p></td><td><p>a</p></td></tr><tr><td><p>b</p></td></tr></tbody></table>',
  'video with id': '<div data-video-id="123" data-video-url="https://video.example.com/watch/123"></div>',
  'video with only an id': '<div data-video-id="98765432109876543210"></div>',
  'text with entities': '<p>Fish &amp; chips &lt;tag&gt; "quoted" \'single\' café</p>',
  'link inside list and table': '<ul><li><p><a href="https://example.com/" rel="noopener noreferrer">x</a></p></li></ul>',
};

describe('a stored body comes back out of the editor unchanged', () => {
  for (const [name, input] of Object.entries(STORED_BODIES)) {
    it(name, () => {
      const stored = sanitizeArticleHtml(input);
      expect(stored, 'the fixture is already in stored form').toBe(input);
      const { handle } = mountEditor({ initialHtml: stored });
      const written = handle.getHTML();
      expect(reserialise(written)).toBe(reserialise(stored));
      expect(sanitizeArticleHtml(written)).toBe(stored);
    });
  }

  it('a video added while the draft is local keeps its url-only placeholder', () => {
    const placeholder = '<div data-video-url="https://video.example.com/watch/9"></div>';
    const { handle } = mountEditor({ initialHtml: placeholder });
    expect(handle.getHTML()).toBe(placeholder);
  });

  it('a whole article with every construct round-trips as one body', () => {
    const article = Object.values(STORED_BODIES).join('');
    const { handle } = mountEditor({ initialHtml: article });
    expect(sanitizeArticleHtml(handle.getHTML())).toBe(sanitizeArticleHtml(article));
  });
});

describe('what the editor writes after editing is already in stored form', () => {
  it('typing, formatting, a link, a table and a video', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Start</p>' });
    inEditor(editor, (e) =>
      e
        .chain()
        .focus('end')
        .insertContent(' more text')
        .selectAll()
        .toggleBold()
        .focus('end')
        .insertContent([
          { type: 'paragraph', content: [{ type: 'text', text: 'site', marks: [{ type: 'link', attrs: { href: 'https://EXAMPLE.com' } }] }] },
          { type: 'video', attrs: { videoId: '77', url: 'https://video.example.com/x' } },
          { type: 'paragraph' },
        ])
        .insertTable({ rows: 2, cols: 2, withHeaderRow: true })
        .insertContent('cell')
        .run(),
    );
    const written = handle.getHTML();
    expect(reserialise(written)).toContain('<a href="https://example.com/" rel="noopener noreferrer">site</a>');
    expect(written).toContain('<div data-video-id="77" data-video-url="https://video.example.com/x"></div><table><tbody><tr><th><p>cell</p></th>');
    expect(written).not.toMatch(/style=|colgroup|class=|target=/);
    expect(reserialise(sanitizeArticleHtml(written))).toBe(reserialise(written));
  });

  it('a link typed as a URL is autolinked in stored form', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p></p>' });
    inEditor(editor, (e) => e.chain().focus().insertContent('Visit https://Example.com/Path ').run());
    expect(reserialise(handle.getHTML())).toBe('<p>Visit <a href="https://example.com/Path" rel="noopener noreferrer">https://Example.com/Path</a> </p>');
  });
});

describe('changes and reloads', () => {
  it('onChange hands over a lazy body for each change, and the body reads as it was at that change', () => {
    const { editor, changes } = mountEditor({ initialHtml: '<p>One</p>' });
    inEditor(editor, (e) => e.chain().focus('end').insertContent(' two').run());
    inEditor(editor, (e) => e.chain().focus('end').insertContent(' three').run());
    expect(changes).toHaveLength(2);
    expect(changes[0]!.html()).toBe('<p>One two</p>');
    expect(changes[1]!.html()).toBe('<p>One two three</p>');
  });

  it('setContent replaces the text without onChange, and undo cannot bring the old text back', () => {
    const { editor, handle, changes } = mountEditor({ initialHtml: '<p>Draft</p>' });
    inEditor(editor, (e) => e.chain().focus('end').insertContent(' typed').run());
    const before = changes.length;
    inEditor(editor, () => handle.setContent('<p>Restored revision</p>'));
    expect(changes).toHaveLength(before);
    expect(handle.getHTML()).toBe('<p>Restored revision</p>');
    inEditor(editor, (e) => e.commands.undo());
    expect(handle.getHTML()).toBe('<p>Restored revision</p>');
  });

  it('the body of an unmounted editor can still be read', () => {
    const { editor, changes, unmount } = mountEditor({ initialHtml: '<p>Kept</p>' });
    inEditor(editor, (e) => e.chain().focus('end').insertContent('!').run());
    unmount();
    expect(changes.at(-1)!.html()).toBe('<p>Kept!</p>');
  });
});
