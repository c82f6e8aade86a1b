import './status-line.css';

export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  readonly action?: { readonly label: string; readonly run: () => void };
}

/**
 * A screen's one line of news ("Moved 3 drafts to the trash. Undo", "Paused 3 posts."). It sits at the bottom of the
 * screen, over the content rather than in its flow, so a notice never moves the list or the caret; the
 * live region is always there, so screen readers hear each new notice.
 */
export function StatusLine({ notice, onDismiss }: { readonly notice: Notice | null; readonly onDismiss: () => void }) {
  return (
    <div className="status-line" data-tone={notice?.tone} data-empty={notice === null}>
      {notice?.tone === 'error' && (
        <span className="status-line-mark" aria-hidden="true">
          !
        </span>
      )}
      <p className="status-line-text" role="status">
        {notice?.text}
      </p>
      {notice?.action !== undefined && (
        <button type="button" className="button status-line-action" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      {notice !== null && (
        <button type="button" className="status-line-close" aria-label="Dismiss this notice" onClick={onDismiss}>
          ×
        </button>
      )}
    </div>
  );
}
