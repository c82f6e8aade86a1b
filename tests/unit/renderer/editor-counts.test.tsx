/**
 * Word count, character count and reading time (about 230 words a minute)
 * in the status line under the text, which screen readers are not made to
 * announce on every keystroke.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countWords, describeCounts, readingMinutes } from '../../../renderer/editor/document-counts.js';
import { inEditor, mountEditor, stubLayout } from './editor-harness.js';

beforeAll(stubLayout);
afterEach(cleanup);

describe('counting', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['One', 1],
    ['Two words', 2],
    ["Don't stop — it's e-mail, 3.5 times!", 6],
    ['Line\nbreak\ttab', 3],
    ['Ünïcödé wörds, 日本語', 3],
    ['— – … !!', 0],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    [0, 0],
    [1, 1],
    [114, 1],
    [230, 1],
    [345, 2],
    [460, 2],
    [2_300, 10],
    [50_000, 217],
  ])('%i words take %i minutes to read', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });

  it('says it in words, with thousands separated', () => {
    expect(describeCounts({ words: 0, characters: 0 })).toBe('0 words · 0 characters · no reading time yet');
    expect(describeCounts({ words: 1, characters: 1 })).toBe('1 word · 1 character · 1 min read');
    expect(describeCounts({ words: 2_300, characters: 13_456 })).toBe('2,300 words · 13,456 characters · 10 min read');
  });
});

describe('the status line', () => {
  const counts = () => screen.getByText(/words? · /);

  it('shows the counts of the article as opened, and does not announce them', () => {
    mountEditor({ initialHtml: '<h2>Quarterly update</h2><p>Revenue grew by <strong>12 %</strong> this quarter.</p><ul><li><p>New office</p></li></ul>' });
    expect(counts().textContent).toBe('10 words · 60 characters · 1 min read');
    expect(counts().getAttribute('aria-live')).toBe('off');
  });

  it('follows typing once it pauses', async () => {
    const { editor } = mountEditor({ initialHtml: '<p>One two</p>' });
    expect(counts().textContent).toBe('2 words · 7 characters · 1 min read');
    inEditor(editor, (e) => e.chain().focus('end').insertContent(' three four five').run());
    expect(counts().textContent, 'not recounted on the keystroke itself').toBe('2 words · 7 characters · 1 min read');
    await waitFor(() => expect(counts().textContent).toBe('5 words · 23 characters · 1 min read'), { timeout: 2_000 });
  });

  it('follows a reload through setContent', async () => {
    const { handle } = mountEditor({ initialHtml: '<p>Short</p>' });
    act(() => handle.setContent(`<p>${'word '.repeat(460)}</p>`));
    await waitFor(() => expect(counts().textContent).toBe('460 words · 2,299 characters · 2 min read'), { timeout: 2_000 });
  });
});
