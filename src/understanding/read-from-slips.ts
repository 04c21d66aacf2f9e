import { editDistance } from '../knowledge/countries/edit-distance.js';
import type { PlaceSpan } from './read-places.js';
import { CASE_NOUNS, PLURAL_CASE_NOUNS } from './read-refs.js';
import type { Word } from './words.js';

/** Words that ask for cases in general, before which a place says where they come from. */
const ASKING = new Set(['anything', 'something', 'stuff', 'any', 'some', 'all']);

/** Words that are themselves a place's preposition: no slip. */
const PREPOSITIONS = new Set(['for', 'of', 'on', 'in', 'from']);

/**
 * Words right before a place that are slips for "from" ("cases form Finland", "fro Korea"):
 * one edit from it, at the start of the message or after a word asking for cases. "form" is an
 * English word, so the spelling corrector keeps it; only its place says what was meant, and
 * a form or a frog is no place's preposition.
 */
export function readFromSlips(
  words: readonly Word[],
  claimed: readonly boolean[],
  places: readonly PlaceSpan[],
): number[] {
  const slips: number[] = [];
  for (const place of places) {
    const at = place.first - 1;
    const word = words[at];
    if (!word || claimed[at] || PREPOSITIONS.has(word.folded)) continue;
    if (word.folded.length < 3 || editDistance(word.folded, 'from', 1) > 1) continue;
    const before = words[at - 1]?.folded;
    if (before === undefined || CASE_NOUNS.has(before) || PLURAL_CASE_NOUNS.has(before) || ASKING.has(before))
      slips.push(at);
  }
  return slips;
}
