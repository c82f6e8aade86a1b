/**
 * The toolbar says what applies where the caret is (aria-pressed follows the
 * selection), acts on the text, and is one tab stop that arrow keys move
 * through.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inEditor, mountEditor, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

const toolbar = () => screen.getByRole('toolbar', { name: 'Formatting' });
const button = (name: string) => within(toolbar()).getByRole('button', { name });

/** The caret at the first occurrence of `text` (one character in), as a click there would put it. */
function caretIn(editor: Parameters<typeof inEditor>[0], text: string): void {
  let at = -1;
  editor.state.doc.descendants((node, pos) => {
    if (at < 0 && node.isText && node.text!.includes(text)) at = pos + node.text!.indexOf(text) + 1;
  });
  if (at < 0) throw new Error(`"${text}" is not in the document.`);
  inEditor(editor, (e) => e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, at))));
}

describe('pressed state follows the selection', () => {
  it('marks', () => {
    const { editor } = mountEditor({ initialHtml: '<p>plain <strong>bold</strong> <em>italic</em> <u>under</u> <s>gone</s> <code>code</code></p>' });
    caretIn(editor, 'plain');
    for (const name of ['Bold', 'Italic', 'Underline', 'Strikethrough', 'Inline code']) expect(button(name).getAttribute('aria-pressed')).toBe('false');
    caretIn(editor, 'bold');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
    expect(button('Italic').getAttribute('aria-pressed')).toBe('false');
    caretIn(editor, 'italic');
    expect(button('Italic').getAttribute('aria-pressed')).toBe('true');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');
    caretIn(editor, 'under');
    expect(button('Underline').getAttribute('aria-pressed')).toBe('true');
    caretIn(editor, 'gone');
    expect(button('Strikethrough').getAttribute('aria-pressed')).toBe('true');
    caretIn(editor, 'code');
    expect(button('Inline code').getAttribute('aria-pressed')).toBe('true');
  });

  it('blocks: lists, quote, code block and the text style', () => {
    const { editor } = mountEditor({
      initialHtml: '<h2>Title</h2><ul><li><p>bullet</p></li></ul><ol><li><p>number</p></li></ol><blockquote><p>quote</p></blockquote><pre><code>snippet</code></pre><h4>Small</h4>',
    });
    const style = () => within(toolbar()).getByRole<HTMLSelectElement>('combobox', { name: 'Text style' });
    caretIn(editor, 'Title');
    expect(style().value).toBe('h2');
    caretIn(editor, 'bullet');
    expect(button('Bulleted list').getAttribute('aria-pressed')).toBe('true');
    expect(button('Numbered list').getAttribute('aria-pressed')).toBe('false');
    expect(style().value).toBe('paragraph');
    caretIn(editor, 'number');
    expect(button('Numbered list').getAttribute('aria-pressed')).toBe('true');
    caretIn(editor, 'quote');
    expect(button('Quote').getAttribute('aria-pressed')).toBe('true');
    caretIn(editor, 'snippet');
    expect(button('Code block').getAttribute('aria-pressed')).toBe('true');
    caretIn(editor, 'Small');
    expect(style().value).toBe('h4');
    expect(within(style()).getAllByRole('option').map((option) => option.textContent)).toEqual(['Paragraph', 'Heading 2', 'Heading 3', 'Heading 4']);
  });
});

describe('buttons change the text', () => {
  it('bold on a selection, then the style select makes a heading', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Make this strong</p>' });
    inEditor(editor, (e) => e.commands.setTextSelection({ from: 6, to: 10 }));
    fireEvent.click(button('Bold'));
    expect(handle.getHTML()).toBe('<p>Make <strong>this</strong> strong</p>');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
    fireEvent.change(within(toolbar()).getByRole('combobox', { name: 'Text style' }), { target: { value: 'h3' } });
    expect(handle.getHTML()).toBe('<h3>Make <strong>this</strong> strong</h3>');
  });

  it('a table brings row and column tools, which add and remove cells', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p></p>' });
    expect(within(toolbar()).queryByRole('button', { name: 'Add row below' })).toBeNull();
    inEditor(editor, (e) => e.commands.focus());
    fireEvent.click(button('Table'));
    expect(handle.getHTML().match(/<tr>/g)).toHaveLength(3);
    fireEvent.click(button('Add row below'));
    expect(handle.getHTML().match(/<tr>/g)).toHaveLength(4);
    fireEvent.click(button('Add column to the right'));
    expect(handle.getHTML().match(/<th>/g)).toHaveLength(4);
    fireEvent.click(button('Delete column'));
    expect(handle.getHTML().match(/<th>/g)).toHaveLength(3);
    fireEvent.click(button('Delete table'));
    expect(handle.getHTML()).not.toContain('<table>');
    expect(within(toolbar()).queryByRole('button', { name: 'Add row below' })).toBeNull();
  });

  it('undo and redo are enabled only when there is something to undo or redo', () => {
    const { editor, handle } = mountEditor({ initialHtml: '<p>Text</p>' });
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(true);
    inEditor(editor, (e) => e.chain().focus('end').insertContent(' more').run());
    expect((button('Undo') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(button('Undo'));
    expect(handle.getHTML()).toBe('<p>Text</p>');
    expect((button('Redo') as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('keyboard and names', () => {
  it('every control has a name; toggles say their shortcut', () => {
    mountEditor();
    for (const control of within(toolbar()).getAllByRole('button')) expect(control.getAttribute('aria-label')).toMatch(/\w/);
    expect(button('Bold').getAttribute('aria-keyshortcuts')).toBe('Control+B');
    expect(button('Link').getAttribute('aria-keyshortcuts')).toBe('Control+K');
  });

  it('is one tab stop; arrow keys, Home and End move along it', () => {
    mountEditor();
    const focusable = () => [...toolbar().querySelectorAll<HTMLElement>('[data-tool]')].filter((control) => control.tabIndex === 0);
    expect(focusable()).toHaveLength(1);
    const style = within(toolbar()).getByRole('combobox', { name: 'Text style' });
    style.focus();
    fireEvent.keyDown(style, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Bold'));
    fireEvent.keyDown(button('Bold'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Italic'));
    expect(focusable()).toEqual([button('Italic')]);
    fireEvent.keyDown(button('Italic'), { key: 'End' });
    // Undo and Redo are disabled in a fresh editor, so the last control reached is Table.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Table');
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(style);
    fireEvent.keyDown(style, { key: 'ArrowLeft' });
    expect(document.activeElement).not.toBe(style);
  });

  it('read-only shows no toolbar and the text cannot be edited', () => {
    const { text } = mountEditor({ initialHtml: '<p>Locked</p>', readOnly: true });
    expect(screen.queryByRole('toolbar')).toBeNull();
    expect(text.getAttribute('contenteditable')).toBe('false');
  });

  it('spell checking and language are on the text element', () => {
    const { text } = mountEditor({ spellCheck: false, lang: 'fr-FR' });
    expect(text.getAttribute('spellcheck')).toBe('false');
    expect(text.getAttribute('lang')).toBe('fr-FR');
  });
});
