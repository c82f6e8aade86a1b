/** The workflow bar offers only what the post's state allows, and asks before taking a post out of feeds. */
import { expect, it } from 'vitest';
import { contentStates } from '../../../shared/firstup/firstup-views.js';
import { allowedActions, needsConfirmation, workflowActions } from '../../../shared/publishing/workflow.js';
import { actionLabel, stateLabel } from '../../../renderer/draft-editor/workflow-labels.js';

it('offers review and publish before the first push, and never a no-op', () => {
  expect(allowedActions(null)).toEqual(['review', 'publish']);
  expect(allowedActions('published')).not.toContain('publish');
  expect(allowedActions('review')).not.toContain('review');
  expect(allowedActions('archived')).not.toContain('archive');
  expect(allowedActions('processing')).toEqual([]);
});

it('asks before archiving anything and before taking a published post out of feeds', () => {
  for (const state of [null, ...contentStates]) expect(needsConfirmation('archive', state)).toBe(true);
  expect(needsConfirmation('draft', 'published')).toBe(true);
  expect(needsConfirmation('review', 'published')).toBe(true);
  expect(needsConfirmation('draft', 'review')).toBe(false);
  expect(needsConfirmation('publish', 'draft')).toBe(false);
});

it('names every state and action in words, with Unpublish for a published post', () => {
  for (const state of [null, ...contentStates]) expect(stateLabel(state)).toMatch(/^[A-Z][a-z ]+/);
  for (const action of workflowActions) expect(actionLabel(action, 'draft')).toMatch(/^[A-Z]/);
  expect(actionLabel('draft', 'published')).toBe('Unpublish');
  expect(actionLabel('publish', 'archived')).toBe('Publish again');
});
