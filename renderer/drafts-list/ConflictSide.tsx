import type { ReactNode } from 'react';
import type { Comparison } from './use-conflict-comparison.js';
import { previewHtml } from './preview-html.js';

export interface ConflictSideProps {
  readonly heading: string;
  /** When this side last changed, if known. */
  readonly changed: ReactNode;
  readonly text: Comparison['local'];
  readonly other: Comparison['local'];
}

/** One version of the text, with each part that differs from the other version marked in words. */
export function ConflictSide({ heading, changed, text, other }: ConflictSideProps) {
  const differs = (field: keyof Comparison['local']) =>
    text[field] !== other[field] && (
      <span className="conflict-differs">
        <span aria-hidden="true">≠ </span>differs
      </span>
    );
  return (
    <article className="conflict-side" aria-label={heading}>
      <h3 className="conflict-side-heading">{heading}</h3>
      {changed}
      <h4 className="conflict-field-label">Title {differs('title')}</h4>
      <p className="conflict-title">{text.title.trim() === '' ? <em>No title</em> : text.title}</p>
      <h4 className="conflict-field-label">Summary {differs('summary')}</h4>
      <p className="conflict-summary">{text.summary.trim() === '' ? <em>No summary</em> : text.summary}</p>
      <h4 className="conflict-field-label">Text {differs('bodyHtml')}</h4>
      {/* previewHtml keeps formatting tags only, with no attributes: no links, media, styles or handlers survive. */}
      {text.bodyHtml.trim() === '' ? (
        <p className="conflict-body">
          <em>No text</em>
        </p>
      ) : (
        <div className="conflict-body" dangerouslySetInnerHTML={{ __html: previewHtml(text.bodyHtml) }} />
      )}
    </article>
  );
}
