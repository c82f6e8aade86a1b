import type { Editor } from '@tiptap/core';
import type { EditorMedia } from '../article-editor-api.js';
import type { LocateNode } from '../editor-services.js';
import { imageAt } from '../image-position.js';
import { insertBlockAtSelection } from '../insert-block.js';
import { videoContent } from '../nodes/video.js';
import { AddressDialog } from './AddressDialog.js';
import { AltTextDialog } from './AltTextDialog.js';
import { ImageDialog } from './ImageDialog.js';
import { VideoDialog } from './VideoDialog.js';

export type OpenDialog =
  | { readonly kind: 'image' }
  | { readonly kind: 'video' }
  | { readonly kind: 'altText'; readonly locate: LocateNode }
  | { readonly kind: 'publicUrl'; readonly locate: LocateNode };

interface EditorDialogsProps {
  readonly dialog: OpenDialog;
  readonly editor: Editor;
  readonly media: EditorMedia;
  readonly notify: (message: string) => void;
  /** Closes the dialog and gives the editor its focus back. */
  readonly onClose: () => void;
}

const GONE = 'The image is no longer in the article, so nothing was changed.';

/** The dialog that is open, wired to the document: each one changes the text only when it is confirmed. */
export function EditorDialogs({ dialog, editor, media, notify, onClose }: EditorDialogsProps) {
  const setImageAttribute = (locate: LocateNode, name: 'alt' | 'src', value: string | null) => {
    const pos = locate();
    if (imageAt(editor.state.doc, pos) === null || pos === null) notify(GONE);
    else
      editor
        .chain()
        .command(({ tr }) => {
          tr.setNodeAttribute(pos, name, value);
          return true;
        })
        .run();
    onClose();
  };

  switch (dialog.kind) {
    case 'image':
      return (
        <ImageDialog
          media={media}
          onInsert={(image) => {
            if (!editor.isDestroyed) insertBlockAtSelection(editor, { type: 'image', attrs: image });
            onClose();
          }}
          onClose={onClose}
        />
      );
    case 'video':
      return (
        <VideoDialog
          media={media}
          onInsert={({ videoId, url }) => {
            const content = videoContent({ videoId, url });
            if (content !== null && !editor.isDestroyed) insertBlockAtSelection(editor, content);
            onClose();
          }}
          onClose={onClose}
        />
      );
    case 'altText': {
      const image = imageAt(editor.state.doc, dialog.locate());
      if (image === null) return null;
      return <AltTextDialog alt={typeof image.attrs.alt === 'string' ? image.attrs.alt : null} onSave={(alt) => setImageAttribute(dialog.locate, 'alt', alt)} onClose={onClose} />;
    }
    case 'publicUrl':
      return (
        <AddressDialog
          title="Give the image a public URL"
          label="Public image address"
          kind="image"
          hint="Firstup shows images from public https addresses only. Upload the image where your organisation keeps public files, then paste its address here."
          submitLabel="Use this address"
          busyLabel="Saving…"
          onSubmit={(href) => setImageAttribute(dialog.locate, 'src', href)}
          onClose={onClose}
        />
      );
  }
}
