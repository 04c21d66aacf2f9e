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
  'rather than',
  'instead of',
  'apart from',
  'but not',
  'without',
  'exclude',
  'excludes',
  'leave out',
  'skip',
  'everywhere but',
  'anywhere but',
  'anything but',
  'everything but',
  'all but',
  'everywhere except',
  'anywhere except',
  'anything except',
  'everything except',
  'anywhere outside',
  'everywhere outside',
  'anything outside',
];
const NEGATION_KEYS = new Set(NEGATIONS);
/** Between the negation and the place: "not in Europe", "not from Korea". */
const PREPOSITIONS = new Set(['in', 'from', 'of', 'the']);

/** A place the message leaves out, and the words that said so (the place's words included). */
export interface Exclusion {
  place: PlaceSpan;
  first: number;
}

/** Words that join a place left out to the next ("except Germany and France", "not in KR, JP"). */
const JOINERS = new Set(['and', 'or', 'nor', 'the']);

/**
 * Places a message asks to leave out ("cases not in Europe", "outside Korea", "anything but
 * not from the EU"): the negation right before the place, a preposition or "the" allowed between,
 * and the places listed right after one left out ("except Germany and France").
 */
export function readExclusions(
  words: readonly Word[],
  claimed: readonly boolean[],
  places: readonly PlaceSpan[],
): Exclusion[] {
  const exclusions: Exclusion[] = [];
  let previous: PlaceSpan | undefined;
  for (const place of [...places].sort((a, b) => a.first - b.first)) {
    // "-korea", as search engines write leaving a word out; "non-EU" is the word "non" before it.
    const gap = words[place.first]?.gap ?? '';
    const minus = /\s[-−]$/u.test(gap) || (place.first === 0 && /^[-−]$/u.test(gap));
    const first =
      minus || (previous !== undefined && listedAfter(words, claimed, previous, place))
        ? place.first
        : negationBefore(words, claimed, place.first);
    previous = first === undefined ? undefined : place;
    if (first !== undefined) exclusions.push({ place, first });
  }
  return exclusions;
}

/** Whether `place` continues a list that `before` is in: only commas, "and", "or", "the" between. */
function listedAfter(
  words: readonly Word[],
  claimed: readonly boolean[],
  before: PlaceSpan,
  place: PlaceSpan,
): boolean {
  for (let k = before.last + 1; k < place.first; k++)
    if (claimed[k] || !JOINERS.has(words[k]!.folded)) return false;
  return place.first - before.last <= 3;
}

/**
 * Where a negation right before word `at` starts ("not in", "except for the", "exclude"), a
 * preposition or "the" allowed between; undefined when nothing negates it.
 */
export function negationBefore(
  words: readonly Word[],
  claimed: readonly boolean[],
  at: number,
): number | undefined {
  let start = at;
  while (start > 0 && PREPOSITIONS.has(words[start - 1]!.folded) && !claimed[start - 1]) start -= 1;
  for (const size of [2, 1]) {
    const first = start - size;
    if (first < 0 || words.slice(first, start).some((_, k) => claimed[first + k])) continue;
    const key = words
      .slice(first, start)
      .map((w) => w.folded)
      .join(' ');
    if (NEGATION_KEYS.has(key)) return first;
  }
  return undefined;
}
