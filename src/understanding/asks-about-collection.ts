import { isStopWord } from '../search/tokenize.js';
import type { Word } from './words.js';

/** What casebot's own collection is called in a question about it. */
const SELF_NOUNS = new Set([
  'data',
  'database',
  'collection',
  'cases',
  'dataset',
  'knowledge',
  'sources',
  'information',
  'info',
]);
const SELF_DETERMINERS = new Set(['your', 'the', 'this', 'these', 'all']);
/**
 * "data" after "the" is too often a subject ("the data on health"): "your data", "this data",
 * "these cases" name casebot's.
 */
const OWNED_ONLY = new Set(['data', 'cases', 'information', 'info']);
/** The words that make "where" ask for the source: "where are these cases from" may ask their countries. */
const SOURCE_VERBS = new Set([
  'come',
  'comes',
  'came',
  'taken',
  'collected',
  'gathered',
  'compiled',
  'curated',
  'sourced',
  'get',
  'got',
]);
/** What a question about the collection asks: how recent, how often updated, which languages. */
const ABOUT_WORDS = new Set([
  'up',
  'date',
  'updated',
  'update',
  'updates',
  'last',
  'recent',
  'current',
  'fresh',
  'old',
  'often',
  'complete',
  'big',
  'large',
  'accurate',
  'reliable',
  'source',
  'maintained',
  'when',
  'how',
  'what',
  'language',
  'languages',
  'english',
  'other',
  'non',
  'not',
  'isn',
  'anything',
  'only',
  'written',
  'available',
  'speak',
  'understand',
  // Where it comes from: "where does this data come from?", "who collected these cases?"
  'where',
  'who',
  'from',
  ...SOURCE_VERBS,
]);
/** "these cases", "all these": the collection when asked where it comes from, else perhaps the cases shown. */
const LIST_DETERMINERS = new Set(['these', 'all']);
/** Words that make a question about languages one about the collection's. */
const LANGUAGE_WORDS = new Set(['english', 'language', 'languages']);

/**
 * Whether a message asks about casebot's collection itself, not for cases in it: "how up to date
 * is your data?", "when was the collection last updated?", "do you have anything that isn't in
 * English?". Every other word is a stop word or says what about it is asked.
 */
export function asksAboutCollection(words: readonly Word[]): boolean {
  const f = words.map((w) => w.folded);
  const self = new Set<number>();
  f.forEach((w, i) => {
    const before = f[i - 1];
    if (!SELF_NOUNS.has(w) || before === undefined || !SELF_DETERMINERS.has(before)) return;
    if (OWNED_ONLY.has(w) && (before === 'the' || before === 'all')) return;
    self.add(i - 1).add(i);
  });
  const rest = f.filter((w, i) => !self.has(i) && !isStopWord(w) && !/^\p{L}$/u.test(w));
  if (!rest.every((w) => ABOUT_WORDS.has(w))) return false;
  // "where are these cases from?", "are these cases recent?" may ask about the cases shown: about
  // the collection only when they ask where it was taken from.
  const vague =
    f.includes('where') || f.includes('who') || [...self].some((i) => LIST_DETERMINERS.has(f[i]!));
  if (vague && !f.some((w) => SOURCE_VERBS.has(w))) return false;
  return self.size > 0 || rest.some((w) => LANGUAGE_WORDS.has(w));
}
