import { isStopWord } from '../search/tokenize.js';
import { smallNumberOf } from './number-words.js';
import { PLURAL_CASE_NOUNS } from './read-refs.js';
import type { Word } from './words.js';

/** How many cases a message asks to see, and the words that said it. */
export interface ListCountSpan {
  count: number;
  first: number;
  last: number;
}

/** Words a count follows, said with it: "top 3", "the first 3". */
const LEADS = new Set(['top', 'first']);
/** Words a count follows that keep a role of their own: "only 3", "give me 3", "the newest 3". */
const BEFORE = new Set([
  'just',
  'only',
  'me',
  'gimme',
  'need',
  'want',
  'next',
  'newest',
  'latest',
  'oldest',
  'earliest',
  'recent',
]);

/** Words a count precedes that keep a role of their own: "3 newest", "the 3 most recent". */
const AFTER = new Set(['newest', 'latest', 'oldest', 'earliest', 'most', 'recent', 'last']);
/** What a list is of: "3 cases", "two health projects". */
const CASE_NOUNS = new Set([...PLURAL_CASE_NOUNS, 'case', 'project', 'initiative', 'example']);

/**
 * The number of cases a message asks to see, where a small number stands beside a word that lists
 * or orders ("top 5", "the newest 3", "3 most recent", "only 2", "give me 3 from Chile"), before
 * what is listed ("3 cases from Korea", "two health projects"), or as "3 at a time". A number
 * already read (a year, a page, a position) is not a count; "one" is a pronoun more often than a
 * count ("the newest one"), so only the digit counts.
 */
export function readListCount(
  words: readonly Word[],
  claimed: readonly boolean[],
): ListCountSpan | undefined {
  for (let i = 0; i < words.length; i += 1) {
    if (claimed[i] || words[i]!.folded === 'one') continue;
    const count = smallNumberOf(words[i]);
    if (count === undefined || count < 1) continue;
    const before = words[i - 1]?.folded ?? '';
    const free = (k: number) => k < words.length && !claimed[k];
    const next = (k: number) => (free(i + k) ? words[i + k]!.folded : '');
    if (next(1) === 'at' && next(2) === 'a' && next(3) === 'time') return { count, first: i, last: i + 3 };
    // "covid 19 cases", "web 3 projects": a number right after a word of the subject is part of it.
    if (i > 0 && free(i - 1) && words[i]!.gap === ' ' && /^\p{L}+$/u.test(before) && !isStopWord(before))
      if (!LEADS.has(before) && !BEFORE.has(before)) continue;
    if (i > 0 && !claimed[i - 1] && LEADS.has(before)) return { count, first: i - 1, last: i };
    // "give me 3", "show me 2": that many (a list of two holds the second one too).
    if (i > 0 && !claimed[i - 1] && BEFORE.has(before)) return { count, first: i, last: i };
    if (AFTER.has(next(1))) return { count, first: i, last: i };
    for (let k = 1; k <= 3 && free(i + k); k += 1)
      if (CASE_NOUNS.has(words[i + k]!.folded)) return { count, first: i, last: i };
  }
  return undefined;
}
