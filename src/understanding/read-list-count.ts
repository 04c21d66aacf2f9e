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

/** Words a count follows, said with it: "top 3", "the first 3", "limit 5", "max: 5". */
const LEADS = new Set(['top', 'first', 'limit', 'max', 'maximum', 'most']);
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
  'best',
  'strongest',
  'send',
]);

/**
 * Counts said in words of about how many: "a couple of cases", "a few examples", "a handful" (a
 * page), "a dozen"; "half a dozen" is six.
 */
const ABOUT_COUNTS: ReadonlyMap<string, number> = new Map([
  ['couple', 2],
  ['few', 3],
  ['handful', 5],
  ['dozen', 12],
]);

/** What may close a message after an amount that stands alone: "just a couple", "a few more please". */
const AFTER_AMOUNT = new Set([
  'please',
  'pls',
  'plz',
  'more',
  'them',
  'those',
  'these',
  'ones',
  'thanks',
  'or',
  'so',
]);

/** Words a count precedes that keep a role of their own: "3 newest", "the 3 most recent". */
const AFTER = new Set(['newest', 'latest', 'oldest', 'earliest', 'most', 'recent', 'last']);
/** A superlative of time before a single case: "the oldest case", "latest project?". */
const EXTREMES = new Set(['newest', 'latest', 'oldest', 'earliest', 'recent']);
const ONE_CASE_NOUNS = new Set(['case', 'project', 'initiative', 'example', 'innovation']);
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
    // "the most recent case you have", "latest case?": the one case at that end.
    if (!claimed[i] && ONE_CASE_NOUNS.has(words[i]!.folded) && EXTREMES.has(words[i - 1]?.folded ?? ''))
      return { count: 1, first: i, last: i };
    if (claimed[i] || words[i]!.folded === 'one') continue;
    const about = aboutCount(words, claimed, i);
    if (about) return about;
    const low = smallNumberOf(words[i]);
    if (low === undefined || low < 1) continue;
    // "2-3 cases", "2 or 3 examples": as many as the most said, read from its last number.
    const upTo = rangeEnd(words, claimed, i, low);
    if (upTo) {
      const span = readListCount(
        words,
        words.map((_, k) => claimed[k] || k < upTo.at),
      );
      if (span?.first === upTo.at) return { ...span, first: i };
    }
    const count = low;
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

/**
 * "a couple of cases", "a few examples of AI", "half a dozen cases", "a dozen or so initiatives":
 * about that many, before what is listed; alone, or with only politeness after it ("just a
 * couple", "a few more please"), it is how many of the last list.
 */
function aboutCount(
  words: readonly Word[],
  claimed: readonly boolean[],
  i: number,
): ListCountSpan | undefined {
  const about = ABOUT_COUNTS.get(words[i]!.folded);
  if (about === undefined || words[i - 1]?.folded !== 'a' || claimed[i - 1]) return undefined;
  const half = about === 12 && words[i - 2]?.folded === 'half' && !claimed[i - 2];
  const count = half ? 6 : about;
  const first = half ? i - 2 : i - 1;
  let last = words[i + 1]?.folded === 'of' && !claimed[i + 1] ? i + 1 : i;
  // "a dozen or so": about that many still.
  if (words[last + 1]?.folded === 'or' && words[last + 2]?.folded === 'so') last += 2;
  for (let k = 1; k <= 3 && last + k < words.length && !claimed[last + k]; k += 1)
    if (CASE_NOUNS.has(words[last + k]!.folded)) return { count, first, last };
  const rest = words.slice(last + 1);
  if (rest.every((w, k) => claimed[last + 1 + k] || AFTER_AMOUNT.has(w.folded)))
    return { count, first, last };
  return undefined;
}

/** The second number of "2-3", "2 or 3", "2 to 3" after the first (`at` its word), when larger. */
function rangeEnd(
  words: readonly Word[],
  claimed: readonly boolean[],
  i: number,
  low: number,
): { at: number } | undefined {
  const dashed = words[i + 1] && /^\s*[-–]\s*$/u.test(words[i + 1]!.gap) ? i + 1 : undefined;
  const joined = ['or', 'to'].includes(words[i + 1]?.folded ?? '') ? i + 2 : undefined;
  const at = dashed ?? joined;
  if (at === undefined || claimed[at]) return undefined;
  const high = smallNumberOf(words[at]);
  return high !== undefined && high > low ? { at } : undefined;
}
