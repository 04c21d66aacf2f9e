import { stateReadings } from '../knowledge/countries/state-codes.js';
import type { PlaceSpan } from './read-places.js';
import { PLURAL_CASE_NOUNS } from './read-refs.js';
import type { StateCode } from './understanding.js';
import type { Word } from './words.js';

const PLACE_WORDS = new Set(['in', 'from', 'for', 'of']);

/**
 * A two-letter code in capitals that is a US state's (or a Canadian or Australian one's), where a
 * place goes: after "in"/"from", or beside the cases asked for. In a message typed all in
 * capitals a capital word says nothing.
 */
export function readStateCode(
  text: string,
  words: readonly Word[],
  places: readonly PlaceSpan[],
): StateCode | undefined {
  if (!/\p{Ll}/u.test(text)) return undefined;
  for (let i = 0; i < words.length; i += 1) {
    const typed = words[i]!.raw;
    if (!/^[A-Z]{2}$/u.test(typed)) continue;
    const states = stateReadings(typed);
    if (states.length === 0) continue;
    const beside = [words[i - 1], words[i + 1]].some((w) => w && PLURAL_CASE_NOUNS.has(w.folded));
    if (!beside && !PLACE_WORDS.has(words[i - 1]?.folded ?? '')) continue;
    const place = places.find((p) => p.first === i && p.last === i);
    if (place && !place.code) continue;
    return { typed, states, ...(place?.code ? { country: place.code } : {}) };
  }
  return undefined;
}
