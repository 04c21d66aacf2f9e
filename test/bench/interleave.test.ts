import { describe, expect, it } from 'vitest';
import {
  type Contender,
  describeRatio,
  p99Ratio,
  type Rounds,
  runInterleaved,
} from '../../bench/interleave.js';

describe('runInterleaved', () => {
  it('alternates which app goes first, round by round, until each had its total', async () => {
    const calls: [Contender, number][] = [];
    const rounds = await runInterleaved(
      120,
      async (who, count) => {
        calls.push([who, count]);
        return Array.from({ length: count }, () => (who === 'bare' ? 1 : 2));
      },
      50,
    );
    expect(calls).toEqual([
      ['bare', 50],
      ['casebot', 50],
      ['casebot', 50],
      ['bare', 50],
      ['bare', 20],
      ['casebot', 20],
    ]);
    expect(rounds.bare.flat()).toHaveLength(120);
    expect(rounds.casebot.flat()).toHaveLength(120);
  });
});

/** `pairs` rounds of 100 timings each: 1…100 ms for the bare app, scaled by `factor` for casebot. */
function scaledRounds(pairs: number, factor: (pair: number) => number): Rounds {
  const round = Array.from({ length: 100 }, (_, i) => i + 1);
  return {
    bare: Array.from({ length: pairs }, () => round),
    casebot: Array.from({ length: pairs }, (_, pair) => round.map((ms) => ms * factor(pair))),
  };
}

describe('p99Ratio', () => {
  it('is the ratio of the pooled p99s, with no spread when every round says the same', () => {
    expect(p99Ratio(scaledRounds(10, () => 1.5))).toEqual({ ratio: 1.5, low: 1.5, high: 1.5 });
  });

  it('spreads when a few rounds were much slower than the others', () => {
    const { ratio, low, high } = p99Ratio(scaledRounds(20, (pair) => (pair < 2 ? 3 : 1)));
    expect(low).toBeLessThan(ratio);
    expect(high).toBeGreaterThan(low);
    expect(high).toBeLessThanOrEqual(3);
  });

  it('refuses to compare no rounds', () => {
    expect(() => p99Ratio({ bare: [], casebot: [] })).toThrow(RangeError);
  });
});

describe('describeRatio', () => {
  it('says met only when even the slow end of the spread is within the target', () => {
    expect(describeRatio({ ratio: 1.1, low: 1.0, high: 1.15 }, 1.2)).toMatch(/target ≤ 1.2×: met$/);
    expect(describeRatio({ ratio: 1.1, low: 0.9, high: 1.4 }, 1.2)).toMatch(/met, not reliably$/);
    expect(describeRatio({ ratio: 1.3, low: 1.1, high: 1.5 }, 1.2)).toMatch(/NOT met$/);
  });
});
