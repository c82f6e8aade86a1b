/**
 * Deterministic, realistic-looking drafts for the benchmarks: a vocabulary
 * with Zipf-distributed word frequencies (as in real prose, a few words are
 * everywhere and most are rare) and internal-comms-sized articles.
 */

import { createRandom } from '../../electron/sandbox/seed/random.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sto', 'va', 'tel', 'quin', 'dor', 'bra', 'sel', 'mun', 'tri', 'ga', 'pho', 'ler', 'zan', 'cu', 'wen', 'fi'];

export interface Corpus {
  readonly random: () => number;
  /** By frequency rank: words[0] is the commonest. */
  readonly words: readonly string[];
  word(): string;
  sentence(words: number): string;
  /** An article body of about `chars` characters: headings, paragraphs, links and the odd image. */
  articleHtml(chars: number): string;
  between(min: number, max: number): number;
}

export function createCorpus(seed: number, vocabulary = 6_000): Corpus {
  // The sandbox's seeded generator (mulberry32): every run measures the same corpus.
  const random = createRandom(seed).next;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const seen = new Set<string>();
  while (seen.size < vocabulary) {
    let word = '';
    for (let count = between(1, 4); count > 0; count -= 1) word += SYLLABLES[between(0, SYLLABLES.length - 1)];
    seen.add(word);
  }
  const words = [...seen];
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank += 1) cumulative.push((total += 1 / rank));

  function word(): string {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  }

  function sentence(count: number): string {
    const parts = Array.from({ length: count }, word);
    parts[0] = parts[0]!.charAt(0).toUpperCase() + parts[0]!.slice(1);
    return `${parts.join(' ')}.`;
  }

  function block(): string {
    const roll = random();
    if (roll < 0.08) return `<h2>${sentence(between(3, 7)).slice(0, -1)}</h2>`;
    if (roll < 0.12) return `<p><img src="https://cdn.example.com/images/${between(1, 99_999)}.jpg" alt="${sentence(4)}"></p>`;
    const text = Array.from({ length: between(2, 6) }, () => sentence(between(6, 22))).join(' ');
    if (roll < 0.3) return `<p>${text} <a href="https://intranet.example.com/news/${word()}">${word()} ${word()}</a> &amp; ${word()}.</p>`;
    return `<p>${text}</p>`;
  }

  function articleHtml(chars: number): string {
    const blocks: string[] = [];
    let size = 0;
    while (size < chars) {
      const next = block();
      blocks.push(next);
      size += next.length;
    }
    return blocks.join('\n');
  }

  return { random, words, word, sentence, articleHtml, between };
}
