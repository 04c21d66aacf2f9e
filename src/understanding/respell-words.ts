import { isCommonWord } from '../knowledge/countries/common-words.js';
import { countryData } from '../knowledge/countries/country-data.js';
import { resolveCountry } from '../knowledge/countries/index.js';
import { placeTable } from '../knowledge/countries/place-table.js';
import { isAllCaps, nameKey, type Token, tokenize } from '../knowledge/countries/tokenize.js';
import { regionTable } from '../knowledge/regions/build-regions.js';
import { isStopWord } from '../search/tokenize.js';
import { lexiconEntries } from './lexicon.js';
import { nameTopic } from './name-topic.js';
import { createCorrector, editsAllowed, nearestOf, slipLikelihood } from './nearest-word.js';
import { SUBJECT_WORDS_ABROAD } from './other-languages.js';

/** English words this common (a SCOWL size) are never corrected: "form" is no slip for "from". */
const COMMON = 20;

/** Words shorter than this are not corrected: too many real words lie one edit apart. */
const MIN_LENGTH = 4;

interface Vocabulary {
  /** The words of asking (the lexicon's) and the one-word country names. */
  all: readonly string[];
  known: ReadonlySet<string>;
  /**
   * Short stop words with two letters swapped ("teh", "adn"), to the word meant: too short for
   * the corrector, but a swap that makes no English word is no other word.
   */
  swapped: ReadonlyMap<string, string>;
}

let vocabulary: Vocabulary | undefined;

function buildVocabulary(): Vocabulary {
  if (vocabulary) return vocabulary;
  const all = new Set<string>();
  // A subject's phrases ("public health") are searched as typed: the search forgives their typos.
  for (const [phrase, role] of lexiconEntries())
    if (role.type !== 'subject') for (const word of phrase.split(' ')) all.add(word);
  const known = new Set(all);
  for (const country of countryData.countries) {
    const key = nameKey(country.name);
    if (!key.includes(' ')) all.add(key);
    // "caicos" of "Turks and Caicos Islands" is right as it is.
    for (const word of key.split(' ')) known.add(word);
    // Its other names and demonyms ("Alemania", "german") are right as they are.
    for (const alias of country.aliases) for (const word of nameKey(alias).split(' ')) known.add(word);
  }
  for (const name of regionTable().byName.keys()) for (const word of name.split(' ')) known.add(word);
  for (const word of all) known.add(word);
  vocabulary = {
    all: [...all].filter((word) => word.length >= MIN_LENGTH && /^\p{L}+$/u.test(word)),
    known,
    swapped: swappedShortWords(all, known),
  };
  return vocabulary;
}

function swappedShortWords(words: Iterable<string>, known: ReadonlySet<string>): Map<string, string> {
  const swapped = new Map<string, string | null>();
  for (const word of words) {
    // Only words that carry no subject ("the", "and"): "oen" may as well be "open" as "one".
    if (word.length !== 3 || !isStopWord(word)) continue;
    for (let i = 0; i < 2; i += 1) {
      const slip = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
      if (slip === word || known.has(slip) || isCommonWord(slip)) continue;
      // Two words one swap from the same slip: neither is meant surely.
      swapped.set(slip, swapped.has(slip) && swapped.get(slip) !== word ? null : word);
    }
  }
  return new Map([...swapped].filter((entry): entry is [string, string] => entry[1] !== null));
}

let placeWords: ReadonlySet<string> | undefined;

/**
 * The words of the cities and regions the place readers read ("paris", "bogota", "rio"), and of
 * the names they find ambiguous ("barcelona"): a place is right as it is, never an English word
 * one letter away ("Paris" is no slip for "parts").
 */
function namesPlace(word: string): boolean {
  if (!placeWords) {
    const words = new Set<string>();
    const { places, blocked, leaders } = placeTable();
    for (const key of [...places.keys(), ...blocked, ...leaders.keys()])
      for (const part of key.split(' ')) words.add(part);
    placeWords = words;
  }
  return placeWords.has(word);
}

/** The word of asking or country a misspelt word probably is. */
const nearest = createCorrector({
  words: () => buildVocabulary().all,
  sameFirstLetter: true,
  minLength: MIN_LENGTH,
  correctable: (word) =>
    !buildVocabulary().known.has(word) &&
    !isCommonWord(word, COMMON) &&
    !SUBJECT_WORDS_ABROAD.has(word) &&
    !namesPlace(word),
  // A rarer English word is a slip only as the likeliest slips are: "pleas" (please), "lats"
  // (last). A country's name in another language ("Alemania") and a misspelt topic ("helth",
  // read by nameTopic, which keeps the subject as typed) are read where they are. Asked last:
  // most words are near no word at all, and these look-ups cost more than the scan.
  accept: (typed, meant) =>
    !(isCommonWord(typed) && slipLikelihood(typed, meant) === 0) &&
    resolveCountry(typed) === undefined &&
    nameTopic(typed) === undefined,
});

let longNames: ReadonlyMap<string, readonly string[]> | undefined;

/** The first letter of each word: "south korea" is "sk". */
function initials(key: string): string {
  return key
    .split(' ')
    .map((word) => word[0])
    .join('');
}

/** Country names of several words ("south korea", "new zealand"), folded, by their initials. */
function namesOfSeveralWords(): ReadonlyMap<string, readonly string[]> {
  if (longNames) return longNames;
  const byInitials = new Map<string, Set<string>>();
  for (const country of countryData.countries) {
    for (const name of [country.name, ...country.aliases]) {
      const key = nameKey(name);
      const count = key.split(' ').length;
      if (count < 2 || count > 3 || !/^[\p{L} ]+$/u.test(key)) continue;
      byInitials.set(initials(key), (byInitials.get(initials(key)) ?? new Set()).add(key));
    }
  }
  longNames = new Map([...byInitials].map(([first, keys]) => [first, [...keys]]));
  return longNames;
}

/**
 * The country name of several words `typed` (folded, words joined by one space) misspells, if
 * exactly one is nearest: each word starting with the same letter, and one letter off in all
 * (two in names of ten letters or more): "south kora", "new zeland", "untied states", "costa rika".
 */
function nearestName(typed: string): string | undefined {
  if (nameMemo.has(typed)) return nameMemo.get(typed);
  const found = scanNames(typed);
  if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
  nameMemo.set(typed, found);
  return found;
}

/** What each run of words read so far names, as `memo` for single words. */
const nameMemo = new Map<string, string | undefined>();
const NAME_MEMO_SIZE = 10_000;

/** Names of several words this long may be two edits off ("new zeland" is one). */
const NAME_LONG = 10;

function scanNames(typed: string): string | undefined {
  const names = namesOfSeveralWords().get(initials(typed)) ?? [];
  if (names.includes(typed)) return undefined;
  const { known } = buildVocabulary();
  const words = typed.split(' ');
  // "south america" is a region: only a word no name has can be a slip.
  const slips = names.filter((name) =>
    name.split(' ').every((word, k) => word === words[k] || !known.has(words[k]!)),
  );
  return nearestOf(typed, slips, editsAllowed(typed, NAME_LONG), true);
}

/** Runs of words a country's name may be, longest first. */
const RUN_LENGTHS = [3, 2] as const;

/** The initials of `count` tokens from `at`, as `initials` gives them for their folded words. */
function initialsOf(tokens: readonly Token[], at: number, count: number): string {
  let out = '';
  for (let k = at; k < at + count; k += 1) out += tokens[k]!.folded[0];
  return out;
}

/** A message with its misspelt words of asking and countries spelt right, and what was typed. */
export interface Respelt {
  text: string;
  /** Each corrected word (folded) to the word as it was typed. */
  typed: ReadonlyMap<string, string>;
}

/**
 * Misspellings of the words people ask with ("serch", "waht", "compair", "casses") and of
 * countries ("Germny", "chilie", "norwey") read as the word meant: a word that is no English
 * word, no word of asking or country, and one letter (two in longer words) from exactly one of
 * them. Acronyms in capitals are left alone; the search itself forgives the subject's typos.
 */
export function respellWords(text: string): Respelt {
  const typed = new Map<string, string>();
  let out = '';
  let end = 0;
  const tokens = tokenize(text);
  // Countries of several words first: "untied" is an English word, "untied states" a slip.
  const fixes = new Map<number, string>();
  const byInitials = namesOfSeveralWords();
  for (let i = 0; i < tokens.length; i += 1) {
    for (const count of RUN_LENGTHS) {
      // No name has these words' initials: nothing to look further at (most runs).
      if (i + count > tokens.length || !byInitials.has(initialsOf(tokens, i, count))) continue;
      const run = tokens.slice(i, i + count);
      if (
        run.length < count ||
        run.some((t, k) => k > 0 && !/^[ -]$/u.test(text.slice(run[k - 1]!.end, t.start)))
      )
        continue;
      const name = nearestName(run.map((t) => t.folded).join(' '));
      if (name === undefined) continue;
      name.split(' ').forEach((word, k) => {
        if (word !== run[k]!.folded) fixes.set(i + k, word);
      });
      i += count - 1;
      break;
    }
  }
  for (const [index, token] of tokens.entries()) {
    const fixed =
      fixes.get(index) ??
      (isAllCaps(token.raw) && token.raw.length > 1
        ? undefined
        : (nearest(token.folded) ?? buildVocabulary().swapped.get(token.folded)));
    if (fixed === undefined) continue;
    out += text.slice(end, token.start);
    typed.set(fixed, token.raw);
    out += fixed;
    end = token.end;
  }
  return { text: out + text.slice(end), typed };
}
