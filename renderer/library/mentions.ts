/*
 * Comment text carries mentions as tokens such as `{ref:user:123}` or
 * `{ref:user:…:id:…}`. Firstup's docs lost the variable parts, so the exact
 * grammar is UNKNOWN (REFERENCE.md §5.11). This parser therefore survives
 * anything: it never throws, a token it cannot read stays as the text it was,
 * and unbalanced braces are plain text. It reads the forms seen so far:
 * `{ref:<kind>:<id>}`, `{ref:<kind>:<name>}` and `{ref:<kind>:<name>:id:<id>}`.
 * Names cannot be looked up (no channel resolves a user id), so a bare id is
 * shown as "@user 123".
 */

export type CommentSegment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'mention'; readonly label: string; readonly raw: string };

/** Bounded, with no nested braces, so a hostile comment cannot make the pattern backtrack for long. */
const TOKEN = /\{ref:([^{}]{1,300})\}/g;
const MAX_NAME = 100;

function mentionLabel(inner: string): string | null {
  const [rawKind = '', ...rest] = inner.split(':').map((part) => part.trim());
  const kind = rawKind.toLowerCase();
  if (!/^[a-z_]{1,30}$/.test(kind)) return null;
  const idAt = rest.indexOf('id');
  const name = (idAt >= 0 ? rest.slice(0, idAt) : rest).join(':');
  const id = idAt >= 0 ? (rest[idAt + 1] ?? '') : '';
  // `{ref:user:Ana Lima}` or `{ref:user:Ana Lima:id:42}`: the name is what a reader knows.
  if (name !== '' && !/^\d+$/.test(name)) return `@${name.slice(0, MAX_NAME)}`;
  // `{ref:user:42}` or `{ref:user::id:42}`.
  const reference = name !== '' ? name : id;
  return /^[\w-]{1,64}$/.test(reference) ? `@${kind.replaceAll('_', ' ')} ${reference}` : null;
}

/** The comment as text and mentions, in order; joined back, the parts hold every character of the text. */
export function parseMentions(text: string): CommentSegment[] {
  const segments: CommentSegment[] = [];
  const pushText = (part: string) => {
    if (part !== '') segments.push({ kind: 'text', text: part });
  };
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const label = mentionLabel(match[1] ?? '');
    if (label === null) continue;
    pushText(text.slice(last, match.index));
    segments.push({ kind: 'mention', label, raw: match[0] });
    last = match.index + match[0].length;
  }
  pushText(text.slice(last));
  return segments;
}
