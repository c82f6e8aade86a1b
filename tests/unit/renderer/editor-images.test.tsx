/**
 * Images: alt text asked for and editable, visible badges for what an image
 * still needs, local images shown through the screen's object URL while the
 * document keeps their `studio-local:` reference.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { NodeSelection } from '@tiptap/pm/state';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { imageFile, inEditor, LOCAL_REF, mountEditor, settle, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

const dialog = (name: string | RegExp) => screen.getByRole('dialog', { name });

describe('badges', () => {
  it('an image without alt text says so; a decorative one says that instead; a described one says nothing', async () => {
    const { text } = mountEditor({
      initialHtml:
        '<img src="https://cdn.example.com/a.jpg" /><img src="https://cdn.example.com/b.jpg" alt="" /><img src="https://cdn.example.com/c.jpg" alt="The new office" />',
    });
    // Node views reach the page through React portals, a microtask after the editor renders.
    await waitFor(() => expect(text.querySelectorAll('.article-image')).toHaveLength(3));
    const images = text.querySelectorAll('.article-image');
    expect(within(images[0] as HTMLElement).queryByText('Alt text missing')).not.toBeNull();
    expect(within(images[1] as HTMLElement).queryByText('Alt text missing')).toBeNull();
    expect(within(images[1] as HTMLElement).queryByText('Decorative')).not.toBeNull();
    expect(within(images[2] as HTMLElement).queryByText('Alt text missing')).toBeNull();
    expect(within(images[2] as HTMLElement).getByRole('img').getAttribute('alt')).toBe('The new office');
    expect(screen.queryByText('Needs a public URL')).toBeNull();
  });

  it('a local image is shown from the object URL, keeps its reference in the text, and needs a public URL', async () => {
    const { text, handle, media } = mountEditor({ initialHtml: `<img src="${LOCAL_REF}" alt="Desk" />` });
    expect(await within(text).findByText('Needs a public URL')).toBeTruthy();
    const shown = await within(text).findByRole('img', { name: 'Desk' });
    expect(shown.getAttribute('src')).toBe('blob:http://studio.test/0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(media.localImageUrl).toHaveBeenCalledWith(LOCAL_REF);
    expect(handle.getHTML()).toBe(`<img src="${LOCAL_REF}" alt="Desk">`);
  });

  it('an image that cannot be shown says where it is instead', async () => {
    const { text } = mountEditor({ initialHtml: '<img src="https://cdn.example.com/photo.jpg" alt="Team" />' });
    fireEvent.error(await within(text).findByRole('img', { name: 'Team' }));
    expect(await within(text).findByText('Preview not available · cdn.example.com/photo.jpg')).toBeTruthy();
  });
});

describe('alt text', () => {
  it('"Add alt text" asks for it, and saving it removes the badge', async () => {
    const { text, handle } = mountEditor({ initialHtml: '<img src="https://cdn.example.com/a.jpg" />' });
    fireEvent.click(await within(text).findByRole('button', { name: 'Add alt text' }));
    fireEvent.change(within(dialog('Describe the image')).getByRole('textbox', { name: 'Alt text' }), { target: { value: 'Three people at a whiteboard' } });
    fireEvent.click(within(dialog('Describe the image')).getByRole('button', { name: 'Save' }));
    expect(handle.getHTML()).toBe('<img src="https://cdn.example.com/a.jpg" alt="Three people at a whiteboard">');
    await waitFor(() => expect(within(text).queryByText('Alt text missing')).toBeNull());
  });

  it('"decorative" stores an empty alt', async () => {
    const { text, handle } = mountEditor({ initialHtml: '<img src="https://cdn.example.com/a.jpg" alt="Old words" />' });
    fireEvent.click(await within(text).findByRole('button', { name: 'Edit alt text' }));
    const fields = dialog('Describe the image');
    expect(within(fields).getByRole<HTMLTextAreaElement>('textbox', { name: 'Alt text' }).value).toBe('Old words');
    fireEvent.click(within(fields).getByRole('checkbox', { name: /Decorative image/ }));
    fireEvent.click(within(fields).getByRole('button', { name: 'Save' }));
    expect(handle.getHTML()).toBe('<img src="https://cdn.example.com/a.jpg" alt="">');
  });

  it('with the image selected, the toolbar offers the same actions from the keyboard', () => {
    const { editor } = mountEditor({ initialHtml: `<p>Intro</p><img src="${LOCAL_REF}" />` });
    inEditor(editor, (e) => e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 7))));
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Alt text' }));
    expect(dialog('Describe the image')).toBeTruthy();
    fireEvent.click(within(dialog('Describe the image')).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Give the image a public URL' }));
    expect(dialog('Give the image a public URL')).toBeTruthy();
  });
});

describe('giving a local image its public URL', () => {
  it('refuses anything but https, then replaces the reference', async () => {
    const { text, handle } = mountEditor({ initialHtml: `<img src="${LOCAL_REF}" alt="Desk" />` });
    fireEvent.click(await within(text).findByRole('button', { name: 'Give it a public URL' }));
    const form = dialog('Give the image a public URL');
    const field = within(form).getByRole('textbox', { name: 'Public image address' });
    fireEvent.change(field, { target: { value: 'http://files.example.com/desk.jpg' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Use this address' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/public https:\/\/ address/);
    expect(handle.getHTML()).toContain(LOCAL_REF);
    fireEvent.change(field, { target: { value: 'https://files.example.com/desk.jpg' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Use this address' }));
    expect(handle.getHTML()).toBe('<img src="https://files.example.com/desk.jpg" alt="Desk">');
    await waitFor(() => expect(within(text).queryByText('Needs a public URL')).toBeNull());
  });
});

describe('the image dialog', () => {
  const open = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Image' }));
    return dialog('Add an image');
  };

  it('adds an image from a public address with its alt text, and the caret goes after it', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Intro</p>' });
    inEditor(editor, (e) => e.commands.focus('end'));
    const form = open();
    fireEvent.click(within(form).getByRole('radio', { name: 'At a public web address' }));
    fireEvent.change(within(form).getByRole('textbox', { name: 'Image address' }), { target: { value: 'http://cdn.example.com/a.jpg' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add image' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/public https:\/\/ address/);
    fireEvent.change(within(form).getByRole('textbox', { name: 'Image address' }), { target: { value: 'https://cdn.example.com/a.jpg' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Alt text' }), { target: { value: 'A chart' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add image' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(handle.getHTML()).toBe('<p>Intro</p><img src="https://cdn.example.com/a.jpg" alt="A chart"><p></p>');
    inEditor(editor, (e) => e.commands.insertContent('Next'));
    expect(handle.getHTML()).toBe('<p>Intro</p><img src="https://cdn.example.com/a.jpg" alt="A chart"><p>Next</p>');
  });

  it('adds a file from this computer through the screen, as a local image', async () => {
    const { editor, handle, media } = mountEditor({ initialHtml: '<p></p>' });
    inEditor(editor, (e) => e.commands.focus());
    const form = open();
    const photo = imageFile('desk.png', 'image/png', 2_000);
    fireEvent.change(within(form).getByLabelText('Image file'), { target: { files: [photo] } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /Decorative image/ }));
    await settle(() => fireEvent.click(within(form).getByRole('button', { name: 'Add image' })));
    expect(media.addLocalImage).toHaveBeenCalledWith(photo);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(handle.getHTML()).toBe(`<img src="${LOCAL_REF}" alt=""><p></p>`);
  });

  it.each([
    ['huge.jpg', 'image/jpeg', 11 * 1024 * 1024, '“huge.jpg” is 11.0 MB; images can be up to 10.0 MB. Make it smaller and add it again.'],
    ['notes.pdf', 'application/pdf', 1_000, '“notes.pdf” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.'],
    ['icon.svg', 'image/svg+xml', 1_000, '“icon.svg” is not an image the studio can add. Use a PNG, JPEG, GIF or WebP file.'],
  ])('refuses %s (%s) with a clear message and inserts nothing', (name, type, bytes, message) => {
    const file = imageFile(name, type, bytes);
    const { handle, media } = mountEditor({ initialHtml: '<p>Text</p>' });
    const form = open();
    fireEvent.change(within(form).getByLabelText('Image file'), { target: { files: [file] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add image' }));
    expect(within(form).getByRole('alert').textContent).toBe(message);
    expect(media.addLocalImage).not.toHaveBeenCalled();
    expect(handle.getHTML()).toBe('<p>Text</p>');
  });

  it('the file picker accepts only the image types the studio keeps', () => {
    mountEditor();
    expect(within(open()).getByLabelText('Image file').getAttribute('accept')).toBe('image/png,image/jpeg,image/gif,image/webp');
  });
});

describe('captions', () => {
  it('"Add a caption" wraps the image in a figure and puts the caret in its caption', async () => {
    const { editor, text, handle } = mountEditor({ initialHtml: '<p>Intro</p><img src="https://cdn.example.com/a.jpg" alt="Stage" /><p>After</p>' });
    fireEvent.click(await within(text).findByRole('button', { name: 'Add a caption' }));
    inEditor(editor, (e) => e.commands.insertContent('The main stage'));
    expect(handle.getHTML()).toBe('<p>Intro</p><figure><img src="https://cdn.example.com/a.jpg" alt="Stage"><figcaption>The main stage</figcaption></figure><p>After</p>');
    await waitFor(() => expect(within(text).queryByRole('button', { name: 'Add a caption' })).toBeNull());
  });
});
