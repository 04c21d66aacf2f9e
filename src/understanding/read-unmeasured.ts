import { isCommonWord } from '../knowledge/countries/common-words.js';
import { isStopWord } from '../search/tokenize.js';
import type { Word } from './words.js';

/** What a superlative asks of the cases that casebot has no measure of, and the words saying it. */
export interface UnmeasuredSpan {
  /** As typed, lower case: "most impressive", "coolest", "best". */
  phrase: string;
  indices: number[];
}

/** Superlatives with no regular form: "best", "worst". */
const IRREGULAR = new Set(['best', 'worst']);
const DEGREE = new Set(['most', 'least']);
/** Superlatives that are orders or counts casebot has: read elsewhere, never "unmeasured". */
const MEASURED = new Set([
  'newest',
  'latest',
  'oldest',
  'earliest',
  'recent',
  'common',
  'popular',
  'frequent',
  'represented',
  'covered',
  'fewest',
  'cases',
  'of',
]);

/**
 * Nouns "best" makes a kind of thing of, not a rank of the cases: "best practice", "the best way
 * to", "best approaches". Asked of a way of doing, "best" is the question's scaffolding.
 */
const KIND_NOUNS = new Set([
  'practice',
  'practices',
  'practise',
  'way',
  'ways',
  'approach',
  'approaches',
  'method',
  'methods',
]);

/**
 * The words of "best practice" or "good practice" naming the thing before a subject word ("best
 * practice library", "good practice network"): a name searched whole, not words of asking.
 */
export function readKindCompound(words: readonly Word[], subject: ReadonlySet<number>): number[] {
  const found: number[] = [];
  for (let i = 0; i + 2 < words.length; i += 1) {
    const [adjective, noun] = [words[i]!.folded, words[i + 1]!.folded];
    if ((adjective === 'best' || adjective === 'good') && /^practi[cs]es?$/u.test(noun) && subject.has(i + 2))
      found.push(i, i + 1);
  }
  return found;
}

/**
 * Whether a word is the superlative of an everyday adjective: "coolest" beside "cooler", "biggest"
 * beside "bigger", "craziest" beside "crazier". The comparative beside it tells a superlative from
 * a noun ending in "est" ("forest", "interest", "digest" have no "forer", "interer", "diger").
 */
function isSuperlative(folded: string): boolean {
  if (IRREGULAR.has(folded)) return true;
  if (!folded.endsWith('est') || folded.length < 6 || MEASURED.has(folded)) return false;
  const stem = folded.slice(0, -3);
  const stems = [stem, `${stem}e`];
  if (/(.)\1$/u.test(stem)) stems.push(stem.slice(0, -1));
  if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
  return stems.some(
    (s) =>
      s.length >= 3 &&
      !isStopWord(s) &&
      isCommonWord(s, 35) &&
      isCommonWord(s === `${stem}e` ? `${s}r` : `${stem}er`, 35),
  );
}

/**
 * A superlative among the subject's words that casebot has no measure of ("the most impressive
 * project", "coolest cases", "best example of open data"): no case records how impressive or cool
 * it is, so the words are no search and no filter; the answer says how the question was read.
 * Orders and counts it has ("newest", "most common") are read before this and never come here.
 */
export function readUnmeasured(
  words: readonly Word[],
  subject: ReadonlySet<number>,
): UnmeasuredSpan | undefined {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!.folded;
    const next = words[i + 1]?.folded;
    const atLeast = word === 'least' && words[i - 1]?.folded === 'at';
    if (DEGREE.has(word) && !atLeast && next !== undefined && describes(next, subject.has(i + 1)))
      return { phrase: `${word} ${next}`, indices: [i, i + 1].filter((k) => subject.has(k)) };
    if (IRREGULAR.has(word) && KIND_NOUNS.has(next ?? '')) continue;
    if (isSuperlative(word)) return { phrase: word, indices: subject.has(i) ? [i] : [] };
  }
  return undefined;
}

/** The word after "most" or "least" says what is most: an adjective left as a subject word or said in passing. */
function describes(folded: string, inSubject: boolean): boolean {
  if (MEASURED.has(folded) || isStopWord(folded) || !isCommonWord(folded, 35)) return false;
  return inSubject || /(?:ive|ful|ous|ing|ent|ant|able|ible|al|ic)$/u.test(folded);
}
