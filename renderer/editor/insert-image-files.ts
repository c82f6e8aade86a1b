import type { Editor } from '@tiptap/core';
import { describeError } from '../studio/describe-error.js';
import type { EditorMedia } from './article-editor-api.js';
import type { LocateNode } from './editor-services.js';
import { findImageBySrc } from './image-position.js';
import { addImagePlaceholder, imagePlaceholderPosition, removeImagePlaceholder } from './image-placeholders.js';
import { insertBlockAt } from './insert-block.js';
import { isLocalImageRef } from './url-rules.js';

export interface ImageFileTarget {
  readonly editor: Editor;
  readonly media: EditorMedia;
  readonly notify: (message: string) => void;
  readonly askAltText: (locate: LocateNode) => void;
}

async function insertOne({ editor, media, notify }: ImageFileTarget, file: File, id: object): Promise<string | null> {
  const forget = () => {
    if (!editor.isDestroyed) editor.view.dispatch(removeImagePlaceholder(editor.state.tr, id));
  };
  let ref: string;
  try {
    ({ ref } = await media.addLocalImage(file));
  } catch (error) {
    forget();
    if (!editor.isDestroyed) notify(`“${file.name}” could not be added. ${describeError(error)}`);
    return null;
  }
  // The editor may have closed while the file was being saved: the image stays in the data folder, unused.
  if (editor.isDestroyed) return null;
  const pos = imagePlaceholderPosition(editor.state, id);
  forget();
  if (pos === null) {
    notify(`“${file.name}” was not inserted: the text where it was going has been deleted. Add it again where you want it.`);
    return null;
  }
  if (!isLocalImageRef(ref)) {
    notify(`“${file.name}” could not be added: the studio did not keep it. Try again.`);
    return null;
  }
  insertBlockAt(editor, pos, { type: 'image', attrs: { src: ref, alt: null } });
  return ref;
}

/**
 * Saves pasted, dropped or picked image files through the screen and puts
 * each where it was meant to go (`at`, or the selection, which it replaces).
 * A single image then asks for its alt text.
 */
export async function insertImageFiles(target: ImageFileTarget, files: readonly File[], at: number | null): Promise<void> {
  const { editor } = target;
  if (at === null) editor.commands.deleteSelection();
  const pos = at ?? editor.state.selection.from;
  const ids = files.map(() => ({}));
  files.forEach((file, index) => editor.view.dispatch(addImagePlaceholder(editor.state.tr, ids[index]!, pos, file.name)));
  const refs = await Promise.all(files.map((file, index) => insertOne(target, file, ids[index]!)));
  const inserted = refs.filter((ref) => ref !== null);
  if (inserted.length === 1 && !editor.isDestroyed) target.askAltText(() => findImageBySrc(editor.state.doc, inserted[0]!));
}
