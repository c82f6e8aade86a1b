import { Image } from '@tiptap/extension-image';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { safeImageSrc } from '../url-rules.js';
import { ImageView } from './ImageView.js';

export interface ArticleImageAttributes {
  readonly src: string;
  /** null: never described (the "Alt text missing" badge); "": decorative, on purpose. */
  readonly alt: string | null;
  readonly width: number | null;
  readonly height: number | null;
}

const WHOLE_NUMBER = /^\d{1,5}$/;

function wholeNumber(element: HTMLElement, name: string): number | null {
  const value = element.getAttribute(name)?.trim();
  return value !== undefined && WHOLE_NUMBER.test(value) ? Number(value) : null;
}

/**
 * TipTap's image as the stored body knows it: `img[src alt width height]`,
 * a block of its own, src https or `studio-local:`. Attributes are read as
 * written (TipTap's default would turn alt="2024" into a number) and the
 * Markdown input rule is gone, since it would accept any src.
 */
export const ArticleImage = Image.extend({
  addAttributes() {
    return {
      src: { default: null, parseHTML: (element) => safeImageSrc(element.getAttribute('src') ?? '') },
      alt: { default: null, parseHTML: (element) => element.getAttribute('alt') },
      width: { default: null, parseHTML: (element) => wholeNumber(element, 'width') },
      height: { default: null, parseHTML: (element) => wholeNumber(element, 'height') },
    };
  },

  parseHTML() {
    return [{ tag: 'img[src]', getAttrs: (element) => (safeImageSrc(element.getAttribute('src') ?? '') === null ? false : null) }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['img', HTMLAttributes];
  },

  addInputRules() {
    return [];
  },

  addNodeView() {
    return ReactNodeViewRenderer(ImageView, { className: 'article-image-node' });
  },
}).configure({ inline: false, allowBase64: false });
