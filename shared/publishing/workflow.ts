import type { ContentState } from '../firstup/firstup-views.js';

/** What the workflow bar can ask of a post (REFERENCE.md §5.6). */
export const workflowActions = ['review', 'publish', 'draft', 'archive'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

/**
 * The actions worth offering from each remote state (§5.7), `null` meaning the
 * draft is not on Firstup yet. No-ops are left out (publish on a published
 * post, review in review). `processing` offers nothing: the post is waited out
 * and read again. `processing_error` offers only archive: the reference calls
 * it terminal and the documents disagree about the rest.
 */
const allowed: Record<ContentState | 'none', readonly WorkflowAction[]> = {
  none: ['review', 'publish'],
  draft: ['review', 'publish', 'archive'],
  review: ['publish', 'draft', 'archive'],
  published: ['draft', 'review', 'archive'],
  scheduled: ['draft', 'archive'],
  archived: ['draft', 'publish'],
  processing: [],
  processing_error: ['archive'],
};

export function allowedActions(state: ContentState | null): readonly WorkflowAction[] {
  return allowed[state ?? 'none'];
}

/** Taking a post out of readers' feeds must be confirmed first. */
export function needsConfirmation(action: WorkflowAction, state: ContentState | null): boolean {
  return action === 'archive' || (state === 'published' && (action === 'draft' || action === 'review'));
}

/** Actions that run the preflight: they send the post towards readers. */
export function isOutgoing(action: WorkflowAction): boolean {
  return action === 'review' || action === 'publish';
}
