import type { PlaceSpan } from './read-places.js';
import type { Word } from './words.js';

/** Words that put the place after them out: "not", "outside", "except", "other than"… */
const NEGATIONS: readonly string[] = [
  'not',
  'non',
  'outside',
  'outside of',
  'except',
  'except for',
  'excluding',
  'excl',
  'besides',
  'beyond',
  'other than',
  'apart from',
  'but not',
  'without',
];
const NEGATION_KEYS = new Set(NEGATIONS);
/** Between the negation and the place: "not in Europe", "not from Korea". */
const PREPOSITIONS = new Set(['in', 'from', 'of', 'the']);

/** A place the message leaves out, and the words that said so (the place's words included). */
export interface Exclusion {
  place: PlaceSpan;
  first: number;
}

/**
 * Places a message asks to leave out ("cases not in Europe", "outside Korea", "anything but
 * not from the EU"): the negation right before the place, a preposition or "the" allowed between.
 */
export function readExclusions(
  words: readonly Word[],
  claimed: readonly boolean[],
  places: readonly PlaceSpan[],
): Exclusion[] {
  const exclusions: Exclusion[] = [];
  for (const place of places) {
    let at = place.first;
    while (at > 0 && PREPOSITIONS.has(words[at - 1]!.folded) && !claimed[at - 1]) at -= 1;
    for (const size of [2, 1]) {
      const first = at - size;
      if (first < 0 || words.slice(first, at).some((_, k) => claimed[first + k])) continue;
      const key = words
        .slice(first, at)
        .map((w) => w.folded)
        .join(' ');
      if (NEGATION_KEYS.has(key)) {
        exclusions.push({ place, first });
        break;
      }
    }
  }
  return exclusions;
}
