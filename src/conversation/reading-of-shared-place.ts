import type { Intent } from '../intents/intent.js';
import { countriesSharingName } from '../knowledge/countries/index.js';
import { defaultSort } from './default-sort.js';
import { countryName, isFiltered, type PlaceReading, withPlaceReading } from './place-reading.js';

/** Places offered for a shared name: the largest few, as a menu of buttons stays short. */
const MAX_PLACES = 3;
/** Place names are at most this many words ("San José de Cúcuta" aside). */
const MAX_NAME_WORDS = 3;
/** Words that put a place in a search ("health in victoria"): they go with it. */
const PLACING = new Set(['in', 'from', 'at', 'of', 'near', 'around']);

interface SharedName {
  typed: string;
  codes: readonly string[];
  /** The search's words without the name and the word that placed it. */
  rest: string;
}

/** The first run of the search's words that names places in several countries, as typed. */
function sharedNameIn(query: string): SharedName | undefined {
  const words = query.split(/\s+/u).filter(Boolean);
  for (let i = 0; i < words.length; i += 1) {
    for (let n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1; n -= 1) {
      const typed = words.slice(i, i + n).join(' ');
      const codes = countriesSharingName(typed);
      if (!codes) continue;
      const from = i > 0 && PLACING.has(words[i - 1]!.toLowerCase()) ? i - 1 : i;
      return { typed, codes, rest: [...words.slice(0, from), ...words.slice(i + n)].join(' ') };
    }
  }
  return undefined;
}

/**
 * A search for a place several countries have ("cases in manchester", "anything from congo"):
 * searched as a word, as casebot files cases by country, and each country a button — the question
 * again in that country without the name.
 */
export function readingOfSharedPlace(
  intent: Intent,
): { note: string; alternatives: PlaceReading[] } | undefined {
  if (!isFiltered(intent) || intent.filters.countries !== undefined || intent.filters.region !== undefined)
    return undefined;
  const shared = sharedNameIn(intent.query);
  if (!shared) return undefined;
  const codes = shared.codes.slice(0, MAX_PLACES);
  const names = codes.map(countryName);
  const others = shared.codes.length > codes.length ? ', among others' : '';
  return {
    note: `“${shared.typed}” is a place in ${names.slice(0, -1).join(', ')} and ${names.at(-1)}${others}: I searched it as a word; each country is a button below.`,
    alternatives: codes.map((code) => {
      const filters = { ...intent.filters, countries: [code] };
      const reading = withPlaceReading(intent, filters, shared.rest);
      return {
        label: `Cases from ${countryName(code)}`,
        intent: reading.type === 'search' ? { ...reading, sort: defaultSort(shared.rest, filters) } : reading,
      };
    }),
  };
}
