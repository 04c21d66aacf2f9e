import type { Case } from '../knowledge/case.js';
import { tokenize } from '../knowledge/countries/tokenize.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';

const LABELS = new Set(TAXONOMY.map((t) => t.label));

/** Each case's folded words (title, then summary), made once per case. */
const caseWords = new WeakMap<Case, string[]>();

function wordsOf(c: Case): string[] {
  let words = caseWords.get(c);
  if (words === undefined) {
    words = tokenize(`${c.title} ${c.summary}`).map((t) => t.folded);
    caseWords.set(c, words);
  }
  return words;
}

/** Whether `words` hold `phrase` in a row, each word as the start of one ("mental health" in "mental healthcare"). */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((p, k) => words[i + k]!.startsWith(p))) return true;
  return false;
}

/**
 * A test of whether a case is left out by `without`: a taxonomy label leaves out the cases tagged
 * with it (what they are about, not a passing mention: "digital services, not AI"); other words,
 * the cases whose title or summary has them in a row ("health but not mental health"), so a
 * case that only shares one of the words ("health") stays.
 */
export function leftOutBy(without: readonly string[]): (c: Case) => boolean {
  const labels = without.filter((w) => LABELS.has(w));
  const phrases = without.filter((w) => !LABELS.has(w)).map((w) => tokenize(w).map((t) => t.folded));
  return (c) =>
    labels.some((label) => c.tags.includes(label)) ||
    (phrases.length > 0 && phrases.some((phrase) => holdsPhrase(wordsOf(c), phrase)));
}
