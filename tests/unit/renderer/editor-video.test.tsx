/**
 * Videos: the stored placeholder shows as a card (never a frame), and the
 * Video button adds one through the screen at the caret.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EditorMedia } from '../../../renderer/editor/ArticleEditor.js';
import { fakeMedia, inEditor, mountEditor, settle, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

describe('a video placeholder in the text', () => {
  it('with an id: a card with the address and "attached", and no frame', async () => {
    const { text, handle } = mountEditor({ initialHtml: '<p>Watch:</p><div data-video-id="123" data-video-url="https://video.example.com/watch/town-hall?t=5"></div>' });
    const card = await waitFor(() => {
      const found = text.querySelector<HTMLElement>('.article-video-card');
      if (found === null) throw new Error('No card yet.');
      return found;
    });
    expect(card.textContent).toContain('video.example.com');
    expect(card.textContent).toContain('/watch/town-hall?t=5');
    expect(within(card).getByText('Attached on Firstup (video 123)')).toBeTruthy();
    expect(text.querySelector('iframe, video, object, embed')).toBeNull();
    expect(handle.getHTML()).toBe('<p>Watch:</p><div data-video-id="123" data-video-url="https://video.example.com/watch/town-hall?t=5"></div>');
  });

  it('without an id yet: says when it will be attached', async () => {
    const { text } = mountEditor({ initialHtml: '<div data-video-url="https://video.example.com/v/1"></div>' });
    expect(await within(text).findByText('Will be attached when the post is first sent to Firstup')).toBeTruthy();
  });

  it('a placeholder with a non-https address or a bad id is not a video', () => {
    const { handle } = mountEditor({
      initialHtml: '<div data-video-url="javascript:alert(1)"></div><div data-video-id="12a"></div><div data-video-url="http://video.example.com/"></div><p>After</p>',
    });
    expect(handle.getHTML()).toBe('<p>After</p>');
  });
});

describe('adding a video', () => {
  const open = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Video' }));
    return screen.getByRole('dialog', { name: 'Add a video' });
  };

  it('asks for an https address, adds it through the screen and inserts it at the caret with its id', async () => {
    const { editor, handle, media } = mountEditor({ initialHtml: '<p>Before</p><p>After</p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection(7).run());
    const form = open();
    const field = within(form).getByRole('textbox', { name: 'Video address' });
    fireEvent.change(field, { target: { value: 'http://video.example.com/v/9' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add video' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/public https:\/\/ address/);
    expect(media.addVideo).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'https://video.example.com/v/9' } });
    await settle(() => fireEvent.click(within(form).getByRole('button', { name: 'Add video' })));
    expect(media.addVideo).toHaveBeenCalledWith('https://video.example.com/v/9');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(handle.getHTML()).toBe('<p>Before</p><div data-video-id="321" data-video-url="https://video.example.com/v/9"></div><p>After</p>');
  });

  it('a local draft gets a placeholder without an id', async () => {
    const media: EditorMedia = { ...fakeMedia(), addVideo: (url) => Promise.resolve({ videoId: null, url }) };
    const { editor, handle } = mountEditor({ initialHtml: '<p>Text</p>', media });
    inEditor(editor, (e) => e.commands.focus('end'));
    fireEvent.change(within(open()).getByRole('textbox', { name: 'Video address' }), { target: { value: 'https://video.example.com/v/2' } });
    await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Add video' })));
    await waitFor(() => expect(handle.getHTML()).toBe('<p>Text</p><div data-video-url="https://video.example.com/v/2"></div><p></p>'));
  });

  it('a refusal from Firstup stays in the dialog with the address, and nothing is inserted', async () => {
    const media: EditorMedia = {
      ...fakeMedia(),
      addVideo: () => Promise.reject(new Error('Firstup could not fetch the video. Check the address and try again.')),
    };
    const { handle } = mountEditor({ initialHtml: '<p>Text</p>', media });
    const form = open();
    fireEvent.change(within(form).getByRole('textbox', { name: 'Video address' }), { target: { value: 'https://video.example.com/missing' } });
    await settle(() => fireEvent.click(within(form).getByRole('button', { name: 'Add video' })));
    expect((await within(form).findByRole('alert')).textContent).toBe('Firstup could not fetch the video. Check the address and try again.');
    expect(within(form).getByRole<HTMLInputElement>('textbox', { name: 'Video address' }).value).toBe('https://video.example.com/missing');
    expect(handle.getHTML()).toBe('<p>Text</p>');
  });

  it('closing the editor while the video is being added inserts nothing and throws nothing', async () => {
    let answer: (value: { videoId: number | null; url: string }) => void = () => undefined;
    const media: EditorMedia = { ...fakeMedia(), addVideo: () => new Promise((resolve) => (answer = resolve)) };
    const { unmount, editor, changes } = mountEditor({ initialHtml: '<p>Text</p>', media });
    fireEvent.change(within(open()).getByRole('textbox', { name: 'Video address' }), { target: { value: 'https://video.example.com/v/3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add video' }));
    unmount();
    // TipTap destroys the editor just after the component goes; the answer arrives after that.
    await waitFor(() => expect(editor.isDestroyed).toBe(true));
    await settle(() => answer({ videoId: 5, url: 'https://video.example.com/v/3' }));
    expect(changes).toHaveLength(0);
  });
});
