/** Words, characters and reading time, as the status line shows them. */

export const WORDS_PER_MINUTE = 230;

/** Letters or digits, joined by an apostrophe, hyphen or point inside the word ("don't", "e-mail", "3.5"). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count += 1;
  return count;
}

/** Whole minutes at about 230 words a minute; any text at all takes at least one. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

export interface DocumentCounts {
  readonly words: number;
  readonly characters: number;
}

export function describeCounts({ words, characters }: DocumentCounts): string {
  const number = new Intl.NumberFormat();
  const minutes = readingMinutes(words);
  return [
    `${number.format(words)} ${words === 1 ? 'word' : 'words'}`,
    `${number.format(characters)} ${characters === 1 ? 'character' : 'characters'}`,
    minutes === 0 ? 'no reading time yet' : `${number.format(minutes)} min read`,
  ].join(' · ');
}
