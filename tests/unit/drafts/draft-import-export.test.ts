import { describe, expect, it } from 'vitest';
import { exportDraft } from '../../../electron/core/drafts/draft-export.js';
import { importFiles, type ImportedDraft, type ImportFile, type ImportResult } from '../../../electron/core/drafts/draft-import.js';
import { safeFileName } from '../../../electron/core/drafts/export-file-name.js';

const FIVE_MB = 5 * 1024 * 1024;

/** Line breaks between blocks differ by path (marked writes them, turndown's HTML does not) and mean nothing. */
const withoutBlockBreaks = (html: string) => html.replace(/>\n+</g, '><');

function draftOf(result: ImportResult | undefined): ImportedDraft {
  if (result === undefined || !result.ok) throw new Error(`expected a draft, got ${JSON.stringify(result)}`);
  return result.draft;
}

function importOne(file: ImportFile): ImportedDraft {
  return draftOf(importFiles([file])[0]);
}

/** Export, then import the exported file, as a person moving a draft between tools would. */
function viaFile(draft: ImportedDraft, format: 'markdown' | 'html'): { draft: ImportedDraft; content: string } {
  const exported = exportDraft(draft, format);
  return { draft: importOne({ name: exported.fileName, content: Buffer.from(exported.content, 'utf8') }), content: exported.content };
}

describe('importFiles', () => {
  it('imports many files and reports each broken one without stopping the others', () => {
    const results = importFiles([
      { name: 'first.md', content: '# First\n\nHello' },
      { name: 'broken.md', content: Buffer.from([0x23, 0x20, 0xc3, 0x28, 0xff]) },
      { name: 'second.HTML', content: Buffer.from('<h1>Second</h1><p>Hi</p>') },
      { name: 'notes.txt', content: 'plain text' },
      { name: 'README', content: 'no extension' },
      { name: 'huge.htm', content: 'x'.repeat(FIVE_MB + 1) },
      { name: 'third.markdown', content: 'Body only' },
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, true, false, false, false, true]);
    expect(results[1]).toEqual({ ok: false, name: 'broken.md', message: 'The file is not UTF-8 text.' });
    expect(results[3]).toMatchObject({ ok: false, name: 'notes.txt', message: expect.stringContaining('".txt" files cannot be imported') });
    expect(results[4]).toMatchObject({ ok: false, message: expect.stringContaining('no extension') });
    expect(results[5]).toMatchObject({ ok: false, name: 'huge.htm', message: 'The file is larger than 5 MB.' });
    expect(draftOf(results[0])).toEqual({ title: 'First', summary: null, bodyHtml: '<p>Hello</p>', contentType: 'article', images: [] });
    expect(draftOf(results[2])).toMatchObject({ title: 'Second', bodyHtml: '<p>Hi</p>' });
    expect(draftOf(results[6])).toMatchObject({ title: 'third', bodyHtml: '<p>Body only</p>' });
  });

  it('takes the title from <title>, else the first h1 (leaving the body), else the file name', () => {
    const titled = importOne({ name: 'a.html', content: '<title>  Team\n &amp; news </title><h1>Other heading</h1><p>x</p>' });
    expect(titled).toMatchObject({ title: 'Team & news', bodyHtml: '<h1>Other heading</h1><p>x</p>' });
    expect(importOne({ name: 'b.html', content: '<title>Same</title><h1>Same</h1><p>x</p>' })).toMatchObject({ title: 'Same', bodyHtml: '<p>x</p>' });
    expect(importOne({ name: 'c.html', content: '<p>a</p><h1>Heading <em>one</em></h1><h1>two</h1>' })).toMatchObject({
      title: 'Heading one',
      bodyHtml: '<p>a</p><h1>two</h1>',
    });
    expect(importOne({ name: 'folder/sub\\Quarterly plan.htm', content: '<h2>Not a title</h2>' })).toMatchObject({ title: 'Quarterly plan' });
    const markdown = importOne({ name: 'notes.md', content: 'Intro\n\n# Later heading\n\nText' });
    expect(markdown.title).toBe('Later heading');
    expect(withoutBlockBreaks(markdown.bodyHtml)).toBe('<p>Intro</p><p>Text</p>');
    expect(importOne({ name: 'plain.md', content: '## Only h2' })).toMatchObject({ title: 'plain', bodyHtml: '<h2>Only h2</h2>' });
  });

  it('sanitises hostile HTML and Markdown before anything becomes a draft', () => {
    const html = importOne({
      name: 'evil.html',
      content:
        '<html><head><title>Evil</title><script>alert(1)</script><base href="https://evil.example/"></head><body onload="alert(1)">' +
        '<p onclick="alert(1)">Hi<img src=x onerror=alert(1)><img src="data:image/png;base64,AA=="><img src="http://cdn.example/a.png" alt="http"></p>' +
        '<a href="javascript:alert(1)">click</a><iframe srcdoc="<script>alert(1)</script>"></iframe><img src="https://cdn.example/ok.png" alt="ok"></body></html>',
    });
    expect(html).toMatchObject({ title: 'Evil', bodyHtml: '<p>Hi</p>click<img src="https://cdn.example/ok.png" alt="ok" />' });
    expect(html.images).toEqual([{ url: 'https://cdn.example/ok.png', altText: 'ok' }]);

    const markdown = importOne({ name: 'evil.md', content: '[x](javascript:alert(1)) <script>alert(1)</script>\n\n![a](data:image/png;base64,AA==) <img src=x onerror=alert(1)>' });
    expect(markdown.bodyHtml).toBe('<p>x </p>\n<p> </p>');
    expect(markdown.images).toEqual([]);
  });

  it('drops local image references, which point into another draft', () => {
    const draft = importOne({ name: 'a.html', content: '<p>a<img src="studio-local:0f8fad5b-d9cb-469f-a165-70867728950e" alt="local">b</p>' });
    expect(draft).toMatchObject({ bodyHtml: '<p>ab</p>', images: [] });
  });

  it('refuses text that is not UTF-8, strips a byte-order mark, and refuses binary content', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi', 'utf16le')]);
    expect(importFiles([{ name: 'a.md', content: utf16 }])[0]).toMatchObject({ ok: false, message: 'The file is not UTF-8 text.' });
    expect(importFiles([{ name: 'b.md', content: Buffer.from('# A\0B') }])[0]).toMatchObject({ ok: false, message: 'The file is not UTF-8 text.' });
    expect(importOne({ name: 'c.md', content: Buffer.from('\uFEFF# Café 😀') })).toMatchObject({ title: 'Café 😀' });
    expect(importOne({ name: 'd.md', content: '\uFEFF# Plain' })).toMatchObject({ title: 'Plain' });
  });

  it('measures the size limit in bytes, for strings and buffers alike', () => {
    const multiByte = 'é'.repeat(FIVE_MB / 2 + 1);
    expect(importFiles([{ name: 'a.md', content: multiByte }])[0]).toMatchObject({ ok: false, message: 'The file is larger than 5 MB.' });
    expect(importFiles([{ name: 'b.md', content: Buffer.alloc(FIVE_MB + 1, 0x61) }])[0]).toMatchObject({ ok: false });
    expect(importFiles([{ name: 'c.md', content: 'a'.repeat(1024) }])[0]).toMatchObject({ ok: true });
  });
});

describe('exportDraft', () => {
  const draft = { title: 'Q&A: <script>alert(1)</script> "news"', bodyHtml: '<p onclick="x()">Body <img src=x onerror=alert(1)></p>', summary: 'Short & "sweet"' };

  it('writes a standalone HTML document with an escaped title and a sanitised body', () => {
    const { fileName, content } = exportDraft(draft, 'html');
    expect(fileName).toBe('Q&A script alert(1) script news.html');
    expect(content).toMatch(/^<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n/);
    expect(content).toContain('<title>Q&amp;A: &lt;script&gt;alert(1)&lt;/script&gt; &quot;news&quot;</title>');
    expect(content).toContain('<meta name="description" content="Short &amp; &quot;sweet&quot;">');
    expect(content).toContain('<body>\n<h1>Q&amp;A: &lt;script&gt;alert(1)&lt;/script&gt; &quot;news&quot;</h1>\n<p>Body </p>\n</body>');
    expect(content).not.toMatch(/onclick|onerror|<script/);
    expect(importOne({ name: fileName, content })).toMatchObject({ title: draft.title, bodyHtml: '<p>Body </p>' });
  });

  it('writes Markdown with the title as a heading that reads back as the same text', () => {
    const { fileName, content } = exportDraft({ ...draft, summary: null }, 'markdown');
    expect(fileName).toBe('Q&A script alert(1) script news.md');
    expect(content).toBe('# Q&A: \\<script>alert(1)\\</script> "news"\n\nBody\n');
    expect(importOne({ name: fileName, content })).toMatchObject({ title: draft.title, bodyHtml: '<p>Body</p>' });
    for (const title of ['1. Intro', 'Item #', '## not a level', '*stars* and _lines_', 'C# & F#', 'a < b &amp; c']) {
      const exported = exportDraft({ title, bodyHtml: '<p>x</p>', summary: null }, 'markdown');
      expect(importOne({ name: 'x.md', content: exported.content }).title).toBe(title);
    }
  });

  it('keeps Markdown-less structure (tables, figures, underline, video placeholders) as HTML', () => {
    const bodyHtml =
      '<table><tr><td colspan="2">a</td></tr></table><figure><img src="https://cdn.example/f.png" alt="f" /><figcaption>Cap</figcaption></figure>' +
      '<p><u>under</u> <s>gone</s></p><div data-video-id="42" data-video-url="https://videos.example/42"></div>';
    const { content } = exportDraft({ title: 'T', bodyHtml, summary: null }, 'markdown');
    expect(content).toContain('<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>');
    expect(content).toContain('<u>under</u> ~~gone~~');
    expect(content).toContain('<div data-video-id="42" data-video-url="https://videos.example/42"></div>');
    expect(withoutBlockBreaks(importOne({ name: 't.md', content }).bodyHtml)).toBe(
      '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table><figure><img src="https://cdn.example/f.png" alt="f" /><figcaption>Cap</figcaption></figure>' +
        '<p><u>under</u> <s>gone</s></p><div data-video-id="42" data-video-url="https://videos.example/42"></div>',
    );
  });
});

describe('round trips keep images by URL', () => {
  const images = [
    { url: 'https://cdn.example.com/a.png', altText: 'Team photo' },
    { url: 'https://images.example.org/b%20c.jpg?w=800&h=600', altText: 'Chart "Q3" [draft]' },
    { url: 'https://cdn.example.com/in-table.png', altText: 'In a table' },
    { url: 'https://cdn.example.com/linked.png', altText: '' },
  ];

  it('Markdown → HTML → Markdown', () => {
    const markdown = [
      '# Launch notes',
      'Intro with **bold** and a [link](https://example.com/a?b=1&c=2).',
      '![Team photo](https://cdn.example.com/a.png)',
      '![Chart "Q3" \\[draft\\]](https://images.example.org/b%20c.jpg?w=800&h=600)',
      '| Col | Pic |\n| --- | --- |\n| 1 | ![In a table](https://cdn.example.com/in-table.png) |',
      '[![](https://cdn.example.com/linked.png)](https://example.com/)',
    ].join('\n\n');
    const first = importOne({ name: 'launch.md', content: markdown });
    expect(first.images).toEqual(images);
    const html = viaFile(first, 'html');
    expect(html.draft.images).toEqual(images);
    const back = viaFile(html.draft, 'markdown');
    expect(back.draft.images).toEqual(images);
    expect(back.draft.title).toBe('Launch notes');
    expect(back.content).toContain('![Team photo](https://cdn.example.com/a.png)');
    expect(back.content).toContain('![Chart "Q3" \\[draft\\]](https://images.example.org/b%20c.jpg?w=800&h=600)');
    expect(viaFile(back.draft, 'markdown').content).toBe(back.content);
  });

  it('HTML → Markdown → HTML', () => {
    const html =
      '<!doctype html><html><head><meta charset="utf-8"><title>Launch notes</title></head><body><h1>Launch notes</h1>' +
      '<p><img src="https://cdn.example.com/a.png" alt="Team photo"></p><figure><img src="https://images.example.org/b%20c.jpg?w=800&amp;h=600" alt="Chart &quot;Q3&quot; [draft]"><figcaption>Q3</figcaption></figure>' +
      '<table><tr><td><img src="https://cdn.example.com/in-table.png" alt="In a table"></td></tr></table>' +
      '<p><a href="https://example.com/"><img src="https://cdn.example.com/linked.png" alt=""></a></p></body></html>';
    const first = importOne({ name: 'launch.html', content: html });
    expect(first.images).toEqual(images);
    const markdown = viaFile(first, 'markdown');
    expect(markdown.draft.images).toEqual(images);
    const back = viaFile(markdown.draft, 'html');
    expect(back.draft.images).toEqual(images);
    expect(back.draft.title).toBe('Launch notes');
    // Turndown reads HTML as a browser does, so the table gains the tbody every browser gives it.
    expect(withoutBlockBreaks(back.draft.bodyHtml)).toBe(first.bodyHtml.replace('<table><tr>', '<table><tbody><tr>').replace('</tr></table>', '</tr></tbody></table>'));
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd.md'],
    ['C:\\Windows\\system32', 'C Windows system32.md'],
    ['CON', '_CON.md'],
    ['nul.tar', '_nul.tar.md'],
    ['com1', '_com1.md'],
    ['invoice\u202Efdp.exe', 'invoicefdp.exe.md'],
    ['Line one\r\nLine\ttwo\u0000', 'Line one Line two.md'],
    ['...', 'Untitled.md'],
    ['', 'Untitled.md'],
    ['.hidden', 'hidden.md'],
    ['Trailing dots...', 'Trailing dots.md'],
    ['What? <Now> | "why" *', 'What Now why.md'],
  ])('%j → %j', (title, expected) => {
    expect(safeFileName(title, 'md')).toBe(expected);
  });

  it('keeps names within 100 characters and 255 bytes, never splitting a character', () => {
    const long = safeFileName('a'.repeat(300), 'html');
    expect(long).toHaveLength(100);
    const emoji = safeFileName('😀'.repeat(80), 'md');
    expect(emoji.length).toBeLessThanOrEqual(100);
    expect(emoji.endsWith('😀.md')).toBe(true);
    const chinese = safeFileName('中'.repeat(100), 'md');
    expect(Buffer.byteLength(chinese)).toBeLessThanOrEqual(255);
    expect(chinese.endsWith('中.md')).toBe(true);
  });
});
