import type { Editor } from '@tiptap/core';
import { describeCounts } from './document-counts.js';
import { useDocumentCounts } from './use-document-counts.js';

/**
 * Under the text: the counts (aria-live off, so a screen reader is not told
 * about every word typed; they are read when someone moves to them) and the
 * editor's notices (a polite status, on its own line of fixed height, so a
 * notice never moves the text or the caret).
 */
export function StatusBar({ editor, notice }: { editor: Editor; notice: string | null }) {
  const counts = useDocumentCounts(editor);
  return (
    <div className="article-status">
      <p className="article-status-notice" role="status">
        {notice}
      </p>
      <p className="article-status-counts" aria-live="off">
        {describeCounts(counts)}
      </p>
    </div>
  );
}
