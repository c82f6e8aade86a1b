/**
 * Image files pasted or dropped into the text: the right ones are kept
 * through the screen and inserted where they were meant to go; the wrong
 * ones (type, size) are refused in the status line and insert nothing.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EditorMedia } from '../../../renderer/editor/ArticleEditor.js';
import { fakeMedia, imageFile, inEditor, LOCAL_REF, mountEditor, pasteInto, settle, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

const notice = () => screen.getByRole('status');

function dropOn(target: HTMLElement, files: File[]): void {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.assign(event, { clientX: 10, clientY: 10 });
  Object.defineProperty(event, 'dataTransfer', { value: { files, types: ['Files'], getData: () => '' } });
  act(() => {
    target.dispatchEvent(event);
  });
}

describe('pasting image files', () => {
  it('a PNG is kept as a local image at the caret, then its alt text is asked for', async () => {
    const { editor, text, handle, media } = mountEditor({ initialHtml: '<p>Intro</p>' });
    inEditor(editor, (e) => e.commands.focus('end'));
    const photo = imageFile('screenshot.png', 'image/png', 40_000);
    pasteInto(text, { files: [photo] });
    expect(media.addLocalImage).toHaveBeenCalledWith(photo);
    await waitFor(() => expect(handle.getHTML()).toBe(`<p>Intro</p><img src="${LOCAL_REF}"><p></p>`));
    expect(await screen.findByRole('dialog', { name: 'Describe the image' })).toBeTruthy();
  });

  it('shows that the image is being added while its bytes are saved', async () => {
    let answer: (value: { ref: string }) => void = () => undefined;
    const media: EditorMedia = { ...fakeMedia(), addLocalImage: () => new Promise((resolve) => (answer = resolve)) };
    const { editor, text, handle } = mountEditor({ initialHtml: '<p>Intro</p>', media });
    inEditor(editor, (e) => e.commands.focus('end'));
    pasteInto(text, { files: [imageFile('chart.webp', 'image/webp', 1_000)] });
    expect(text.textContent).toContain('Adding chart.webp…');
    expect(handle.getHTML()).toBe('<p>Intro</p>');
    await settle(() => answer({ ref: LOCAL_REF }));
    expect(text.textContent).not.toContain('Adding chart.webp…');
    expect(handle.getHTML()).toContain(LOCAL_REF);
  });

  it.each([
    ['report.pdf', 'application/pdf', 5_000, '“report.pdf” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.'],
    ['drawing.svg', 'image/svg+xml', 5_000, '“drawing.svg” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.'],
    ['poster.jpg', 'image/jpeg', 10 * 1024 * 1024 + 1, '“poster.jpg” is 10.0 MB; images can be up to 10.0 MB. Make it smaller and add it again.'],
    ['empty.gif', 'image/gif', 0, '“empty.gif” is empty. Choose the image file again.'],
  ])('%s (%s, %i bytes) is refused with a message and inserts nothing', (name, type, bytes, message) => {
    const { editor, text, handle, media } = mountEditor({ initialHtml: '<p>Intro</p>' });
    inEditor(editor, (e) => e.commands.focus('end'));
    pasteInto(text, { files: [imageFile(name, type, bytes)] });
    expect(notice().textContent).toBe(message);
    expect(media.addLocalImage).not.toHaveBeenCalled();
    expect(handle.getHTML()).toBe('<p>Intro</p>');
  });

  it('of several files, the good ones are added and the others named', async () => {
    const { editor, text, handle, media } = mountEditor({ initialHtml: '<p>Intro</p>' });
    inEditor(editor, (e) => e.commands.focus('end'));
    pasteInto(text, { files: [imageFile('ok.jpg', 'image/jpeg', 1_000), imageFile('movie.mp4', 'video/mp4', 1_000)] });
    expect(notice().textContent).toBe('“movie.mp4” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.');
    expect(media.addLocalImage).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(handle.getHTML()).toContain(LOCAL_REF));
  });

  it('a failed save says why, and leaves the text as it was', async () => {
    const media: EditorMedia = { ...fakeMedia(), addLocalImage: () => Promise.reject(new Error('The data folder is full. Free some space and try again.')) };
    const { editor, text, handle } = mountEditor({ initialHtml: '<p>Intro</p>', media });
    inEditor(editor, (e) => e.commands.focus('end'));
    pasteInto(text, { files: [imageFile('a.png', 'image/png', 10)] });
    await waitFor(() => expect(notice().textContent).toBe('“a.png” could not be added. The data folder is full. Free some space and try again.'));
    expect(handle.getHTML()).toBe('<p>Intro</p>');
    expect(text.textContent).not.toContain('Adding a.png…');
  });

  it('when the clipboard also has a web page image, the page wins: no file is kept', () => {
    const { editor, text, handle, media } = mountEditor({ initialHtml: '<p></p>' });
    inEditor(editor, (e) => e.commands.focus());
    pasteInto(text, { html: '<img src="https://cdn.example.com/cat.jpg" alt="Cat">', files: [imageFile('image.png', 'image/png', 100)] });
    expect(media.addLocalImage).not.toHaveBeenCalled();
    expect(handle.getHTML()).toContain('<img src="https://cdn.example.com/cat.jpg" alt="Cat">');
  });

  it('closing the editor while an image is being saved inserts nothing and throws nothing', async () => {
    let answer: (value: { ref: string }) => void = () => undefined;
    const media: EditorMedia = { ...fakeMedia(), addLocalImage: () => new Promise((resolve) => (answer = resolve)) };
    const { editor, text, changes, unmount } = mountEditor({ initialHtml: '<p>Intro</p>', media });
    inEditor(editor, (e) => e.commands.focus('end'));
    pasteInto(text, { files: [imageFile('late.png', 'image/png', 10)] });
    unmount();
    await waitFor(() => expect(editor.isDestroyed).toBe(true));
    await settle(() => answer({ ref: LOCAL_REF }));
    expect(changes).toHaveLength(0);
  });
});

describe('dropping image files', () => {
  it('a dropped image goes where it was dropped', async () => {
    const { editor, text, handle } = mountEditor({ initialHtml: '<p>First</p><p>Second</p>' });
    // jsdom has no layout to find the drop point from the pointer: the point is "the start of Second".
    editor.view.posAtCoords = () => ({ pos: 8, inside: -1 });
    dropOn(text, [imageFile('photo.jpg', 'image/jpeg', 1_000)]);
    await waitFor(() => expect(handle.getHTML()).toBe(`<p>First</p><img src="${LOCAL_REF}"><p>Second</p>`));
  });

  it('a dropped file of the wrong kind is refused and nothing is inserted', () => {
    const { editor, text, handle, media } = mountEditor({ initialHtml: '<p>First</p>' });
    editor.view.posAtCoords = () => ({ pos: 1, inside: -1 });
    dropOn(text, [imageFile('budget.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 1_000)]);
    expect(notice().textContent).toBe('“budget.xlsx” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.');
    expect(media.addLocalImage).not.toHaveBeenCalled();
    expect(handle.getHTML()).toBe('<p>First</p>');
  });
});
