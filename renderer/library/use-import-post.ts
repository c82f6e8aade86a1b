import { useState } from 'react';
import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import { StudioError } from '../../shared/ipc/studio-error.js';
import { openDraft } from '../navigation/screen-hash.js';
import { describeError } from '../studio/describe-error.js';
import { useStudio } from '../studio/studio-context.js';
import { unwrap } from '../studio/unwrap.js';
import { postTitle } from './content-labels.js';
import { describeImport } from './describe-import.js';
import { rememberImport } from './import-notes.js';
import type { LinkedDrafts } from './use-linked-drafts.js';

export interface ImportPost {
  readonly busy: boolean;
  /** Why the last import failed; null when it did not. */
  readonly problem: string | null;
  readonly importPost: () => void;
}

function describeImportError(error: unknown): string {
  if (error instanceof StudioError && error.code === 'offline') {
    return 'Firstup cannot be reached, so the post could not be brought into your drafts. Try again once you are back online.';
  }
  return `The post could not be brought into your drafts. ${describeError(error)}`;
}

/**
 * "Import into drafts" / "Edit as draft": the core makes a local draft linked
 * to the post, or refreshes the one already linked (never over local edits),
 * and the editor opens it. What happened is kept for the Library's status line.
 */
export function useImportPost(programId: string, post: ContentSummary, linked: LinkedDrafts): ImportPost {
  const studio = useStudio();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const importPost = () => {
    if (busy) return;
    const before = linked.get(post.id);
    setBusy(true);
    setProblem(null);
    unwrap(studio.drafts.pull({ programId, contentId: post.id })).then(
      (draft) => {
        setBusy(false);
        rememberImport(describeImport(postTitle(post), before, draft));
        openDraft(draft.id);
      },
      (error: unknown) => {
        setBusy(false);
        setProblem(describeImportError(error));
      },
    );
  };

  return { busy, problem, importPost };
}
