/**
 * The editor benchmark's page: ArticleEditor alone, wired as the draft
 * screen wires it (an autosave that serialises the body when it saves), a
 * bare contenteditable as the baseline, and the probes the benchmark reads
 * through `window.editorBench`.
 */
import type { Editor } from '@tiptap/core';
import { createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createAutosave } from '../../../renderer/drafts/autosave.js';
import { ArticleEditor, type ArticleBody, type ArticleEditorHandle, type EditorMedia } from '../../../renderer/editor/ArticleEditor.js';
import '../../../renderer/styles/tokens.css';
import '../../../renderer/styles/base.css';
import '../../../renderer/styles/controls.css';

export interface EditorBench {
  /** Mounts the editor with this body; resolves with the milliseconds until it is editable and painted. */
  open(html: string): Promise<number>;
  /** The baseline: the same body in a bare contenteditable with the editor's styles, no editor at all. */
  openPlain(html: string): Promise<void>;
  /** Puts the caret in the middle of the article, with focus, and starts recording keystrokes. */
  startTyping(): void;
  /** Key press to just after the next paint that shows it, one per key. */
  readonly keystrokes: number[];
  /** How long each autosave spent serialising the body. */
  readonly serialisations: number[];
  /** The body as saved last, to check that the text arrived. */
  lastSaved(): string;
}

declare global {
  interface Window {
    editorBench: EditorBench;
  }
}

const media: EditorMedia = {
  addLocalImage: () => Promise.reject(new Error('Not in the benchmark.')),
  localImageUrl: () => Promise.reject(new Error('Not in the benchmark.')),
  addVideo: (url) => Promise.resolve({ videoId: null, url }),
};

/** Resolves just after the next frame is painted: a task queued from requestAnimationFrame runs once the frame is done. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}

const container = document.getElementById('root')!;
const handle = createRef<ArticleEditorHandle>();
const keystrokes: number[] = [];
const serialisations: number[] = [];
let saved = '';
let root: Root | null = null;
let recording = false;

const autosave = createAutosave<ArticleBody>({
  save: (body) => {
    const start = performance.now();
    saved = body.html();
    serialisations.push(performance.now() - start);
    return Promise.resolve();
  },
  onState: () => undefined,
});

// From the key press (the character event's own timestamp, taken when the browser received it) to just
// after the next paint. The character is inserted, and ProseMirror has read it, within the key press's own
// task; the frame is awaited from the task after it, so the frame measured is one that shows the key.
document.addEventListener(
  'keypress',
  (event) => {
    if (!recording) return;
    const pressed = event.timeStamp;
    setTimeout(() => void afterNextPaint().then((painted) => keystrokes.push(painted - pressed)), 0);
  },
  { capture: true },
);

window.editorBench = {
  async open(html) {
    root?.unmount();
    root = createRoot(container);
    const start = performance.now();
    flushSync(() => root!.render(<ArticleEditor ref={handle} initialHtml={html} spellCheck={false} media={media} onChange={(body) => autosave.change(body)} />));
    const painted = await afterNextPaint();
    if (document.querySelector('[contenteditable="true"]') === null) throw new Error('The editor is not editable.');
    return painted - start;
  },
  async openPlain(html) {
    root?.unmount();
    root = null;
    const plain = document.createElement('div');
    plain.className = 'article-prose ProseMirror';
    plain.contentEditable = 'true';
    plain.spellcheck = false;
    // ProseMirror's DOM has no whitespace between blocks; under its pre-wrap rule those would be visible lines.
    plain.innerHTML = html.replace(/>\s+</g, '><');
    container.replaceChildren(plain);
    await afterNextPaint();
  },
  startTyping() {
    const editable = document.querySelector<HTMLElement & { editor?: Editor }>('[contenteditable="true"]');
    if (editable === null) throw new Error('Nothing editable on the page.');
    if (editable.editor !== undefined) {
      editable.editor.commands.focus(Math.floor(editable.editor.state.doc.content.size / 2), { scrollIntoView: true });
    } else {
      const paragraphs = editable.querySelectorAll('p');
      const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
      editable.focus();
      getSelection()?.collapse(middle, 0);
      middle.scrollIntoView({ block: 'center' });
    }
    recording = true;
  },
  keystrokes,
  serialisations,
  lastSaved: () => saved,
};
