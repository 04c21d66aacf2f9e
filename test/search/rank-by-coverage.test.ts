import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByCoverage } from '../../src/search/rank-by-coverage.js';
import type { SearchHit } from '../../src/search/search-index.js';

function hit(id: string, score: number, matched: string[]): SearchHit {
  return { id, score, matched };
}

describe('rankByCoverage', () => {
  it('puts a case that matches every word above one with a higher score for one word', () => {
    const ranked = rankByCoverage(
      [hit('title', 3, ['digital']), hit('summary', 2, ['digital', 'inclusion'])],
      2,
    );
    expect(ranked.map((h) => [h.id, h.score])).toEqual([
      ['summary', 2],
      ['title', 0.75],
    ]);
  });

  it('leaves a one-word query as it came, and ties in the order they came', () => {
    const hits = [hit('a', 1, ['x']), hit('b', 2, ['x'])];
    expect(rankByCoverage(hits, 1)).toEqual(hits);
    expect(
      rankByCoverage([hit('a', 1, ['x']), hit('b', 1, ['y']), hit('c', 4, [])], 2).map((h) => h.id),
    ).toEqual(['a', 'b', 'c']);
  });

  it('orders exactly as sorting the weighted hits by score, ties by arrival, would', () => {
    const hits = fc.array(
      fc.record({
        id: fc.string({ maxLength: 3 }),
        score: fc.oneof(fc.constantFrom(0, 1, 2.5), fc.double({ min: 0, max: 100, noNaN: true })),
        matched: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
      }),
      { maxLength: 200 },
    );
    fc.assert(
      fc.property(hits, fc.integer({ min: 2, max: 6 }), (list, words) => {
        const expected = list
          .map((h, order) => {
            const coverage = Math.min(1, h.matched.length / words);
            return { hit: { ...h, score: h.score * coverage * coverage }, order };
          })
          .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
          .map(({ hit }) => hit);
        expect(rankByCoverage(list, words)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
