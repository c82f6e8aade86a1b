import type { QueueNotice } from './use-queue-actions.js';

/**
 * The screen's one line of news ("Paused 3 posts."). It floats over the bottom of the screen, outside the
 * list's flow, so a notice never moves the list; the live region is always there, so each notice is heard.
 */
export function QueueStatusLine({ notice, onDismiss }: { readonly notice: QueueNotice | null; readonly onDismiss: () => void }) {
  return (
    <div className="queue-status" data-tone={notice?.tone} data-empty={notice === null}>
      <p className="queue-status-text" role="status">
        {notice?.text}
      </p>
      {notice !== null && (
        <button type="button" className="queue-status-close" aria-label="Dismiss this notice" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
