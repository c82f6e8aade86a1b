import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import { NodeSelection } from '@tiptap/pm/state';

export type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'h4' | 'other';

/** Everything the toolbar shows, read from the selection only: cheap enough to run on every transaction. */
export interface ToolbarState {
  readonly editable: boolean;
  readonly block: BlockStyle;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
  readonly strike: boolean;
  readonly code: boolean;
  readonly link: boolean;
  readonly bulletList: boolean;
  readonly orderedList: boolean;
  readonly blockquote: boolean;
  readonly codeBlock: boolean;
  readonly inTable: boolean;
  readonly imageSelected: boolean;
  readonly localImageSelected: boolean;
  readonly imageInFigure: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

function blockStyle(editor: Editor): BlockStyle {
  if (editor.isActive('paragraph')) return 'paragraph';
  for (const level of [1, 2, 3, 4] as const) if (editor.isActive('heading', { level })) return `h${level}`;
  return 'other';
}

export function selectToolbarState({ editor }: { editor: Editor }): ToolbarState {
  const { selection } = editor.state;
  const selectedImage = selection instanceof NodeSelection && selection.node.type.name === 'image' ? selection.node : null;
  return {
    editable: editor.isEditable,
    block: blockStyle(editor),
    bold: editor.isActive('bold'),
    italic: editor.isActive('italic'),
    underline: editor.isActive('underline'),
    strike: editor.isActive('strike'),
    code: editor.isActive('code'),
    link: editor.isActive('link'),
    bulletList: editor.isActive('bulletList'),
    orderedList: editor.isActive('orderedList'),
    blockquote: editor.isActive('blockquote'),
    codeBlock: editor.isActive('codeBlock'),
    inTable: editor.isActive('table'),
    imageSelected: selectedImage !== null,
    localImageSelected: selectedImage !== null && String(selectedImage.attrs.src).startsWith('studio-local:'),
    imageInFigure: selectedImage !== null && selection.$from.parent.type.name === 'figure',
    // The history's depth, not editor.can(): can() builds a dry-run command chain on every transaction.
    canUndo: undoDepth(editor.state) > 0,
    canRedo: redoDepth(editor.state) > 0,
  };
}
