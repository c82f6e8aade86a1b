/**
 * The article editor mounted in jsdom, as the draft screen mounts it, with a
 * media double that records what the editor asked for. jsdom has no layout:
 * ProseMirror measures the selection (to scroll it into view and to place
 * the link popover) through Range rectangles and elementFromPoint, which are
 * stubbed here to "nothing measured" and nothing else.
 */
import type { Editor } from '@tiptap/core';
import { act, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { vi } from 'vitest';
import { ArticleEditor, type ArticleBody, type ArticleEditorHandle, type ArticleEditorProps, type EditorMedia } from '../../../renderer/editor/ArticleEditor.js';

export function stubLayout(): void {
  const emptyRect = () => new DOMRect(0, 0, 0, 0);
  const noRects = () => Object.assign([] as DOMRect[], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect ??= emptyRect;
  Range.prototype.getClientRects ??= noRects;
  document.elementFromPoint ??= () => null;
}

export const LOCAL_REF = 'studio-local:0f8fad5b-d9cb-469f-a165-70867728950e';

export interface FakeMedia extends EditorMedia {
  readonly addLocalImage: ReturnType<typeof vi.fn<EditorMedia['addLocalImage']>>;
  readonly localImageUrl: ReturnType<typeof vi.fn<EditorMedia['localImageUrl']>>;
  readonly addVideo: ReturnType<typeof vi.fn<EditorMedia['addVideo']>>;
}

export function fakeMedia(): FakeMedia {
  return {
    addLocalImage: vi.fn<EditorMedia['addLocalImage']>(() => Promise.resolve({ ref: LOCAL_REF })),
    localImageUrl: vi.fn<EditorMedia['localImageUrl']>((ref) => Promise.resolve(`blob:http://studio.test/${ref.slice('studio-local:'.length)}`)),
    addVideo: vi.fn<EditorMedia['addVideo']>((url) => Promise.resolve({ videoId: 321, url })),
  };
}

export interface MountedEditor {
  readonly handle: ArticleEditorHandle;
  readonly editor: Editor;
  /** The contenteditable element people type in. */
  readonly text: HTMLElement;
  readonly media: FakeMedia;
  readonly changes: ArticleBody[];
  readonly unmount: () => void;
}

export function mountEditor(props: Partial<ArticleEditorProps> = {}): MountedEditor {
  const handle = createRef<ArticleEditorHandle>();
  const media = fakeMedia();
  const changes: ArticleBody[] = [];
  const { unmount } = render(
    <ArticleEditor ref={handle} initialHtml="" spellCheck media={media} onChange={(body) => changes.push(body)} {...props} />,
  );
  const text = screen.getByRole('textbox', { name: props.label ?? 'Article text' });
  const editor = (text as HTMLElement & { editor?: Editor }).editor;
  if (handle.current === null || editor === undefined) throw new Error('The editor did not mount.');
  return { handle: handle.current, editor, text, media: (props.media as FakeMedia | undefined) ?? media, changes, unmount };
}

/** Does something that starts async work (a click, an answer arriving), then lets its promises settle inside act. */
export async function settle(work: () => void): Promise<void> {
  await act(async () => {
    work();
    await Promise.resolve();
  });
}

/** Runs editor commands inside act, as React state follows each transaction. */
export function inEditor(editor: Editor, work: (editor: Editor) => unknown): void {
  act(() => {
    work(editor);
  });
}

/**
 * The same HTML as the browser writes it, attributes in name order: `<br />` and `<br>` (sanitize-html and
 * the DOM) compare equal, and so do `href rel` (the store) and `rel href` (TipTap's link mark).
 */
export function reserialise(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const element of template.content.querySelectorAll('*')) {
    const attributes = [...element.attributes].map(({ name, value }) => [name, value] as const).sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) element.removeAttribute(name);
    for (const [name, value] of attributes) element.setAttribute(name, value);
  }
  return template.innerHTML;
}

/** A paste as the browser delivers it: a ClipboardEvent-like event with the clipboard's types. */
export function pasteInto(target: HTMLElement, data: { html?: string; text?: string; files?: File[] }): void {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  const types: Record<string, string> = { 'text/html': data.html ?? '', 'text/plain': data.text ?? '' };
  Object.defineProperty(event, 'clipboardData', {
    value: { files: data.files ?? [], types: Object.keys(types).filter((type) => types[type] !== ''), getData: (type: string) => types[type] ?? '' },
  });
  act(() => {
    target.dispatchEvent(event);
  });
}

export function imageFile(name: string, type: string, bytes: number): File {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
}
