import type { AnyExtension } from '@tiptap/core';
import { Extension } from '@tiptap/core';
import { CharacterCount, Placeholder } from '@tiptap/extensions';
import { StarterKit } from '@tiptap/starter-kit';
import { countWords } from './document-counts.js';
import { ImageFiles, type ImageFilesOptions } from './image-files.js';
import { ImagePlaceholders } from './image-placeholders.js';
import { ArticleImage } from './nodes/article-image.js';
import { ArticleTable, ArticleTableCell, ArticleTableHeader, ArticleTableRow } from './nodes/article-table.js';
import { Figcaption, Figure } from './nodes/figure.js';
import { LINK_REL, LinkCanonical } from './nodes/link-canonical.js';
import { Video } from './nodes/video.js';
import { safeLinkHref } from './url-rules.js';

export interface ArticleExtensionOptions {
  readonly placeholder: string;
  /** Mod-K: open the link editor. */
  readonly onEditLink: () => void;
  readonly imageFiles: ImageFilesOptions;
}

const LinkShortcut = Extension.create<{ onEditLink: () => void }>({
  name: 'linkShortcut',
  addOptions: () => ({ onEditLink: () => undefined }),
  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onEditLink();
        return true;
      },
    };
  },
});

/**
 * The editor's schema is the stored body's allow-list (see the store's
 * html-sanitizer.ts), so what the editor writes is what the store keeps.
 * No trailing-paragraph rule: it would add a `<p></p>` to a body ending in
 * an image on the first keystroke, and the gap cursor lets people type
 * after a last image or table anyway.
 */
export function articleExtensions(options: ArticleExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3, 4] },
      codeBlock: { languageClassPrefix: null },
      trailingNode: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        HTMLAttributes: { rel: LINK_REL, target: null, class: null },
        isAllowedUri: (url) => safeLinkHref(url) !== null,
      },
    }),
    LinkCanonical,
    LinkShortcut.configure({ onEditLink: options.onEditLink }),
    ArticleImage,
    Figure,
    Figcaption,
    Video,
    ArticleTable,
    ArticleTableRow,
    ArticleTableHeader,
    ArticleTableCell,
    Placeholder.configure({ placeholder: options.placeholder }),
    CharacterCount.configure({ wordCounter: countWords }),
    ImageFiles.configure(options.imageFiles),
    ImagePlaceholders,
  ];
}
