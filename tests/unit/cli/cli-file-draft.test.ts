/** A file on disk → the draft the CLI makes of it: the studio's import, with front matter on top. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, fileContent, readFileDraft, type FileDraft } from '../../../electron/cli/file-draft.js';
import { tempDir } from '../../support/test-core.js';

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir('cli-files'), name);
  writeFileSync(file, content);
  return file;
}

async function draftOf(file: string): Promise<FileDraft> {
  const reading = await readFileDraft(file);
  if (!reading.ok) throw new Error(reading.problem.message);
  return reading.file;
}

describe('reading a file into a draft', () => {
  it('reads Markdown as the studio imports it: the first heading is the title, the rest the sanitised body', async () => {
    const draft = await draftOf(write('plain.md', '# Launch day\n\nWe **shipped**. <script>alert(1)</script>\n'));
    expect(draft.title).toBe('Launch day');
    expect(draft.bodyHtml).toBe('<p>We <strong>shipped</strong>. </p>');
    expect(draft.summary).toBe('');
    expect(draft.topicReferences).toEqual([]);
  });

  it('reads HTML with its <title>', async () => {
    const draft = await draftOf(write('page.html', '<html><head><title>Team notes</title></head><body><h1>Team notes</h1><p>Hi</p></body></html>'));
    expect(draft.title).toBe('Team notes');
    expect(draft.bodyHtml).toBe('<p>Hi</p>');
  });

  it('takes title, summary and topics from front matter, keeping a first heading that says something else', async () => {
    const draft = await draftOf(write('fm.md', '---\ntitle: From front matter\nsummary: One line\ntopics: [Company News, 102]\n---\n# Section one\n\nText.\n'));
    expect(draft).toMatchObject({ title: 'From front matter', summary: 'One line', topicReferences: ['Company News', '102'] });
    expect(draft.bodyHtml).toBe('<h1>Section one</h1>\n<p>Text.</p>');
  });

  it('drops a first heading that repeats the front matter title', async () => {
    const draft = await draftOf(write('same.md', '---\ntitle: Same\n---\n# Same\n\nText.\n'));
    expect(draft.bodyHtml).toBe('<p>Text.</p>');
  });

  it("lists the body's images and the front matter's, whose alt text wins for the same address", async () => {
    const source = '---\nimages:\n  - url: https://cdn.example.com/a.png\n    alt: Better words\n  - url: https://cdn.example.com/b.png\n    alt: B\n---\n# T\n\n![old](https://cdn.example.com/a.png)\n';
    expect((await draftOf(write('images.md', source))).images).toEqual([
      { url: 'https://cdn.example.com/a.png', localFileRef: null, altText: 'Better words' },
      { url: 'https://cdn.example.com/b.png', localFileRef: null, altText: 'B' },
    ]);
  });

  it('warns about front matter keys it does not use', async () => {
    const file = write('jekyll.md', '---\nlayout: post\ntitle: T\n---\nBody\n');
    expect((await draftOf(file)).warnings).toEqual([`${file}: the front matter key "layout" is not used (Content Studio reads title, summary, topics and images).`]);
  });

  it('keys the ledger by the real path, and reads the format from the name given', async () => {
    const target = write('stored-without-extension', '# Linked\n');
    const link = path.join(path.dirname(target), 'link.md');
    symlinkSync(target, link);
    const draft = await draftOf(link);
    expect(draft.path).toBe(target);
    expect(draft.title).toBe('Linked');
  });
});

describe('files that cannot become a draft', () => {
  const problemOf = async (file: string) => {
    const reading = await readFileDraft(file);
    if (reading.ok) throw new Error('expected a problem');
    return reading.problem;
  };

  it('names a missing file, a folder, a file that is not UTF-8, and a format it cannot read', async () => {
    const folder = tempDir('cli-folder');
    expect(await problemOf(path.join(folder, 'nope.md'))).toEqual({ code: 'unreadable', message: `There is no file at ${path.join(folder, 'nope.md')}. Check the path.` });
    expect(await problemOf(folder)).toEqual({ code: 'unreadable', message: `${folder} is a folder. Name the files in it instead, e.g. ${path.join(folder, '*.md')}.` });
    const latin1 = write('latin1.md', Buffer.from([0x23, 0x20, 0xe9, 0x74, 0xe9]));
    expect(await problemOf(latin1)).toEqual({ code: 'unreadable', message: `${latin1} is not UTF-8 text. Save it as UTF-8 and run the command again.` });
    expect(await problemOf(write('notes.txt', 'text'))).toEqual({ code: 'unreadable', message: '".txt" files cannot be imported. Choose Markdown (.md, .markdown) or HTML (.html, .htm) files.' });
  });

  it('reports broken front matter with its line', async () => {
    expect(await problemOf(write('broken.md', '---\ntitle: &a x\n---\nBody'))).toMatchObject({ code: 'front_matter', message: expect.stringContaining('front matter, line 2:') });
  });

  it('refuses a file far over the size limit without reading it whole', async () => {
    const dir = tempDir('cli-big');
    mkdirSync(dir, { recursive: true });
    const big = path.join(dir, 'big.md');
    writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 0x61));
    expect(await problemOf(big)).toEqual({ code: 'unreadable', message: `${big} is larger than 5 MB.` });
  });
});

describe('what counts as the same content', () => {
  it('ignores topic order and topic names, and sees any change in the text', async () => {
    const draft = await draftOf(write('hash.md', '# T\n\nBody\n'));
    const one = contentHash(fileContent(draft, [{ id: 101, name: 'Company News' }, { id: 102, name: 'Leadership' }]));
    expect(contentHash(fileContent(draft, [{ id: 102, name: 'Renamed' }, { id: 101, name: 'Company News' }]))).toBe(one);
    expect(contentHash(fileContent(draft, [{ id: 101, name: 'Company News' }]))).not.toBe(one);
    expect(contentHash(fileContent({ ...draft, bodyHtml: '<p>Body!</p>' }, [{ id: 101, name: 'Company News' }, { id: 102, name: 'x' }]))).not.toBe(one);
    expect(one).toMatch(/^[0-9a-f]{64}$/);
  });
});
