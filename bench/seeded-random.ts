/** A deterministic source of numbers in [0, 1) and the draws the generator needs from it. */
export interface SeededRandom {
  next(): number;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Like `pick`, but early items come up far more often, as common words do in real text. */
  pickSkewed<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/**
 * mulberry32: tiny, fast and good enough for test data. The same seed gives the same
 * knowledge on every machine, so benchmark runs compare like with like.
 */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function item<T>(items: readonly T[], index: number): T {
    const value = items[Math.min(index, items.length - 1)];
    if (value === undefined) throw new Error('cannot pick from an empty list');
    return value;
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => item(items, Math.floor(next() * items.length)),
    // Squaring a uniform draw gives a density falling off like 1/sqrt(x): a long, thin tail.
    pickSkewed: (items) => item(items, Math.floor(next() ** 2 * items.length)),
    chance: (probability) => next() < probability,
  };
}
