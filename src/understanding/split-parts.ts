import { ORDINAL_WORDS } from './number-words.js';
import type { PlaceSpan } from './read-places.js';
import { ONE_CASE_PRONOUNS, type RefSpan } from './read-refs.js';
import type { CaseRef } from './understanding.js';
import type { Word } from './words.js';

const JOINERS = new Set(['and', 'with', 'vs', 'versus', 'or', 'to', 'against', 'plus', 'between']);
const PRONOUNS = new Set(['them', 'these', 'those', 'both', 'it', 'this', 'that']);
/** "the newest", "the most recent", "the oldest": a case by its place in time. */
const EXTREMES: ReadonlyMap<string, 'newest' | 'oldest'> = new Map([
  ['newest', 'newest'],
  ['latest', 'newest'],
  ['recent', 'newest'],
  ['oldest', 'oldest'],
  ['earliest', 'oldest'],
]);

/**
 * The cases a comparison names, one per part: "compare AI Friends and the Ghent one", "1 vs 3",
 * "c34z9r46 with rx2hmvay", "Korea and Japan" (places become names to look up, so that the
 * caller can tell a comparison of countries). "compare them" is one pronoun.
 */
export function splitParts(
  words: readonly Word[],
  claimed: readonly boolean[],
  found: { places: readonly PlaceSpan[]; refs: readonly RefSpan[]; subjectWords: readonly number[] },
): CaseRef[] {
  const subject = new Set(found.subjectWords);
  const parts: CaseRef[] = [];
  let current: number[] = [];
  const flush = () => {
    const ref = partRef(current);
    if (ref) parts.push(ref);
    current = [];
  };
  words.forEach((word, i) => {
    const boundary = (!claimed[i] && JOINERS.has(word.folded)) || /[,;&]|\bvs\.?\b/u.test(word.gap);
    if (boundary) flush();
    if (!(!claimed[i] && JOINERS.has(word.folded))) current.push(i);
  });
  flush();
  if (parts.length === 0 && words.some((w) => PRONOUNS.has(w.folded))) return [{ type: 'pronoun' }];
  return parts;

  function partRef(indices: readonly number[]): CaseRef | undefined {
    if (indices.length === 0) return undefined;
    const within = (s: { first: number; last: number }) =>
      indices.includes(s.first) && indices.includes(s.last);
    const ref = found.refs.find(within);
    if (ref) return ref.ref;
    const place = found.places.find(within);
    if (place) return { type: 'name', text: place.typed };
    const digit = indices.find((i) => /^\d{1,2}$/u.test(words[i]!.folded));
    if (digit !== undefined) return { type: 'ordinal', index: Number(words[digit]!.folded) - 1 };
    const named = indices.filter((i) => subject.has(i));
    const extreme = indices.map((i) => EXTREMES.get(words[i]!.folded)).find((e) => e !== undefined);
    if (extreme && named.length === 0) return { type: 'extreme', sort: extreme };
    if (named.length > 0) return { type: 'name', text: named.map((i) => words[i]!.raw).join(' ') };
    const ordinal = indices.map((i) => words[i]!.folded).find((w) => ORDINAL_WORDS.has(w));
    if (ordinal !== undefined) return { type: 'ordinal', index: ORDINAL_WORDS.get(ordinal)! };
    if (indices.some((i) => words[i]!.folded === 'last')) return { type: 'ordinal', index: -1 };
    // "compare the top one with Austin": the first of the last list.
    if (indices.some((i) => words[i]!.folded === 'top')) return { type: 'ordinal', index: 0 };
    // "compare it with the Bogotá one": this part is the case in focus.
    if (indices.some((i) => ONE_CASE_PRONOUNS.has(words[i]!.folded))) return { type: 'pronoun' };
    return undefined;
  }
}
