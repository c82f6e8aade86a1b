import { useEditor, type Editor, type UseEditorOptions } from '@tiptap/react';
import { useState, type RefObject } from 'react';
import { articleBody } from './article-body.js';
import type { ArticleBody } from './article-editor-api.js';
import { articleExtensions } from './article-extensions.js';
import { sanitizePastedHtml } from './paste-sanitizer.js';

/** The latest callbacks from the component; the editor is created once and calls through these. */
export interface EditorHooks {
  readonly onChange?: (body: ArticleBody) => void;
  readonly onBlur?: () => void;
  readonly editLink: () => void;
  readonly pasteFiles: (files: File[]) => void;
  readonly dropFiles: (files: File[], pos: number) => void;
  readonly rejectFiles: (problems: string[]) => void;
}

export interface EditorSettings {
  readonly label: string;
  readonly spellCheck: boolean;
  readonly lang: string | undefined;
}

function editorAttributes({ label, spellCheck, lang }: EditorSettings): Record<string, string> {
  const attributes: Record<string, string> = {
    class: 'article-prose',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': label,
    spellcheck: spellCheck ? 'true' : 'false',
  };
  if (lang !== undefined) attributes.lang = lang;
  return attributes;
}

/**
 * The TipTap editor, created once with options that never change identity,
 * so TipTap never reconfigures it on a re-render. Typing reaches React only
 * through the onChange hook (a cheap, lazy body) and useEditorState
 * selectors; the editor itself does not re-render per transaction.
 */
export function useArticleEditor(initialHtml: string, placeholder: string, hooks: RefObject<EditorHooks>, settings: RefObject<EditorSettings>): Editor {
  const [options] = useState<UseEditorOptions>(() => ({
    extensions: articleExtensions({
      placeholder,
      onEditLink: () => hooks.current.editLink(),
      imageFiles: {
        onPaste: (_editor, files) => hooks.current.pasteFiles(files),
        onDrop: (_editor, files, pos) => hooks.current.dropFiles(files, pos),
        onRejected: (problems) => hooks.current.rejectFiles(problems),
      },
    }),
    content: initialHtml,
    // The renderer's CSP allows no inline <style>; editor.css has what TipTap would inject.
    injectCSS: false,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: () => editorAttributes(settings.current),
      transformPastedHTML: (html) => sanitizePastedHtml(html),
    },
    onUpdate: ({ editor }) => hooks.current.onChange?.(articleBody(editor.state.doc)),
    onBlur: () => hooks.current.onBlur?.(),
  }));
  return useEditor(options);
}
