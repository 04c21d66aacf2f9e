import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/knowledge/countries/edit-distance.js';

/** The whole table, as the textbook writes optimal string alignment: the reference. */
function fullTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

// Few letters, so that words share letters, swaps and repeats; lengths past the first buffer.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 90 });

describe('editDistance', () => {
  it('is the full table’s distance, capped at max + 1, whatever came before it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word, fc.option(fc.nat(4), { nil: undefined })), {
          minLength: 1,
          maxLength: 6,
        }),
        (pairs) => {
          // Several calls in a row: the rows one call leaves behind must not change the next.
          for (const [a, b, max] of pairs) {
            const exact = fullTable(a, b);
            expect(editDistance(a, b, max)).toBe(max === undefined ? exact : Math.min(exact, max + 1));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('urugay', 'uruguay')).toBe(1);
    expect(editDistance('koraea', 'korea')).toBe(1);
    expect(editDistance('exmaples', 'examples')).toBe(1);
  });
});
