import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { LocateNode } from './editor-services.js';
import { imageAt } from './image-position.js';

/** Whether the image at this position sits in a figure (whose caption is then ordinary text under it). */
export function isInFigure(editor: Editor, pos: number | null): boolean {
  return pos !== null && pos <= editor.state.doc.content.size && editor.state.doc.resolve(pos).parent.type.name === 'figure';
}

/**
 * Gives the image a caption: wraps it in `<figure>` with an empty
 * `<figcaption>` (or adds the caption its figure lacks) and puts the caret
 * in the caption.
 */
export function addCaption(editor: Editor, locate: LocateNode): void {
  const pos = locate();
  const image = imageAt(editor.state.doc, pos);
  const { figure, figcaption } = editor.schema.nodes;
  if (image === null || pos === null || figure === undefined || figcaption === undefined) return;
  const $image = editor.state.doc.resolve(pos);
  const inFigure = $image.parent.type === figure;
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      if (!inFigure) tr.replaceWith(pos, pos + image.nodeSize, figure.create(null, [image, figcaption.create()]));
      else if ($image.parent.childCount === 1) tr.insert(pos + image.nodeSize, figcaption.create());
      // The caption's text starts one step inside it, right after the image (and, for a new figure, its opening).
      const captionText = pos + image.nodeSize + (inFigure ? 1 : 2);
      tr.setSelection(TextSelection.create(tr.doc, captionText));
      return true;
    })
    .run();
}
