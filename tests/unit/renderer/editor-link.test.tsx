/**
 * Links: only https: and mailto:, said plainly when refused; the editor's
 * URL rules give the same answers as the store's, so a link the editor
 * accepts is one the store keeps, written the same way.
 */
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { safeHttpsUrl as storeHttps, safeImageSrc as storeImage, safeLinkHref as storeLink } from '../../../electron/core/drafts/sanitizer-url-policy.js';
import { checkLinkAddress } from '../../../renderer/editor/link-address.js';
import { safeHttpsUrl, safeImageSrc, safeLinkHref } from '../../../renderer/editor/url-rules.js';
import { inEditor, LOCAL_REF, mountEditor, reserialise, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

const popover = () => screen.getByRole('dialog', { name: /link/i });
const addressField = () => within(popover()).getByRole('textbox', { name: 'Link address' });

/** Waits for TipTap's focus(), which lands on the next animation frame. */
async function nextFrame(): Promise<void> {
  await act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}

describe('the editor and the store agree on URLs', () => {
  const samples = [
    'https://example.com',
    'https://EXAMPLE.com/a b?q=1#x',
    ' https://example.com/ ',
    'http://example.com/',
    'HTTPS://example.com/',
    'https://user:pass@example.com/',
    'https://',
    '//example.com/a',
    '/relative/path',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'jav\tascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.com',
    'mailto:someone@example.com?subject=Hi&body=There',
    'mailto:someone@example.com?attach=/etc/passwd',
    'mailto:',
    'ftp://example.com/file',
    'file:///C:/Users/me/photo.png',
    LOCAL_REF,
    LOCAL_REF.toUpperCase().replace('STUDIO-LOCAL', 'studio-local'),
    'studio-local:not-a-uuid',
  ];
  it.each(samples)('%s', (value) => {
    expect(safeLinkHref(value)).toBe(storeLink(value));
    expect(safeHttpsUrl(value)).toBe(storeHttps(value));
    expect(safeImageSrc(value)).toBe(storeImage(value));
  });
});

describe('what people type in the link field', () => {
  it.each([
    ['https://example.com/page', 'https://example.com/page'],
    ['example.com/page', 'https://example.com/page'],
    ['name@example.com', 'mailto:name@example.com'],
    ['mailto:name@example.com?subject=Hello there', 'mailto:name@example.com?subject=Hello%20there'],
  ])('%s becomes %s', (typed, href) => {
    expect(checkLinkAddress(typed)).toEqual({ ok: true, href });
  });

  it.each([
    ['', 'Type the address the link goes to.'],
    ['http://example.com/', 'Links must be secure: use https:// instead of http:// (check that the page opens with https).'],
    ['javascript:alert(1)', 'Only web pages (https://…) and e-mail addresses (mailto:…) can be linked. Change the address and try again.'],
    ['data:text/html,hi', 'Only web pages (https://…) and e-mail addresses (mailto:…) can be linked. Change the address and try again.'],
    ['ftp://example.com/', 'Only web pages (https://…) and e-mail addresses (mailto:…) can be linked. Change the address and try again.'],
    ['mailto:a@example.com?attach=x', 'This e-mail link is not allowed. Use an address, optionally with subject, body, cc or bcc, and nothing else.'],
  ])('%s is refused', (typed, message) => {
    expect(checkLinkAddress(typed)).toEqual({ ok: false, message });
  });
});

describe('the link popover', () => {
  it('Mod-K on a selection opens it; an https address makes the link', async () => {
    const { editor, handle, text } = mountEditor({ initialHtml: '<p>Read the news today</p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection({ from: 10, to: 14 }).run());
    fireEvent.keyDown(text, { key: 'k', ctrlKey: true });
    expect(document.activeElement).toBe(addressField());
    fireEvent.change(addressField(), { target: { value: 'https://intranet.example.com/news' } });
    fireEvent.click(within(popover()).getByRole('button', { name: 'Add link' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(reserialise(handle.getHTML())).toBe('<p>Read the <a href="https://intranet.example.com/news" rel="noopener noreferrer">news</a> today</p>');
    await nextFrame();
    expect(document.activeElement).toBe(text);
  });

  it('refuses http and javascript with an inline error, and changes nothing', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Read the news</p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection({ from: 10, to: 14 }).run());
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    for (const address of ['http://intranet.example.com/', 'javascript:alert(document.cookie)']) {
      fireEvent.change(addressField(), { target: { value: address } });
      fireEvent.click(within(popover()).getByRole('button', { name: 'Add link' }));
      const error = within(popover()).getByRole('alert');
      expect(error.textContent).toMatch(/https/);
      expect(addressField().getAttribute('aria-invalid')).toBe('true');
      expect(addressField().getAttribute('aria-describedby')).toBe(error.id);
    }
    expect(handle.getHTML()).toBe('<p>Read the news</p>');
  });

  it('with nothing selected it asks for the text too, and accepts a mailto address', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Ask today.</p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection(5).run());
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    fireEvent.change(addressField(), { target: { value: 'comms@example.com' } });
    fireEvent.change(within(popover()).getByRole('textbox', { name: 'Text to show' }), { target: { value: 'the comms team' } });
    fireEvent.click(within(popover()).getByRole('button', { name: 'Add link' }));
    expect(reserialise(handle.getHTML())).toBe('<p>Ask <a href="mailto:comms@example.com" rel="noopener noreferrer">the comms team</a>today.</p>');
  });

  it('edits and removes an existing link', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p><a href="https://old.example.com/" rel="noopener noreferrer">Portal</a></p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection(3).run());
    expect(screen.getByRole('button', { name: 'Edit link' }).getAttribute('aria-haspopup')).toBe('dialog');
    fireEvent.click(screen.getByRole('button', { name: 'Edit link' }));
    expect((addressField() as HTMLInputElement).value).toBe('https://old.example.com/');
    fireEvent.change(addressField(), { target: { value: 'https://new.example.com/' } });
    fireEvent.click(within(popover()).getByRole('button', { name: 'Update link' }));
    expect(reserialise(handle.getHTML())).toBe('<p><a href="https://new.example.com/" rel="noopener noreferrer">Portal</a></p>');
    inEditor(editor, (e) => e.chain().focus().setTextSelection(3).run());
    fireEvent.click(screen.getByRole('button', { name: 'Edit link' }));
    fireEvent.click(within(popover()).getByRole('button', { name: 'Remove link' }));
    expect(handle.getHTML()).toBe('<p>Portal</p>');
  });

  it('Escape closes it without a change and gives the editor its focus back', async () => {
    const { editor, handle, text } = mountEditor({ initialHtml: '<p>Read the news</p>' });
    inEditor(editor, (e) => e.chain().focus().setTextSelection({ from: 10, to: 14 }).run());
    fireEvent.click(screen.getByRole('button', { name: 'Link' }));
    fireEvent.change(addressField(), { target: { value: 'https://example.com/' } });
    fireEvent.keyDown(addressField(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await nextFrame();
    expect(document.activeElement).toBe(text);
    expect(handle.getHTML()).toBe('<p>Read the news</p>');
  });

  it('a pasted or loaded link with a forbidden scheme is plain text', () => {
    const { handle } = mountEditor({ initialHtml: '<p><a href="javascript:alert(1)">click</a> <a href="http://example.com/">plain</a></p>' });
    expect(handle.getHTML()).toBe('<p>click plain</p>');
  });
});
