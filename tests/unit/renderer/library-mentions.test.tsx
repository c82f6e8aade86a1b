/**
 * Mentions in comments. The token grammar is UNKNOWN (REFERENCE.md §5.11),
 * so besides the forms seen so far, the parser must survive anything and
 * never lose a character of the comment.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CommentText } from '../../../renderer/library/CommentText.js';
import { parseMentions, type CommentSegment } from '../../../renderer/library/mentions.js';

const shown = (segments: CommentSegment[]) => segments.map((segment) => (segment.kind === 'text' ? segment.text : `[${segment.label}]`)).join('');
const original = (segments: CommentSegment[]) => segments.map((segment) => (segment.kind === 'text' ? segment.text : segment.raw)).join('');

afterEach(cleanup);

describe('parseMentions', () => {
  it.each([
    ['Thanks {ref:user:123}!', 'Thanks [@user 123]!'],
    ['{ref:user:Ana Lima:id:42} agreed', '[@Ana Lima] agreed'],
    ['cc {ref:user::id:42}', 'cc [@user 42]'],
    ['cc {ref:user:id:42}', 'cc [@user 42]'],
    ['ping {ref:user:jdoe}', 'ping [@jdoe]'],
    ['{ref:group:7} and {ref:user:8}', '[@group 7] and [@user 8]'],
    ['{REF:user:9}', '{REF:user:9}'],
  ])('reads %j as %j', (text, expected) => {
    expect(shown(parseMentions(text))).toBe(expected);
  });

  it.each([
    'No mentions at all',
    '',
    '{ref:}',
    '{ref:user:}',
    '{ref:user:{ref:user:1}}',
    '{ref:user:12',
    'ref:user:12}',
    '{{ref:user:1}}',
    '{ref:123:456}',
    '{ref:user:<img src=x onerror=alert(1)>}',
    `{ref:user:${'9'.repeat(500)}}`,
    '{ref:' + 'a:'.repeat(10_000) + '}',
    '{ref:user:1}'.repeat(1_000),
  ])('keeps every character of %j, whatever it makes of it', (text) => {
    expect(original(parseMentions(text))).toBe(text);
  });

  it('reads a long run of tokens quickly (no runaway backtracking)', () => {
    const text = `${'{ref:'.repeat(20_000)}x`;
    const started = performance.now();
    expect(original(parseMentions(text))).toBe(text);
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('leaves a token it cannot read as the text it was', () => {
    expect(parseMentions('Hi {ref:user:} there')).toEqual([{ kind: 'text', text: 'Hi {ref:user:} there' }]);
  });
});

describe('CommentText', () => {
  it('shows mentions as names, with the raw token kept as a tooltip, and markup as plain text', () => {
    const { container } = render(<CommentText text={'<b>Nice</b> work {ref:user:123}, and {ref:user:Ana Lima:id:42}'} />);
    expect(container.textContent).toBe('<b>Nice</b> work @user 123, and @Ana Lima');
    expect(container.querySelector('b')).toBeNull();
    expect(Array.from(container.querySelectorAll('.comment-mention')).map((mention) => mention.getAttribute('title'))).toEqual([
      '{ref:user:123}',
      '{ref:user:Ana Lima:id:42}',
    ]);
  });
});
