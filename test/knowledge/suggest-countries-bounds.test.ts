import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryData } from '../../src/knowledge/countries/country-data.js';
import { editDistance } from '../../src/knowledge/countries/edit-distance.js';
import { suggestCountries } from '../../src/knowledge/countries/index.js';
import { nameKey } from '../../src/knowledge/countries/tokenize.js';

const text = (maxLength: number) => fc.string({ unit: fc.constantFrom(...'aeiknorstuy éü'), maxLength });

/** The definition, cell by cell, with no shortcut: what the bounded version must agree with. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      row[j] = Math.min(
        d[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('is the optimal string alignment distance', () => {
    fc.assert(
      fc.property(text(12), text(12), (a, b) => {
        expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('with a maximum, is exact up to it and max + 1 above it', () => {
    fc.assert(
      fc.property(text(14), text(14), fc.nat(8), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(referenceDistance(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});

const byCode = new Map<string, string[]>();
// Names in other languages are not suggested from (they are read only as typed).
for (const [key, entry] of countryData.names) {
  if (entry.code && !entry.queryOnly) byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), key]);
}

/** suggestCountries as it was before it was bounded: every name compared in full. */
function unboundedSuggestions(typedText: string): string[] {
  const typed = nameKey(typedText).replace(/^the /, '');
  if (!typed) return [];
  const score = (key: string) => {
    const whole = editDistance(typed, key) / Math.max(typed.length, key.length);
    if (!key.includes(' ') || typed.includes(' ')) return whole;
    const parts = key.split(' ').filter((part) => part.length >= 5);
    if (!parts.length) return whole;
    const part = Math.min(...parts.map((p) => editDistance(typed, p) / Math.max(typed.length, p.length)));
    return Math.min(whole, part + 0.05);
  };
  const ranked: { code: string; score: number }[] = [];
  for (const [code, keys] of byCode) {
    const best = Math.min(...keys.map(score));
    if (best <= 0.34) ranked.push({ code, score: best });
  }
  ranked.sort((a, b) => a.score - b.score || a.code.localeCompare(b.code));
  return ranked.slice(0, 3).map((r) => r.code);
}

describe('suggestCountries, bounded', () => {
  const names = [...countryData.names.keys()];
  /** A country name with a few slips, or text that is no name at all. */
  const typedName = fc.oneof(
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.array(fc.tuple(fc.nat(2), fc.nat(60), fc.constantFrom(...'aeioux ')), { maxLength: 3 }),
      )
      .map(([name, edits]) =>
        edits.reduce((w, [op, at, c]) => {
          const i = at % (w.length + 1);
          return op === 0
            ? w.slice(0, i) + c + w.slice(i)
            : op === 1
              ? w.slice(0, i) + w.slice(i + 1)
              : w.slice(0, i) + c + w.slice(i + 1);
        }, name),
      ),
    text(40),
  );

  it('suggests exactly what comparing every name in full suggests', () => {
    fc.assert(
      fc.property(typedName, (typed) => {
        expect(suggestCountries(typed)).toEqual(unboundedSuggestions(typed));
      }),
      { numRuns: 100 },
    );
  });

  it('suggests nothing for a long message, and never throws', () => {
    expect(suggestCountries('korea '.repeat(100))).toEqual([]);
    expect(suggestCountries('x'.repeat(100_000))).toEqual([]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 600 }), (typed) => {
        expect(suggestCountries(typed).length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 200 },
    );
  });
});
