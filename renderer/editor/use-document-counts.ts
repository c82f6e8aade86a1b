import type { Editor } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import type { DocumentCounts } from './document-counts.js';

/** Counts are shown once typing pauses, or at least this often while it goes on: the status line need not move per key. */
const PAUSE_MS = 250;
const AT_LEAST_EVERY_MS = 1_000;

/** Per top-level block, for as long as the block lives: a keystroke changes one block, so recounting is a sum. */
const blockCounts = new WeakMap<ProseMirrorNode, DocumentCounts>();

/** CharacterCount's counters (with the word rule in document-counts.ts), applied block by block. */
function count(editor: Editor, doc: ProseMirrorNode): DocumentCounts {
  const storage = editor.storage.characterCount;
  let words = 0;
  let characters = 0;
  doc.forEach((block) => {
    let counts = blockCounts.get(block);
    if (counts === undefined) {
      counts = { words: storage.words({ node: block }), characters: storage.characters({ node: block }) };
      blockCounts.set(block, counts);
    }
    words += counts.words;
    characters += counts.characters;
  });
  return { words, characters };
}

/** The counts for the status line, kept off the typing path: no render per keystroke. */
export function useDocumentCounts(editor: Editor): DocumentCounts {
  const [counts, setCounts] = useState(() => count(editor, editor.state.doc));

  useEffect(() => {
    let counted = editor.state.doc;
    let pause: ReturnType<typeof setTimeout> | undefined;
    let ceiling: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(pause);
      clearTimeout(ceiling);
      pause = ceiling = undefined;
      if (editor.isDestroyed || editor.state.doc === counted) return;
      counted = editor.state.doc;
      setCounts(count(editor, counted));
    };
    const onTransaction = () => {
      if (editor.state.doc === counted) return;
      clearTimeout(pause);
      pause = setTimeout(recount, PAUSE_MS);
      ceiling ??= setTimeout(recount, AT_LEAST_EVERY_MS);
    };
    editor.on('transaction', onTransaction);
    return () => {
      editor.off('transaction', onTransaction);
      clearTimeout(pause);
      clearTimeout(ceiling);
    };
  }, [editor]);

  return counts;
}
