import { isCommonWord } from '../knowledge/countries/common-words.js';
import { lexiconEntries } from './lexicon.js';
import { createCorrector } from './nearest-word.js';
import type { Role } from './role.js';
import type { Word } from './words.js';

/** A phrase of the lexicon found in a message: words `first`…`last` and every role it can play. */
export interface PhraseSpan {
  first: number;
  last: number;
  roles: readonly Role[];
  /** Matched by a near spelling ("initiaves"), not exactly. */
  fuzzy: boolean;
}

interface PhraseTable {
  /** Folded phrase → roles. A Map: "__proto__" or "constructor" are words like any other. */
  roles: Map<string, Role[]>;
  longestByFirstWord: Map<string, number>;
  /** One-word phrases long enough to be recognised misspelt. */
  fuzzyWords: string[];
}

/** Words shorter than this are not corrected: too many real words lie one edit apart. */
const FUZZY_MIN_LENGTH = 6;

let table: PhraseTable | undefined;

function phraseTable(): PhraseTable {
  if (table) return table;
  const roles = new Map<string, Role[]>();
  const longestByFirstWord = new Map<string, number>();
  for (const [phrase, role] of lexiconEntries()) {
    const words = phrase.split(' ');
    roles.set(phrase, [...(roles.get(phrase) ?? []), role]);
    longestByFirstWord.set(words[0]!, Math.max(longestByFirstWord.get(words[0]!) ?? 0, words.length));
  }
  const fuzzyWords = [...roles.keys()].filter((p) => !p.includes(' ') && p.length >= FUZZY_MIN_LENGTH);
  table = { roles, longestByFirstWord, fuzzyWords };
  return table;
}

/** The lexicon word a misspelt word probably is ("initiaves" → "initiatives"). */
const nearPhrase = createCorrector({
  words: () => phraseTable().fuzzyWords,
  minLength: FUZZY_MIN_LENGTH,
  long: 9,
  ties: 'first',
  correctable: (word) => !isCommonWord(word),
});

// A letter typed three times or more is a word stretched for effect ("heyyy", "pleeease",
// "goood morning"): it is read with the run as one letter, then as two ("good").
const STRETCHED = /(\p{L})\1\1/u;
const exact = (word: string) => word;
const PLAIN = [exact];
const FORMS = [
  exact,
  (word: string) => word.replace(/(\p{L})\1{2,}/gu, '$1'),
  (word: string) => word.replace(/(\p{L})\1{2,}/gu, '$1$1'),
];

/**
 * The lexicon's phrases in the words not yet `claimed`, longest first, without overlaps, in
 * order. A word that is no phrase and no everyday English word is compared with the lexicon's
 * longer words, so "exmaples" and "somthing" still play their part, and stretched words
 * ("heyyy", "thx sooo much") too.
 */
export function scanPhrases(words: readonly Word[], claimed: readonly boolean[]): PhraseSpan[] {
  const { roles, longestByFirstWord } = phraseTable();
  const spans: PhraseSpan[] = [];
  // How far a phrase starting at each word may reach: words not claimed, joined as a phrase's are.
  const reach = reachOf(words, claimed);
  let i = 0;
  while (i < words.length) {
    if (claimed[i]) {
      i += 1;
      continue;
    }
    let span = 0;
    for (const form of STRETCHED.test(words[i]!.folded) ? FORMS : PLAIN) {
      const longest = longestByFirstWord.get(form(words[i]!.folded)) ?? 0;
      const most = Math.min(longest, reach[i]!);
      if (most === 0) continue;
      // The runs' keys, shortest first: one join per word, not one per run.
      const keys: string[] = [form(words[i]!.folded)];
      for (let k = 1; k < most; k += 1) keys.push(`${keys[k - 1]} ${form(words[i + k]!.folded)}`);
      for (let n = most; n >= 1; n -= 1) {
        if (hyphenated(words, i, i + n - 1)) continue;
        const found = roles.get(keys[n - 1]!);
        if (found) {
          spans.push({ first: i, last: i + n - 1, roles: found, fuzzy: form !== exact });
          span = n;
          break;
        }
      }
      if (span > 0) break;
    }
    if (span === 0 && !hyphenated(words, i, i)) {
      const near = nearPhrase(words[i]!.folded);
      const found = near === undefined ? undefined : roles.get(near);
      if (found) spans.push({ first: i, last: i, roles: found, fuzzy: true });
    }
    i += Math.max(span, 1);
  }
  return spans;
}

/**
 * For each word, how many words from it on are unclaimed and joined as one phrase's words are
 * (0 where the word itself is claimed).
 */
function reachOf(words: readonly Word[], claimed: readonly boolean[]): number[] {
  const reach = new Array<number>(words.length).fill(0);
  for (let i = words.length - 1; i >= 0; i -= 1) {
    if (claimed[i]) continue;
    const next = i + 1 < words.length && JOINED_GAP.test(words[i + 1]!.gap) ? reach[i + 1]! : 0;
    reach[i] = 1 + next;
  }
  return reach;
}

/** A phrase glued by a hyphen to a word outside it is part of that word ("one-stop", "e-learning"). */
function hyphenated(words: readonly Word[], first: number, last: number): boolean {
  if (first > 0 && HYPHEN.test(words[first]!.gap)) return true;
  const after = words[last + 1];
  return after !== undefined && HYPHEN.test(after.gap);
}

// Words of one phrase follow each other with only spaces, hyphens or apostrophes between.
const JOINED_GAP = /^[\s\-‐–'’]*$/u;

/** A hyphen alone between two words. */
const HYPHEN = /^[-‐–]$/u;
