import type { ContentState } from '../../shared/firstup/firstup-views.js';
import type { WorkflowAction } from '../../shared/publishing/workflow.js';

/** The post's place in the workflow, in a communicator's words. */
export function stateLabel(state: ContentState | null): string {
  switch (state) {
    case null:
      return 'Not on Firstup yet';
    case 'draft':
      return 'Draft on Firstup';
    case 'review':
      return 'In review';
    case 'published':
      return 'Published';
    case 'scheduled':
      return 'Scheduled';
    case 'archived':
      return 'Archived';
    case 'processing':
      return 'Processing on Firstup';
    case 'processing_error':
      return 'Processing failed';
  }
}

export function actionLabel(action: WorkflowAction, state: ContentState | null): string {
  switch (action) {
    case 'review':
      return 'Submit for review';
    case 'publish':
      return state === 'archived' ? 'Publish again' : 'Publish';
    case 'draft':
      return state === 'published' ? 'Unpublish' : 'Move back to draft';
    case 'archive':
      return 'Archive';
  }
}

/** What the action is doing, for the progress line. */
export function actionProgress(action: WorkflowAction): string {
  switch (action) {
    case 'review':
      return 'Submitting for review…';
    case 'publish':
      return 'Publishing…';
    case 'draft':
      return 'Moving back to draft…';
    case 'archive':
      return 'Archiving…';
  }
}

/** What the confirmation says an action will do to readers. */
export function actionConsequence(action: WorkflowAction, state: ContentState | null): string {
  if (action === 'archive') return 'Archiving takes the post out of every feed. You can publish it again later.';
  if (action === 'draft' && state === 'published') return 'Unpublishing takes the post out of every feed until it is published again.';
  if (action === 'review' && state === 'published') return 'Sending a published post back to review takes it out of every feed at once.';
  if (action === 'publish') return 'Publishing puts the post in the feeds of everyone who follows its topics.';
  if (action === 'review') return 'Reviewers in the program can then publish it.';
  return 'The post goes back to being a draft on Firstup.';
}
