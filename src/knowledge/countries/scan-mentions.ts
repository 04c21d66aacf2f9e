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

function firstWords(keys: Iterable<string>, into: Map<string, number>): Map<string, number> {
  for (const key of keys) {
    const words = key.split(' ');
    const first = words[0]!;
    into.set(first, Math.max(into.get(first) ?? 0, words.length));
  }
  return into;
}

const countryFirstWords = firstWords(
  [...countryData.names.keys(), ...countryData.abbreviations.keys()],
  new Map(),
);
let allFirstWords: Map<string, number> | undefined;

function firstWordIndex(places: PlaceTable): Map<string, number> {
  allFirstWords ??= firstWords([...places.places.keys(), ...places.blocked], new Map(countryFirstWords));
  return allFirstWords;
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
  return undefined;
}

/** Every name in the tokens, longest first and without overlaps, in text order. */
export function scanMentions(text: string, tokens: readonly Token[], mode: ScanMode): Mention[] {
  const places = placeTable();
  const index = firstWordIndex(places);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    const longest = index.get(first.folded);
    let matched = 0;
    if (longest !== undefined && (mode === 'query' || isCapitalized(first.raw))) {
      let span = 1;
      while (span < longest && i + span < tokens.length) {
        const gap = text.slice(tokens[i + span - 1]!.end, tokens[i + span]!.start);
        if (!JOINER.test(gap)) break;
        span += 1;
      }
      for (let n = span; n >= 1 && matched === 0; n -= 1) {
        const words = tokens.slice(i, i + n);
        const key = words.map((w) => w.folded).join(' ');
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
