import { useMemo } from 'react';
import { safePreviewHtml } from './safe-preview-html.js';

/** The post's body as readers see it, read-only and sanitised (see safe-preview-html.ts). */
export function BodyPreview({ html }: { html: string | null }) {
  const safe = useMemo(() => (html === null ? '' : safePreviewHtml(html)), [html]);
  if (safe.trim() === '') return <p className="read-muted">This post has no body text.</p>;
  return <div className="library-preview" dangerouslySetInnerHTML={{ __html: safe }} />;
}
