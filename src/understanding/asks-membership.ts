import type { Word } from './words.js';

/** Words that, after "which/what countries", ask who belongs: "count as", "belong to", "make up". */
const BELONG = new Set(['count', 'counts', 'counted', 'belong', 'belongs', 'make', 'form', 'considered']);
/** Words of a question about cases, not members: "which country in Asia has the most cases?". */
const ABOUT_CASES = new Set([
  'has',
  'have',
  'had',
  'most',
  'more',
  'fewest',
  'least',
  'cases',
  'case',
  'did',
  'do',
  'does',
]);
/** What may stand around "is Chile high income?", "is Japan in the OECD?", "is Kenya part of it". */
const IS_IN = new Set(['in', 'a', 'an', 'the', 'part', 'of', 'member', 'country', 'one']);
/** What may follow "what counts as": "what counts as a developing country?". */
const COUNTS_AS = new Set(['as', 'a', 'an', 'the', 'considered', 'counted']);

/**
 * Whether a message asks who belongs to a group of countries rather than for its cases: "which
 * countries are in the global south", "what countries count as nordic", "who's in the G7", "what
 * counts as a developing country?", "is Chile high income?", "is Japan in the OECD?".
 * `placeWords` are the positions of the words naming places; the rest must be the question's.
 */
export function asksMembership(words: readonly Word[], placeWords: ReadonlySet<number>): boolean {
  const rest = words.map((w) => w.folded).filter((_, i) => !placeWords.has(i));
  if (rest.length === words.length) return false;
  const [first, second] = rest;
  if ((first === 'which' || first === 'what') && ['countries', 'country', 'nations'].includes(second ?? ''))
    return (
      !rest.some((w) => ABOUT_CASES.has(w)) &&
      rest
        .slice(2)
        .some((w, i, after) => BELONG.has(w) || ((w === 'are' || w === 'is') && after[i + 1] === 'in'))
    );
  // "who's in the G7", "who is in the EU".
  if (first === 'whos' || first === 'who') return rest.includes('in') && rest.length <= 4;
  if ((first === 'what' || first === 'whats') && (second === 'counts' || second === 'is' || second === 's'))
    return rest.length > 2 && rest.slice(2).every((w) => COUNTS_AS.has(w));
  if (first === 'is' || first === 'are') return rest.slice(1).every((w) => IS_IN.has(w));
  return false;
}
