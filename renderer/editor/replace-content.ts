import { createDocument, type Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';

/**
 * Puts new text in the editor as if it had just opened: a fresh state, so
 * undo cannot bring back the text that was replaced (a restore or a
 * workflow step replaced it for a reason), and no update event, so the
 * screen does not save back what it just loaded. The empty transaction
 * afterwards tells the toolbar and the counts.
 */
export function replaceContent(editor: Editor, html: string): void {
  if (editor.isDestroyed) return;
  const doc = createDocument(html, editor.schema);
  editor.view.updateState(EditorState.create({ doc, plugins: editor.state.plugins }));
  editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false));
}
