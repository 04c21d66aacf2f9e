import { countryData } from './country-data.js';
import { type PlaceTable, placeTable } from './place-table.js';
import { isCapitalized, type Token } from './tokenize.js';

/** A name found in a text: which words, what it is and the country it points to. */
export interface Mention {
  kind: 'name' | 'demonym' | 'abbreviation' | 'city' | 'region' | 'blocker';
  /** Undefined for a blocker ("Latin America", "Congo"): it names no single country. */
  code?: string;
  /** Index of the first and last token. */
  first: number;
  last: number;
  /** Folded key of the name ("new south wales"). */
  key: string;
  /** A country name that is also a word or a personal name ("chad", "georgia"). */
  needsContext: boolean;
}

/**
 * `prose`: case-study text, where names are capitalised and abbreviations written exactly.
 * `query`: what a user typed, in any case.
 */
export type ScanMode = 'prose' | 'query';

// Words of one name are separated by a space, a hyphen, an apostrophe or a dot at most
// ("Guinea-Bissau", "Côte d’Ivoire", "U.S."), never by a comma or a line break.
const JOINER = /^(?:[ \u00a0]|[-‐–'’.]\s?)$/;

/** Every name's first word, first two words and so on up to the whole name ("new", "new south"). */
function namePrefixes(keys: Iterable<string>, into: Set<string>): Set<string> {
  for (const key of keys) {
    let prefix = '';
    for (const word of key.split(' ')) {
      prefix = prefix === '' ? word : `${prefix} ${word}`;
      into.add(prefix);
    }
  }
  return into;
}

const countryPrefixes = namePrefixes(
  [...countryData.names.keys(), ...countryData.abbreviations.keys()],
  new Set(),
);
let allPrefixes: Set<string> | undefined;

function prefixIndex(places: PlaceTable): Set<string> {
  allPrefixes ??= namePrefixes(
    [...places.places.keys(), ...places.blocked, ...places.leaders.keys()],
    new Set(countryPrefixes),
  );
  return allPrefixes;
}

function lookup(key: string, words: readonly Token[], mode: ScanMode, places: PlaceTable, before?: Token) {
  const abbreviation = countryData.abbreviations.get(key);
  if (abbreviation) {
    const written = words.map((w) => w.raw).join(' ');
    // In a query "usa" or "uk" is fine, but "us" is the pronoun unless it is "the us".
    const lowerOk = mode === 'query' && (key !== 'us' || before?.folded === 'the');
    if (abbreviation.surfaces.includes(written) || lowerOk) {
      return { kind: 'abbreviation' as const, code: abbreviation.code, needsContext: false };
    }
  }
  const name = countryData.names.get(key);
  if (name && (mode === 'query' || name.queryOnly !== true))
    return { kind: name.kind, code: name.code, needsContext: name.needsContext };
  const place = places.places.get(key);
  if (place) return { kind: place.kind, code: place.code, needsContext: false };
  if (places.blocked.has(key)) return { kind: 'blocker' as const, needsContext: false };
  const leader = mode === 'query' ? places.leaders.get(key) : undefined;
  if (leader) return { kind: leader.kind, code: leader.code, needsContext: false };
  return undefined;
}

/** Every name in the tokens, longest first and without overlaps, in text order. */
export function scanMentions(text: string, tokens: readonly Token[], mode: ScanMode): Mention[] {
  const places = placeTable();
  const prefixes = prefixIndex(places);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let matched = 0;
    if (prefixes.has(first.folded) && (mode === 'query' || isCapitalized(first.raw))) {
      // The runs of words from here that begin some name: only they may be one.
      const keys = [first.folded];
      while (i + keys.length < tokens.length) {
        const gap = text.slice(tokens[i + keys.length - 1]!.end, tokens[i + keys.length]!.start);
        if (!JOINER.test(gap)) break;
        const key = `${keys.at(-1)} ${tokens[i + keys.length]!.folded}`;
        if (!prefixes.has(key)) break;
        keys.push(key);
      }
      for (let n = keys.length; n >= 1 && matched === 0; n -= 1) {
        const words = tokens.slice(i, i + n);
        const key = keys[n - 1]!;
        const hit = lookup(key, words, mode, places, tokens[i - 1]);
        if (hit) {
          mentions.push({ ...hit, first: i, last: i + n - 1, key });
          matched = n;
        }
      }
    }
    i += Math.max(matched, 1);
  }
  return mentions;
}
