import type { Editor, JSONContent } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

function paragraphIfNeeded(tr: Transaction, pos: number): void {
  if (tr.doc.resolve(pos).nodeAfter?.isTextblock !== true) tr.insert(pos, tr.doc.type.schema.nodes.paragraph!.create());
}

/**
 * Inserts an image or video at the selection and leaves the caret in the
 * text after it, adding an empty paragraph when nothing textual follows.
 * Without this the new node stays selected, and the next key typed (or the
 * next thing inserted) replaces it.
 */
export function insertBlockAtSelection(editor: Editor, content: JSONContent): void {
  editor
    .chain()
    .focus()
    .insertContent(content)
    .command(({ tr }) => {
      if (!(tr.selection instanceof NodeSelection)) return true;
      const after = tr.selection.to;
      paragraphIfNeeded(tr, after);
      tr.setSelection(TextSelection.create(tr.doc, after + 1));
      return true;
    })
    .run();
}

/**
 * Inserts a block where something was meant to go (a pasted image that took
 * a while to save) without moving the author's caret. An article never ends
 * in it, so there is always somewhere to type after it.
 */
export function insertBlockAt(editor: Editor, pos: number, content: JSONContent): void {
  editor
    .chain()
    .insertContentAt(pos, content, { updateSelection: false })
    .command(({ tr }) => {
      if (tr.doc.lastChild?.isTextblock !== true) tr.insert(tr.doc.content.size, tr.doc.type.schema.nodes.paragraph!.create());
      return true;
    })
    .run();
}
