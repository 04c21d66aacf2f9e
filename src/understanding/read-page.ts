import { ordinalOf, smallNumberOf } from './number-words.js';
import type { Word } from './words.js';

/** A page a message asks for, and the words that said it. */
export interface PageSpan {
  page: number;
  /** Cases on a page, when a range of the list was asked for ("cases 6 to 8"). */
  count?: number;
  /** Cases passed over before the first page: "from case 6", "cases 3 to 7". */
  skip?: number;
  first: number;
  last: number;
}

/**
 * "the last page": past every list's end, which shows the last page (a page past the end shows
 * the last one, and says so).
 */
export const LAST_PAGE = 9999;

/** A page holds this many cases, unless fewer were asked for. */
const PAGE_SIZE = 5;
const RANGE_NOUNS = new Set([
  'case',
  'cases',
  'result',
  'results',
  'item',
  'items',
  'ones',
  'entries',
  'numbers',
  'nos',
]);
const RANGE_JOINERS = new Set(['to', 'through', 'thru', 'till', 'until']);

function rangeNumber(word: Word | undefined): number | undefined {
  return word && /^\d{1,3}$/u.test(word.folded) ? Number(word.folded) : undefined;
}

/**
 * "cases 6 to 10", "results 11-15", "items 3 through 4": the page of the list that shows them, as
 * many at a time as the range holds when it starts a page of that size, else the page of five
 * that holds its first case.
 */
function rangeAt(words: readonly Word[], i: number, claimed: readonly boolean[]): PageSpan | undefined {
  if (!RANGE_NOUNS.has(words[i]!.folded) && words[i]!.folded !== '#') return undefined;
  const from = rangeNumber(words[i + 1]);
  const joiner = words[i + 2];
  const dashed = joiner !== undefined && /^\s*[-‐–]\s*$/u.test(joiner.gap) ? 0 : 1;
  if (dashed === 1 && (!joiner || !RANGE_JOINERS.has(joiner.folded))) return undefined;
  const last = i + 2 + dashed;
  const to = rangeNumber(words[last]);
  if (from === undefined || to === undefined || from < 1 || to < from) return undefined;
  if (words.slice(i + 1, last + 1).some((_, k) => claimed[i + 1 + k])) return undefined;
  const size = Math.min(to - from + 1, PAGE_SIZE);
  const count = size < PAGE_SIZE ? { count: size } : {};
  if ((from - 1) % size === 0) return { page: (from - 1) / size + 1, ...count, first: i, last };
  return { page: 1, ...count, skip: from - 1, first: i, last };
}

const STARTS = new Set(['from', 'starting', 'start']);
const STARTS_AT = new Set(['at', 'from', 'with']);

/** "from case 6", "starting at case 6", "start from case 6": the list from that case on. */
function startAt(words: readonly Word[], i: number, claimed: readonly boolean[]): PageSpan | undefined {
  if (!STARTS.has(words[i]!.folded)) return undefined;
  const at = STARTS_AT.has(words[i + 1]?.folded ?? '') ? i + 2 : i + 1;
  if (!['case', 'result', 'number', 'item', '#'].includes(words[at]?.folded ?? '')) return undefined;
  const from = rangeNumber(words[at + 1]);
  if (from === undefined || from < 1 || claimed.slice(i, at + 2).some(Boolean)) return undefined;
  return { page: 1, ...(from > 1 ? { skip: from - 1 } : {}), first: i, last: at + 1 };
}

const PAGE_TOKEN = /^(?:p|pg|page)(\d{1,4})$/u;
const PAGE_WORD = /^(?:page|pg|p)$/u;

function pageNumberOf(word: Word): number | undefined {
  return /^\d{1,4}$/u.test(word.folded) ? Number(word.folded) : smallNumberOf(word);
}

function pageAt(words: readonly Word[], i: number, claimed: readonly boolean[]): PageSpan | undefined {
  const word = words[i]!;
  const range = rangeAt(words, i, claimed) ?? startAt(words, i, claimed);
  if (range) return range;
  const token = PAGE_TOKEN.exec(word.folded);
  if (token) return { page: Number(token[1]), first: i, last: i };
  const next = words[i + 1];
  if (!next || claimed[i + 1]) return undefined;
  // "page 3", "page three"
  if (PAGE_WORD.test(word.folded)) {
    const n = pageNumberOf(next);
    return n === undefined ? undefined : { page: n, first: i, last: i + 1 };
  }
  // "the second page", "2nd page"; not "oldest first page 2", where the page has its number.
  const numbered = words[i + 2] !== undefined && pageNumberOf(words[i + 2]!) !== undefined;
  const position = next.folded === 'page' && !numbered ? ordinalOf(word) : undefined;
  return position === undefined ? undefined : { page: position + 1, first: i, last: i + 1 };
}

/** "page 3", "p3", "page three", "the second page", "2nd page": each page a message names, in order. */
export function readPages(words: readonly Word[], claimed: readonly boolean[]): PageSpan[] {
  const spans: PageSpan[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (claimed[i]) continue;
    const span = pageAt(words, i, claimed);
    if (!span) continue;
    spans.push({ ...span, page: Math.max(1, span.page) });
    i = span.last;
  }
  return spans;
}
