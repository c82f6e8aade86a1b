import type { ContentState } from '../model.js';

/**
 * REFERENCE.md §5.6–5.7 as a pure function: from-state × action → the next
 * state, or the reason the move is refused. Returning the same state means a
 * no-op. Anything refused because of the state a post is in (here, in
 * updates and in media changes) answers 400 `invalid_transition`, so a
 * client can tell "wait or recreate" from "fix your input"
 * (`validation_failed`).
 */

export const contentActions = ['publish', 'review', 'draft', 'archive'] as const;
export type ContentAction = (typeof contentActions)[number];

type TransitionOutcome = { readonly ok: true; readonly next: ContentState } | { readonly ok: false; readonly message: string };

const FAILED_MESSAGE = 'Media processing failed; this post cannot change state. Create it again.';

export function nextState(from: ContentState, action: ContentAction): TransitionOutcome {
  // The docs contradict themselves ("draft/archive from any state" vs "cannot be moved to any
  // other state"); the sandbox takes the state definition: processing_error is terminal.
  if (from === 'processing_error') return { ok: false, message: FAILED_MESSAGE };
  switch (action) {
    case 'publish':
      if (from === 'published' || from === 'scheduled') return { ok: true, next: from };
      // [doc-conflict] publish says "immediately", the state says "not until processing finishes".
      // Sandbox pick: refuse and let the client retry, rather than publish media that is not ready.
      if (from === 'processing') return { ok: false, message: 'This post is still processing; try again shortly.' };
      return { ok: true, next: 'published' };
    case 'review':
      return { ok: true, next: 'review' };
    case 'draft':
      return { ok: true, next: 'draft' };
    case 'archive':
      return { ok: true, next: 'archived' };
  }
}

/**
 * Whether updates and media changes are allowed in this state. The reference
 * leaves per-state update rules UNKNOWN (§5.7); sandbox pick: everything is
 * editable except a post whose media processing failed, which is terminal.
 */
export function editRefusal(state: ContentState): string | null {
  return state === 'processing_error' ? 'Media processing failed; this post cannot be changed. Create it again.' : null;
}
