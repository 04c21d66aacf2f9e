import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankDocuments } from '../../src/search/rank-documents.js';

function expected(docs: readonly number[], scores: Float64Array): number[] {
  return [...docs].sort((a, b) => scores[b]! - scores[a]! || a - b);
}

function ranked(docs: readonly number[], scores: Float64Array): number[] {
  const order = Uint32Array.from(docs);
  rankDocuments(order, scores, new Float64Array(docs.length + 3));
  return [...order];
}

describe('rankDocuments', () => {
  it('orders by score, best first, and ties by document number', () => {
    const scores = Float64Array.from([0.5, 2, 0.5, 0, 3, 2]);
    expect(ranked([5, 3, 2, 1, 0, 4], scores)).toEqual([4, 1, 5, 0, 2, 3]);
  });

  it('separates scores that differ only in their last bits', () => {
    const scores = Float64Array.from([1, 1 + 2 ** -52, 1 + 2 ** -40, 1, 7.25, 7.25 * (1 + 2 ** -50)]);
    expect(ranked([0, 1, 2, 3, 4, 5], scores)).toEqual([5, 4, 2, 1, 0, 3]);
  });

  it('agrees with a comparator sort on any scores, including many ties and near-ties', () => {
    const score = fc.oneof(
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1, 2.5, 2.5 + 1e-12, 2.5 - 1e-12),
      fc.integer({ min: 0, max: 5 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(fc.array(score, { maxLength: 300 }), (values) => {
        const scores = Float64Array.from(values);
        // Every document, in a scrambled order, as the query loop finds them.
        const docs = values.map((_, i) => (i * 7919) % values.length);
        const unique = [...new Set(docs)];
        expect(ranked(unique, scores)).toEqual(expected(unique, scores));
      }),
      { numRuns: 500 },
    );
  });
});
