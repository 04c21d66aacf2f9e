import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchedEntries,
  rankedMatches,
  type SearchHit,
  TOP_RANKED,
} from '../../src/search/ranked-matches.js';

// Few distinct scores, so that ties reach the top ranks too.
const score = fc.oneof(
  fc.double({ min: 0, max: 10, noNaN: true }),
  fc.constantFrom(0, 1, 2.5, 2.5 + 1e-12, 2.5 - 1e-12),
  fc.integer({ min: 0, max: 5 }).map((n) => n / 1000),
);

/** Matches of distinct documents met in a scrambled order, as a query's postings meet them. */
// Sizes on both sides of the top that is ordered first (fast-check's arrays are small unless told).
const matchesArb = fc
  .integer({ min: 0, max: 3 * TOP_RANKED })
  .chain((n) => fc.array(score, { minLength: n, maxLength: n }))
  .chain((scores) =>
    fc.record({
      scores: fc.constant(scores),
      docs: fc.shuffledSubarray(
        Array.from({ length: scores.length * 2 }, (_, i) => i),
        { minLength: scores.length, maxLength: scores.length },
      ),
      keep: fc.array(fc.boolean(), { minLength: scores.length * 2, maxLength: scores.length * 2 }),
      reads: fc.array(fc.nat(), { maxLength: 12 }),
    }),
  );

function entriesOf(docs: readonly number[], scores: readonly number[]) {
  let built = 0;
  const m: MatchedEntries = {
    docs: Uint32Array.from(docs),
    scores: Float64Array.from(scores),
    hitOf: (e): SearchHit => {
      built++;
      return { id: `d${docs[e]}`, score: scores[e]!, doc: docs[e]!, matched: [] };
    },
  };
  return { m, built: () => built };
}

/** The plain full sort the ranking must agree with: score descending, then document number. */
function fullSort(docs: readonly number[], scores: readonly number[]): number[] {
  return docs
    .map((doc, e) => ({ doc, score: scores[e]! }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc)
    .map((x) => x.doc);
}

describe('rankedMatches', () => {
  it('gives every rank as a full sort would, whatever order the ranks are read in', () => {
    fc.assert(
      fc.property(matchesArb, ({ scores, docs, reads }) => {
        const { m } = entriesOf(docs, scores);
        const expected = fullSort(docs, scores);
        // Every entry by default (what a search gives) and as a list of them (what a filter keeps).
        for (const matches of [
          rankedMatches(m),
          rankedMatches(
            m,
            Uint32Array.from(docs, (_, e) => e),
          ),
        ]) {
          expect(matches.total).toBe(docs.length);
          expect([...matches.docs].sort((a, b) => a - b)).toEqual([...docs].sort((a, b) => a - b));
          // A few ranks first (a page, the next page, a late page), then all of them.
          for (const r of reads)
            if (docs.length > 0) expect(matches.at(r % docs.length).doc).toBe(expected[r % docs.length]);
          expect(Array.from({ length: docs.length }, (_, i) => matches.at(i).doc)).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('ranks a filter of the matches as the filtered full sort, and counts it exactly', () => {
    fc.assert(
      fc.property(matchesArb, ({ scores, docs, keep, reads }) => {
        const { m } = entriesOf(docs, scores);
        const mask = Uint8Array.from(keep, (k) => (k ? 1 : 0));
        const within = rankedMatches(m).within(mask);
        const expected = fullSort(docs, scores).filter((doc) => keep[doc]);
        expect(within.total).toBe(expected.length);
        expect([...within.docs].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
        for (const r of reads)
          if (expected.length > 0)
            expect(within.at(r % expected.length).doc).toBe(expected[r % expected.length]);
        expect(Array.from({ length: expected.length }, (_, i) => within.at(i).doc)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('orders by a rank per document first, ties as ranked, before and after a filter', () => {
    fc.assert(
      fc.property(
        matchesArb,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6 * TOP_RANKED, maxLength: 6 * TOP_RANKED }),
        ({ scores, docs, keep, reads }, rankOf) => {
          const { m } = entriesOf(docs, scores);
          const first = Uint32Array.from(rankOf);
          const mask = Uint8Array.from(keep, (k) => (k ? 1 : 0));
          const all = rankedMatches(m);
          const byRank = (list: number[]) => [...list].sort((a, b) => first[a]! - first[b]!);
          for (const [matches, expected] of [
            [all.orderedBy(first), byRank(fullSort(docs, scores))],
            [all.within(mask).orderedBy(first), byRank(fullSort(docs, scores).filter((doc) => keep[doc]))],
            [all.orderedBy(first).within(mask), byRank(fullSort(docs, scores).filter((doc) => keep[doc]))],
          ] as const) {
            expect(matches.total).toBe(expected.length);
            for (const r of reads)
              if (expected.length > 0)
                expect(matches.at(r % expected.length).doc).toBe(expected[r % expected.length]);
            expect(Array.from({ length: expected.length }, (_, i) => matches.at(i).doc)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('builds a hit only for the ranks read, once each', () => {
    const count = 10 * TOP_RANKED;
    const docs = Array.from({ length: count }, (_, i) => (i * 7919) % count);
    const { m, built } = entriesOf(
      docs,
      docs.map((doc) => doc % 17),
    );
    const matches = rankedMatches(
      m,
      Uint32Array.from(docs, (_, e) => e),
    );
    for (let i = 0; i < 5; i++) matches.at(i);
    matches.at(0);
    expect(built()).toBe(5);
    expect(() => matches.at(count)).toThrow(RangeError);
  });
});
