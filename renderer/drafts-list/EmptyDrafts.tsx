export type EmptyKind = 'no-drafts' | 'no-matches' | 'empty-trash';

/** An empty list that says what to do next, rather than just "nothing here". */
export function EmptyDrafts({ kind, onClear }: { readonly kind: EmptyKind; readonly onClear: () => void }) {
  switch (kind) {
    case 'no-drafts':
      return (
        <div className="empty-state drafts-empty">
          <h2>No drafts yet</h2>
          <p className="empty-state-text">
            Start one with <strong>New draft</strong>, or bring in Markdown and HTML files with <strong>Import…</strong>. Drafts are kept on this
            computer, so you can write offline and send them to Firstup when they are ready.
          </p>
        </div>
      );
    case 'no-matches':
      return (
        <div className="empty-state drafts-empty">
          <h2>No drafts match</h2>
          <p className="empty-state-text">Nothing matches this search and these filters. Try other words, or clear them to see every draft.</p>
          <button type="button" className="button" onClick={onClear}>
            Clear search and filters
          </button>
        </div>
      );
    case 'empty-trash':
      return (
        <div className="empty-state drafts-empty">
          <h2>The trash is empty</h2>
          <p className="empty-state-text">Drafts you move to the trash stay here for 30 days, so you can restore them, and are then deleted for good.</p>
        </div>
      );
  }
}
