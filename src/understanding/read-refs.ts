import { isStopWord } from '../search/tokenize.js';
import { LINK_ASKS } from './lexicon.js';
import { ordinalOf, smallNumberOf } from './number-words.js';
import type { CaseRef } from './understanding.js';
import type { Word } from './words.js';

export interface RefSpan {
  first: number;
  last: number;
  ref: CaseRef;
}

/** Cases in the plural, as a random pick or a list counts them: "3 cases", "five ones". */
export const PLURAL_CASE_NOUNS = new Set([
  'cases',
  'ones',
  'projects',
  'initiatives',
  'examples',
  'programmes',
  'programs',
  'stories',
  'results',
  'items',
]);

/** Nouns that close a reference to one case: "the Bogotá one", "the Ghent project". */
export const CASE_NOUNS = new Set([
  'one',
  'case',
  'project',
  'initiative',
  'example',
  'programme',
  'program',
  'thing',
  'story',
  'result',
  'item',
  'entry',
  'approach',
]);

/** Pronouns that point at one case ("those" and "them" point at a list): the case in focus. */
export const ONE_CASE_PRONOUNS = new Set([
  'it',
  'its',
  'this',
  'that',
  'this one',
  'that one',
  'this case',
  'that case',
  'the case',
  ...LINK_ASKS,
  // What is written about a case stands for it: "is there a link to the original writeup?"
  'the writeup',
  'the write-up',
  'the write up',
  'the original',
  'the original writeup',
  'the original write-up',
  'the case study',
  'the original source',
  'the article',
  'the original article',
]);

const NUMBER_LEADS = new Set(['number', 'no', 'nr', 'num', 'item', 'result', 'case', 'option']);
/** Words that cannot be a name between "the" and "one": "the same one", "the other one". */
const NOT_NAMES = new Set([
  'same',
  'other',
  'next',
  'previous',
  'last',
  'new',
  'old',
  'oldest',
  'newest',
  'latest',
  'earliest',
  'recent',
  'best',
  'top',
  'whole',
  'only',
  'right',
  'wrong',
  'random',
  'above',
  'most',
  'least',
  'first',
  'very',
]);
const MAX_NAME_WORDS = 4;

/** Verbs that open one case of a list: "open 2", "view 3". ("show 3" may be how many to show.) */
const OPENS = new Set(['open', 'view', 'expand']);
/** Words asking for a case's link before "for"/"of": "link for 4", "url of #2". */
const LINK_WORDS = new Set(['link', 'url', 'website', 'page']);

/**
 * "#2", "no. 3", "number four", "2nd", "open 2", "link for 4", and numbers alone ("1 and 3"): a
 * position in the last list (0-based).
 */
function positionAt(words: readonly Word[], i: number): { index: number; first: number } | undefined {
  const word = words[i]!;
  const nth = /^(\d{1,2})(?:st|nd|rd|th)$/u.exec(word.folded);
  if (nth) return { index: Number(nth[1]) - 1, first: i };
  const n = smallNumberOf(word);
  if (n === undefined) return undefined;
  const digits = /^\d{1,2}$/u.test(word.folded);
  if (digits && word.gap.includes('#')) return { index: n - 1, first: i };
  const before = words[i - 1];
  if (before && NUMBER_LEADS.has(before.folded)) return { index: n - 1, first: i - 1 };
  if (!digits) return undefined;
  if (before && OPENS.has(before.folded)) return { index: n - 1, first: i - 1 };
  const joined = before?.folded === 'for' || before?.folded === 'of';
  if (joined && LINK_WORDS.has(words[i - 2]?.folded ?? '')) return { index: n - 1, first: i };
  return onlyNumbers(words) ? { index: n - 1, first: i } : undefined;
}

/** Words beside numbers alone that still ask only for those cases: "show me 1 and 3 please". */
const AROUND_NUMBERS = new Set(['and', 'show', 'me', 'see', 'open', 'view', 'please', 'pls', 'just', 'only']);

/** A message of two or three different numbers and nothing else ("1 and 3", "show me 2, 4"): positions. */
function onlyNumbers(words: readonly Word[]): boolean {
  const numbers = new Set(words.filter((w) => /^\d{1,2}$/u.test(w.folded)).map((w) => w.folded));
  return (
    numbers.size >= 2 &&
    numbers.size <= 3 &&
    words.every((w) => /^\d{1,2}$/u.test(w.folded) || AROUND_NUMBERS.has(w.folded))
  );
}

/**
 * References to cases that need no lexicon: positions ("#2", "number 3", "2nd"), and names
 * closed by a case noun ("the Bogotá one", "the Korean project", "the ACE case"). Ordinal words
 * ("the second one") are left to the lexicon, which knows them. `isCaseId` tells a case id.
 */
export function readRefs(
  words: readonly Word[],
  claimed: readonly boolean[],
  isCaseId: (word: string) => boolean,
): RefSpan[] {
  const spans: RefSpan[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (claimed[i]) continue;
    const word = words[i]!;
    if (isCaseId(word.folded)) {
      spans.push({ first: i, last: i, ref: { type: 'id', id: word.folded } });
      continue;
    }
    const position = positionAt(words, i);
    if (position && position.index >= 0 && !claimed[position.first]) {
      spans.push({ first: position.first, last: i, ref: { type: 'ordinal', index: position.index } });
      continue;
    }
    if (word.folded !== 'the') continue;
    for (let end = i + 2; end <= Math.min(i + 1 + MAX_NAME_WORDS, words.length - 1); end += 1) {
      if (!CASE_NOUNS.has(words[end]!.folded)) continue;
      const inner = words.slice(i + 1, end);
      if (inner.some((w, k) => claimed[i + 1 + k] || CASE_NOUNS.has(w.folded))) break;
      if (inner.some((w) => NOT_NAMES.has(w.folded))) break;
      if (inner.length === 1 && ordinalOf(inner[0]) !== undefined) break;
      if (inner.every((w) => isStopWord(w.folded))) break;
      spans.push({ first: i, last: end, ref: { type: 'name', text: inner.map((w) => w.raw).join(' ') } });
      i = end;
      break;
    }
  }
  return spans;
}

/** Most cases "the first few" can point at: a comparison's limit. */
const MAX_FIRST_FEW = 3;

/**
 * "the first two", "top 3", "the first three cases": that many positions from the top of the
 * last list (0-based), for a comparison of them. Only 2 to 3, and only when nothing follows the
 * count but a case noun: "the first two years" is no list.
 */
export function readFirstFew(words: readonly Word[]): number[] | undefined {
  for (let i = 0; i + 1 < words.length; i += 1) {
    if (words[i]!.folded !== 'first' && words[i]!.folded !== 'top') continue;
    const count = smallNumberOf(words[i + 1]);
    const after = words[i + 2]?.folded;
    if (count === undefined || count < 2 || count > MAX_FIRST_FEW) continue;
    if (after !== undefined && !CASE_NOUNS.has(after) && !CASE_NOUNS.has(after.replace(/s$/u, ''))) continue;
    return Array.from({ length: count }, (_, k) => k);
  }
  return undefined;
}
