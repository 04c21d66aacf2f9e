import { ordinalOf, smallNumberOf } from './number-words.js';
import type { Word } from './words.js';

/** A page a message asks for, and the words that said it. */
export interface PageSpan {
  page: number;
  first: number;
  last: number;
}

const PAGE_TOKEN = /^(?:p|pg|page)(\d{1,4})$/u;
const PAGE_WORD = /^(?:page|pg|p)$/u;

function pageNumberOf(word: Word): number | undefined {
  return /^\d{1,4}$/u.test(word.folded) ? Number(word.folded) : smallNumberOf(word);
}

function pageAt(words: readonly Word[], i: number, claimed: readonly boolean[]): PageSpan | undefined {
  const word = words[i]!;
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
