import type { Case } from '../knowledge/case.js';
import type { RankedCase, RankedCases } from '../replies/build-results-reply.js';
import type { SearchMatches } from '../search/ranked-matches.js';

/** What a search found: every matched case counted, ranked only as far as it is read. */
export interface SearchResult extends RankedCases {
  readonly matches: SearchMatches;
  /** The matched cases' positions in the bot's cases, in no particular order. */
  positions(): Uint32Array;
  /** The matched cases whose position `mask` marks with 1, ranked as the search ranked them. */
  within(mask: Uint8Array): SearchResult;
  /**
   * The same cases ordered by `ranks` (lowest first; indexed by position, as `buildSortRanks`
   * gives them), ties as the search ranked them, ordered only as far as they are read.
   */
  ordered(ranks: Uint32Array): SearchResult;
}

/**
 * A search's matches as cases. Every matched document must be a case: `positionOfDoc` gives
 * each document's position in `cases` (the caller keeps only documents that have one);
 * `docsArePositions` when every document's position is its own number.
 */
export function searchResult(
  matches: SearchMatches,
  cases: readonly Case[],
  positionOfDoc: Int32Array,
  docsArePositions: boolean,
): SearchResult {
  let all: readonly Case[] | undefined;
  let positions: Uint32Array | undefined;
  const at = (i: number): RankedCase => {
    const hit = matches.at(i);
    return { case: cases[positionOfDoc[hit.doc ?? -1]!]!, hit };
  };
  return {
    matches,
    total: matches.total,
    at,
    cases: () => {
      all ??= Array.from({ length: matches.total }, (_, i) => at(i).case);
      return all;
    },
    positions: () => {
      // An index built from the cases in order numbers its documents as their positions.
      positions ??= docsArePositions ? matches.docs : matches.docs.map((doc) => positionOfDoc[doc]!);
      return positions;
    },
    within: (mask) => {
      // Documents numbered as the cases: the mask is already by document.
      if (docsArePositions) return searchResult(matches.within(mask), cases, positionOfDoc, true);
      const byDoc = new Uint8Array(positionOfDoc.length);
      for (let doc = 0; doc < byDoc.length; doc++) {
        const position = positionOfDoc[doc]!;
        if (position >= 0 && mask[position] === 1) byDoc[doc] = 1;
      }
      return searchResult(matches.within(byDoc), cases, positionOfDoc, docsArePositions);
    },
    ordered: (ranks) => {
      const rankOfDoc = docsArePositions ? ranks : new Uint32Array(positionOfDoc.length);
      if (!docsArePositions)
        positionOfDoc.forEach((position, doc) => {
          if (position >= 0) rankOfDoc[doc] = ranks[position]!;
        });
      return searchResult(matches.orderedBy(rankOfDoc), cases, positionOfDoc, docsArePositions);
    },
  };
}

/**
 * Each document's position in `cases` (-1 for a document that is no loaded case), from the
 * index's ids: made once per bot, so that a search's documents are cases without an id lookup.
 */
export function buildPositionOfDoc(
  refs: readonly string[],
  positionOf: ReadonlyMap<string, number>,
): Int32Array {
  return Int32Array.from(refs, (ref) => positionOf.get(ref) ?? -1);
}
