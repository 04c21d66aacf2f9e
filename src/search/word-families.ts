import { stem } from './tokenize.js';

/**
 * English derivational suffixes the Porter stemmer keeps apart from their base word, each with
 * the endings its base may have and the shortest root it applies to: "facial" → "face",
 * "economic" → "economy", "democratic" → "democracy", "historian" → "history", "economist" →
 * "economy", "participatory" → "participate". Roots of three letters are too often a different
 * word ("basic" is not about a "base", nor "topic" a "top"), except before "-ial".
 */
const DERIVATIONS: readonly [suffix: string, bases: readonly string[], minRoot: number][] = [
  ['ial', ['e', '', 'y'], 3],
  ['ical', ['y', 'ic', ''], 4],
  ['ics', ['y', 'ic', ''], 4],
  ['ic', ['y', 'e', ''], 4],
  ['tic', ['cy'], 4],
  ['ian', ['y', 'e', ''], 4],
  ['ist', ['y', 'e', ''], 4],
  ['ory', ['e', 'ion'], 4],
];

/**
 * British and American spellings of one word, which the stemmer does not join: "organisation" /
 * "organization", "behaviour" / "behavior", "programme" / "program", "centre" / "center",
 * "licence" / "license", "analyse" / "analyze", "catalogue" / "catalog".
 */
const SPELLINGS: readonly [british: string, american: string][] = [
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['ise', 'ize'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['ising', 'izing'],
  ['iser', 'izer'],
  ['isers', 'izers'],
  ['yse', 'yze'],
  ['ysed', 'yzed'],
  ['ysing', 'yzing'],
  ['our', 'or'],
  ['ours', 'ors'],
  ['oured', 'ored'],
  ['oural', 'oral'],
  ['tre', 'ter'],
  ['tres', 'ters'],
  ['ence', 'ense'],
  ['ogue', 'og'],
  ['ogues', 'ogs'],
  ['mme', 'm'],
  ['mmes', 'ms'],
];

/** Words shorter than this are left alone: too short to tell a suffix from the word. */
const MIN_WORD_LENGTH = 5;

/** The word's other spellings, British ↔ American. */
function otherSpellings(word: string): string[] {
  const found: string[] = [];
  for (const [british, american] of SPELLINGS) {
    if (word.endsWith(british)) found.push(word.slice(0, -british.length) + american);
    if (word.endsWith(american)) found.push(word.slice(0, -american.length) + british);
  }
  return found;
}

/** The words a derived word may come from ("facial" → "fac", "face", "facy"). */
function baseWords(word: string): string[] {
  const found: string[] = [];
  for (const [suffix, bases, minRoot] of DERIVATIONS) {
    const root = word.slice(0, -suffix.length);
    if (!word.endsWith(suffix) || root.length < minRoot) continue;
    for (const ending of bases) found.push(root + ending);
  }
  return found;
}

/** A word's relatives in the index: the same word spelt otherwise, and words of its family. */
export interface WordFamily {
  /** Stems of the same word spelt otherwise: as good as the word itself. */
  spellings: string[];
  /** Stems of derivational relatives ("face" for "facial", "facial" for "face"). */
  relatives: string[];
}

/**
 * The derived words the index holds for each base word it holds ("face" → ["facial"]), by stem:
 * the index's words are scanned once, at build time, so a query for a base word reaches its
 * derived words without scanning anything.
 */
export function findDerivedWords(
  vocabulary: readonly (readonly [word: string, stem: string])[],
  isIndexed: (stem: string) => boolean,
): [base: string, derived: string[]][] {
  const derivedOf = new Map<string, Set<string>>();
  for (const [word, derived] of vocabulary) {
    if (word.length < MIN_WORD_LENGTH) continue;
    for (const base of baseWords(word)) {
      const baseStem = stem(base);
      if (baseStem === derived || !isIndexed(baseStem)) continue;
      const set = derivedOf.get(baseStem) ?? new Set();
      set.add(derived);
      derivedOf.set(baseStem, set);
    }
  }
  return [...derivedOf].map(([base, set]) => [base, [...set].sort()]);
}

/**
 * Word families beyond the Porter stemmer, validated against the index: a relative counts only
 * when the index holds its stem. Both ways: a query for "facial" reaches cases that say "face"
 * (from the word typed), and one for "face" cases that say "facial" (`derived`, from
 * {@link findDerivedWords}).
 */
export function createWordFamilies(
  derived: readonly (readonly [base: string, derived: readonly string[]])[],
  isIndexed: (stem: string) => boolean,
): (typed: string, stemmed: string) => WordFamily {
  const derivedOf = new Map(derived);
  return (typed, stemmed) => {
    const family: WordFamily = { spellings: [], relatives: [] };
    const keep = (list: string[], candidate: string) => {
      if (candidate !== stemmed && isIndexed(candidate) && !list.includes(candidate)) list.push(candidate);
    };
    if (typed.length >= MIN_WORD_LENGTH) {
      for (const spelling of otherSpellings(typed)) keep(family.spellings, stem(spelling));
      for (const base of baseWords(typed)) keep(family.relatives, stem(base));
    }
    for (const word of derivedOf.get(stemmed) ?? []) keep(family.relatives, word);
    family.relatives = family.relatives.filter((relative) => !family.spellings.includes(relative));
    return family;
  };
}
