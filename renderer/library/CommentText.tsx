import { parseMentions } from './mentions.js';

/** A comment's words, with mentions shown as names (or "@user 123") instead of their raw tokens. */
export function CommentText({ text }: { text: string }) {
  return (
    <p className="comment-text">
      {parseMentions(text).map((segment, index) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <span key={index} className="comment-mention" title={segment.raw}>
            {segment.label}
          </span>
        ),
      )}
    </p>
  );
}
