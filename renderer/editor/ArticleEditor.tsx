import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type Ref } from 'react';
import { articleHtml } from './article-body.js';
import type { ArticleEditorHandle, ArticleEditorProps } from './article-editor-api.js';
import { EditorDialogs, type OpenDialog } from './dialogs/EditorDialogs.js';
import { EditorServicesContext, type EditorServices, type LocateNode } from './editor-services.js';
import { addCaption, isInFigure } from './image-caption.js';
import { imageAt } from './image-position.js';
import { insertImageFiles } from './insert-image-files.js';
import { LinkPopover } from './LinkPopover.js';
import { createLocalImageUrls, type LocalImageUrls } from './local-image-urls.js';
import { replaceContent } from './replace-content.js';
import { StatusBar } from './StatusBar.js';
import { Toolbar } from './toolbar/Toolbar.js';
import { useArticleEditor, type EditorHooks, type EditorSettings } from './use-article-editor.js';
import { useNotice } from './use-notice.js';
import './editor.css';

export type { ArticleBody, ArticleEditorHandle, ArticleEditorProps, EditorMedia } from './article-editor-api.js';

const POPOVER_WIDTH = 360;

/** Just under the selection, inside the frame. */
function popoverPosition(editor: Editor, frame: HTMLElement | null): CSSProperties {
  if (frame === null) return { top: 0, left: 0 };
  try {
    const caret = editor.view.coordsAtPos(editor.state.selection.from);
    const box = frame.getBoundingClientRect();
    return { top: caret.bottom - box.top + 6, left: Math.max(0, Math.min(caret.left - box.left, box.width - POPOVER_WIDTH)) };
  } catch {
    return { top: 0, left: 0 };
  }
}

/**
 * The article editor: toolbar, text, counts and notices, with the dialogs
 * for links, images and videos. Its body is the stored HTML format exactly
 * (see article-extensions.ts); `onChange` hands over a lazy body so typing
 * in a long article never waits for serialisation or a React render.
 */
export function ArticleEditor({
  ref,
  initialHtml,
  onChange,
  onBlur,
  spellCheck,
  lang,
  readOnly = false,
  media,
  label = 'Article text',
  placeholder = 'Write your article…',
}: ArticleEditorProps & { ref?: Ref<ArticleEditorHandle> }) {
  const [notice, notify] = useNotice();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [linkPosition, setLinkPosition] = useState<CSSProperties | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const mediaRef = useRef(media);
  const imageUrls = useRef<LocalImageUrls | null>(null);
  const settings = useRef<EditorSettings>({ label, spellCheck, lang });
  const hooks = useRef<EditorHooks>({ editLink: () => undefined, pasteFiles: () => undefined, dropFiles: () => undefined, rejectFiles: () => undefined });
  const editor = useArticleEditor(initialHtml, placeholder, hooks, settings);

  const editLink = useCallback(() => {
    if (editor.isEditable) setLinkPosition(popoverPosition(editor, frame.current));
  }, [editor]);
  const closeLink = useCallback(() => {
    setLinkPosition(null);
    editor.commands.focus();
  }, [editor]);
  const closeDialog = useCallback(() => {
    setDialog(null);
    editor.commands.focus();
  }, [editor]);
  const openForImage = useCallback(
    (kind: 'altText' | 'publicUrl') => (locate: LocateNode) => {
      if (imageAt(editor.state.doc, locate()) === null) notify('The image is no longer in the article.');
      else setDialog({ kind, locate });
    },
    [editor, notify],
  );
  const localImageUrl = useCallback((ref: string) => {
    imageUrls.current ??= createLocalImageUrls((wanted) => mediaRef.current.localImageUrl(wanted));
    return imageUrls.current.get(ref);
  }, []);

  const services = useMemo<EditorServices>(
    () => ({
      readOnly,
      localImageUrl,
      editAltText: openForImage('altText'),
      givePublicUrl: openForImage('publicUrl'),
      addCaption: (locate) => addCaption(editor, locate),
      isInFigure: (pos) => isInFigure(editor, pos),
    }),
    [readOnly, localImageUrl, openForImage, editor],
  );

  useEffect(() => {
    mediaRef.current = media;
    const fileTarget = { editor, media, notify, askAltText: services.editAltText };
    hooks.current = {
      onChange,
      onBlur,
      editLink,
      pasteFiles: (files) => void insertImageFiles(fileTarget, files, null),
      dropFiles: (files, pos) => void insertImageFiles(fileTarget, files, pos),
      rejectFiles: (problems) => notify(problems.join(' ')),
    };
  });

  useLayoutEffect(() => {
    settings.current = { label, spellCheck, lang };
    // Also re-reads the attributes above (spellcheck, lang, label).
    if (!editor.isDestroyed) editor.setEditable(!readOnly, false);
  }, [editor, label, spellCheck, lang, readOnly]);

  useEffect(
    () => () => {
      imageUrls.current?.dispose();
      imageUrls.current = null;
    },
    [],
  );

  useImperativeHandle(
    ref,
    () => ({
      focus: (at) => void editor.commands.focus(at ?? null),
      getHTML: () => articleHtml(editor.state.doc),
      setContent: (html) => replaceContent(editor, html),
      insertImage: () => setDialog({ kind: 'image' }),
      insertVideo: () => setDialog({ kind: 'video' }),
      editLink,
    }),
    [editor, editLink],
  );

  return (
    <EditorServicesContext value={services}>
      <div className="article-editor" data-readonly={readOnly ? '' : undefined}>
        {!readOnly && (
          <Toolbar
            editor={editor}
            actions={{
              editLink,
              insertImage: () => setDialog({ kind: 'image' }),
              insertVideo: () => setDialog({ kind: 'video' }),
              editAltText: services.editAltText,
              givePublicUrl: services.givePublicUrl,
              addCaption: services.addCaption,
            }}
          />
        )}
        <div ref={frame} className="article-editor-frame">
          <EditorContent editor={editor} className="article-editor-content" />
          {linkPosition !== null && <LinkPopover editor={editor} position={linkPosition} onClose={closeLink} />}
        </div>
        <StatusBar editor={editor} notice={notice} />
        {dialog !== null && <EditorDialogs dialog={dialog} editor={editor} media={media} notify={notify} onClose={closeDialog} />}
      </div>
    </EditorServicesContext>
  );
}
