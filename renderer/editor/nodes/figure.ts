import { Node } from '@tiptap/core';

/**
 * `<figure><img><figcaption>…</figcaption></figure>`: an image with its
 * caption, as the stored body allows. Only a figure holding an image is read
 * as one; any other figure's content is read as ordinary blocks.
 */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'image figcaption?',
  draggable: true,
  isolating: true,

  parseHTML() {
    return [{ tag: 'figure', getAttrs: (element) => (element.querySelector(':scope > img') === null ? false : null) }];
  },

  renderHTML() {
    return ['figure', 0];
  },
});

export const Figcaption = Node.create({
  name: 'figcaption',
  content: 'inline*',
  marks: '_',
  defining: true,

  parseHTML() {
    return [{ tag: 'figcaption' }];
  },

  renderHTML() {
    return ['figcaption', 0];
  },
});
