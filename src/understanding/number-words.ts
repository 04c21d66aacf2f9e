import { NUMBER_WORDS } from './number-names.js';
import type { Word } from './words.js';

const ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** "second" → 1: a position, 0-based, up to the tenth. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(ORDINALS.map((w, i) => [w, i]));

/** A small number as typed: "3", "three"; undefined for anything else. */
export function smallNumberOf(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d{1,2}$/u.test(word.folded)) return Number(word.folded);
  return NUMBER_WORDS.get(word.folded);
}

/** A position as typed, 0-based: "second", "2nd"; undefined for anything else. */
export function ordinalOf(word: Word | undefined): number | undefined {
  if (!word) return undefined;
  const nth = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(word.folded);
  if (nth) return Number(nth[1]) - 1;
  return ORDINAL_WORDS.get(word.folded);
}
