/** Images from this computer: kept by what their bytes are, written whole, read back only through their reference. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMediaHandlers } from '../../../electron/core/media/media-handlers.js';
import { channels } from '../../../shared/ipc/contract.js';
import { LOCAL_IMAGE_MAX_BYTES } from '../../../shared/media/local-image-schema.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
/** The first bytes of each format, then some payload: the store judges by the former only. */
const samples = {
  'image/png': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR-and-the-rest'),
  'image/jpeg': bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF-and-the-rest'),
  'image/gif': bytes('GIF89a', [1, 0, 1, 0]),
  'image/webp': bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
} as const;
const extensions = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' } as const;

let root: string;
let mediaDir: string;
let handlers: ReturnType<typeof createMediaHandlers>;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'media-'));
  // Two levels that do not exist yet: the first image creates them.
  mediaDir = path.join(root, 'data', 'media');
  handlers = createMediaHandlers(mediaDir);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const add = (fileName: string, content: Buffer) => Promise.resolve(handlers['media.addLocalImage']({ fileName, contentBase64: content.toString('base64') }));
const read = (ref: string) => Promise.resolve(handlers['media.readLocalImage']({ ref }));
const filesKept = () => (existsSync(mediaDir) ? readdirSync(mediaDir) : []);

describe('adding an image', () => {
  it.each(Object.entries(samples))('keeps a %s as <uuid>.<ext> and reads the same bytes back', async (mimeType, content) => {
    const added = await add('holiday photo.bin', content);
    expect(added).toEqual({ ref: expect.stringMatching(/^studio-local:[0-9a-f-]{36}$/), mimeType, byteLength: content.byteLength });
    const id = added.ref.slice('studio-local:'.length);
    expect(filesKept()).toEqual([`${id}.${extensions[mimeType as keyof typeof extensions]}`]);
    expect(await read(added.ref)).toEqual({ ...added, contentBase64: content.toString('base64') });
  });

  it('gives every image its own reference, even the same bytes twice', async () => {
    const first = await add('a.png', samples['image/png']);
    const second = await add('a.png', samples['image/png']);
    expect(first.ref).not.toBe(second.ref);
    expect(filesKept()).toHaveLength(2);
  });

  it.each([
    ['an SVG renamed .png', 'logo.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an HTML page renamed .png', 'invoice.png', '<!doctype html><html><body>Hi</body></html>'],
    ['a PDF', 'report.jpg', '%PDF-1.7\n'],
    ['an empty file', 'empty.png', ''],
  ])('refuses %s by its contents, naming the file, and keeps nothing', async (_case, fileName, text) => {
    await expect(add(fileName, Buffer.from(text))).rejects.toMatchObject({
      code: 'invalid_request',
      message: `“${fileName}” is not a PNG, JPEG, GIF or WebP image, whatever its name says, so it was not added. Choose an image in one of those formats.`,
    });
    expect(filesKept()).toEqual([]);
  });

  it('refuses an image over the size limit with its size, and keeps nothing', async () => {
    const tooBig = Buffer.concat([samples['image/png'], Buffer.alloc(LOCAL_IMAGE_MAX_BYTES + 1 - samples['image/png'].byteLength)]);
    await expect(add('poster.png', tooBig)).rejects.toMatchObject({
      code: 'invalid_request',
      message: '“poster.png” is 10.0 MB; an image from this computer can be at most 10.0 MB. Make it smaller, then add it again.',
    });
    expect(filesKept()).toEqual([]);
  });

  it('leaves no temporary file behind', async () => {
    await add('a.gif', samples['image/gif']);
    expect(filesKept().filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('the request schema the router applies first', () => {
  const request = channels['media.addLocalImage'].request;

  it('refuses text that is not base64', () => {
    expect(request.safeParse({ fileName: 'a.png', contentBase64: 'iVBOR w0K!!' }).success).toBe(false);
    expect(request.safeParse({ fileName: 'a.png', contentBase64: samples['image/png'].toString('base64') }).success).toBe(true);
  });

  it('refuses base64 longer than the largest image before decoding it', () => {
    const oversize = 'A'.repeat(Math.ceil(LOCAL_IMAGE_MAX_BYTES / 3) * 4 + 4);
    expect(request.safeParse({ fileName: 'a.png', contentBase64: oversize }).success).toBe(false);
  });

  it('accepts only studio-local references made of a uuid when reading', () => {
    const readRequest = channels['media.readLocalImage'].request;
    for (const ref of ['studio-local:../../etc/passwd', 'studio-local:/etc/passwd', 'file:///etc/passwd', 'studio-local:ABCDEF00-0000-4000-8000-000000000000']) {
      expect(readRequest.safeParse({ ref }).success, ref).toBe(false);
    }
  });
});

describe('reading an image', () => {
  it('cannot be led outside the media folder, even past the schema', async () => {
    writeFileSync(path.join(root, 'secret.png'), samples['image/png']);
    for (const ref of ['studio-local:../secret', 'studio-local:..%2Fsecret', `studio-local:${path.join(root, 'secret')}`]) {
      await expect(read(ref), ref).rejects.toMatchObject({ code: 'invalid_request', message: 'That is not a reference to an image from this computer.' });
    }
  });

  it('says the image is gone when its file was removed', async () => {
    const added = await add('a.png', samples['image/png']);
    rmSync(path.join(mediaDir, filesKept()[0] ?? 'missing'));
    await expect(read(added.ref)).rejects.toMatchObject({
      code: 'not_found',
      message: 'This image is no longer in Content Studio’s data folder. Add it again from your computer.',
    });
    await expect(read('studio-local:00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a file that was replaced by something that is not an image', async () => {
    const added = await add('a.png', samples['image/png']);
    writeFileSync(path.join(mediaDir, filesKept()[0] ?? 'missing'), '<html><script>alert(1)</script></html>');
    await expect(read(added.ref)).rejects.toMatchObject({
      code: 'not_found',
      message: 'This image’s file in Content Studio’s data folder is no longer a PNG, JPEG, GIF or WebP image. Add the image again from your computer.',
    });
  });
});
