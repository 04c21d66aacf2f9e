import type { Case } from '../knowledge/case.js';
import type { SearchHit } from '../search/ranked-matches.js';
import type { CaseHit } from './reply.js';

/** A case as replies show it: sources left out, and why it matched when it came from a search. */
export function toCaseHit(c: Case, hit?: SearchHit): CaseHit {
  const { sources: _sources, truncated, ...rest } = c;
  const view: CaseHit = { ...rest };
  if (truncated) view.truncated = true;
  if (hit) {
    view.score = Math.round(hit.score * 1000) / 1000;
    // Hits of one search share their lists of words; a reply gets its own.
    view.matched = [...hit.matched];
  }
  return view;
}
