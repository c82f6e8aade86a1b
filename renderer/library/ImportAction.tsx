import { useId } from 'react';
import type { ContentSummary } from '../../shared/firstup/firstup-views.js';
import type { LinkedDrafts } from './use-linked-drafts.js';
import { useImportPost } from './use-import-post.js';

export interface ImportActionProps {
  readonly programId: string;
  readonly post: ContentSummary;
  readonly linked: LinkedDrafts;
}

/** Brings the post into the local drafts and opens it; the label says whether a draft of it exists already. */
export function ImportAction({ programId, post, linked }: ImportActionProps) {
  const id = useId();
  const { busy, problem, importPost } = useImportPost(programId, post, linked);
  const hasDraft = linked.has(post.id);
  return (
    <div className="library-import">
      <button type="button" className="button-primary" aria-describedby={`${id}-hint`} aria-disabled={busy || undefined} onClick={importPost}>
        {busy ? 'Opening…' : hasDraft ? 'Edit as draft' : 'Import into drafts'}
      </button>
      <p className="program-hint" id={`${id}-hint`}>
        {hasDraft
          ? 'You have a draft of this post. It is refreshed from Firstup first, unless you changed it here.'
          : 'Makes a local draft of this post and opens it in the editor.'}
      </p>
      {problem !== null && (
        <p className="panel-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
