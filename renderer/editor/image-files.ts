import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { imageFileProblem } from './image-file-check.js';
import { sanitizePastedHtml } from './paste-sanitizer.js';

export interface ImageFilesOptions {
  /** Pasted image files that passed the checks, for the selection. */
  onPaste: (editor: Editor, files: File[]) => void;
  /** Dropped image files that passed the checks, for the document position under the pointer. */
  onDrop: (editor: Editor, files: File[], pos: number) => void;
  /** One sentence per file that cannot be added (wrong type, too large); nothing of it is inserted. */
  onRejected: (problems: string[]) => void;
}

/** When the clipboard also has HTML with text or a public image, that HTML is the better copy (a web page's image, a document). */
function htmlIsBetter(html: string): boolean {
  if (html.trim() === '') return false;
  const clean = new DOMParser().parseFromString(sanitizePastedHtml(html), 'text/html').body;
  return clean.querySelector('img') !== null || (clean.textContent ?? '').trim() !== '';
}

function split(files: File[]): { accepted: File[]; problems: string[] } {
  const accepted: File[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const problem = imageFileProblem(file);
    if (problem === null) accepted.push(file);
    else problems.push(problem);
  }
  return { accepted, problems };
}

/**
 * Image files pasted or dropped into the text, in the shape of TipTap's
 * FileHandler (onPaste, onDrop), except that files it cannot take are
 * reported rather than silently ignored.
 */
export const ImageFiles = Extension.create<ImageFilesOptions>({
  name: 'imageFiles',

  addOptions() {
    return { onPaste: () => undefined, onDrop: () => undefined, onRejected: () => undefined };
  },

  addProseMirrorPlugins() {
    const { editor, options } = this;
    const take = (files: File[], insert: (accepted: File[]) => void) => {
      const { accepted, problems } = split(files);
      if (problems.length > 0) options.onRejected(problems);
      if (accepted.length > 0) insert(accepted);
    };
    return [
      new Plugin({
        key: new PluginKey('imageFiles'),
        props: {
          handlePaste(_view, event) {
            const files = [...(event.clipboardData?.files ?? [])];
            if (files.length === 0 || htmlIsBetter(event.clipboardData?.getData('text/html') ?? '')) return false;
            event.preventDefault();
            take(files, (accepted) => options.onPaste(editor, accepted));
            return true;
          },
          handleDrop(view, event, _slice, moved) {
            const files = [...(event.dataTransfer?.files ?? [])];
            if (moved || files.length === 0 || htmlIsBetter(event.dataTransfer?.getData('text/html') ?? '')) return false;
            event.preventDefault();
            const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.selection.from;
            take(files, (accepted) => options.onDrop(editor, accepted, pos));
            return true;
          },
        },
      }),
    ];
  },
});
