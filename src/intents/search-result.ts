import type { Case } from '../knowledge/case.js';
import type { RankedCases } from '../replies/build-results-reply.js';
import type { SearchHit } from '../search/search-index.js';

/** What a search found: its hits best first, each case looked up only when read. */
export interface SearchResult extends RankedCases {
  readonly hits: readonly SearchHit[];
}

/** Hits of a search, every one a case of `byId` (the caller drops others): looked up when read. */
export function searchResult(hits: readonly SearchHit[], byId: ReadonlyMap<string, Case>): SearchResult {
  let all: readonly Case[] | undefined;
  const caseOf = (hit: SearchHit) => byId.get(hit.id)!;
  return {
    hits,
    total: hits.length,
    at: (i) => ({ case: caseOf(hits[i]!), hit: hits[i]! }),
    cases: () => {
      all ??= hits.map(caseOf);
      return all;
    },
  };
}
