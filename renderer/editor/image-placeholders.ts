import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Where an image being added will go, shown as "Adding photo.png…" while
 * its bytes are saved. The mark moves with the text around it, so typing
 * meanwhile does not send the image to the wrong place; deleting the text
 * around it deletes the mark too.
 */
type PlaceholderAction = { add: { id: object; pos: number; name: string } } | { remove: object };

const key = new PluginKey<DecorationSet>('imagePlaceholders');

function widget(name: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'article-image-pending';
  element.textContent = `Adding ${name}…`;
  return element;
}

export const ImagePlaceholders = Extension.create({
  name: 'imagePlaceholders',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, placeholders) {
            let next = placeholders.map(tr.mapping, tr.doc);
            const action = tr.getMeta(key) as PlaceholderAction | undefined;
            if (action !== undefined && 'add' in action) {
              const { id, pos, name } = action.add;
              next = next.add(tr.doc, [Decoration.widget(pos, () => widget(name), { id, side: -1 })]);
            } else if (action !== undefined) {
              next = next.remove(next.find(undefined, undefined, (spec: { id?: object }) => spec.id === action.remove));
            }
            return next;
          },
        },
        props: {
          decorations: (state) => key.getState(state),
        },
      }),
    ];
  },
});

export function addImagePlaceholder(tr: Transaction, id: object, pos: number, name: string): Transaction {
  return tr.setMeta(key, { add: { id, pos, name } } satisfies PlaceholderAction);
}

export function removeImagePlaceholder(tr: Transaction, id: object): Transaction {
  return tr.setMeta(key, { remove: id } satisfies PlaceholderAction);
}

export function imagePlaceholderPosition(state: EditorState, id: object): number | null {
  const found = key.getState(state)?.find(undefined, undefined, (spec: { id?: object }) => spec.id === id) ?? [];
  return found[0]?.from ?? null;
}
