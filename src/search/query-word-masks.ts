import type { QueryToken } from './tokenize.js';

/**
 * The query words whose bits are set in `masks[at…at + stride]`, in query order. Only the set bits are visited, so a hit costs what it
 * matched, not the length of the query.
 */
export function matchedWords(tokens: readonly QueryToken[], masks: Uint32Array, at: number, stride: number) {
  const words: string[] = [];
  for (let w = 0; w < stride; w++) {
    for (let bits = masks[at + w]!; bits !== 0; ) {
      const lowest = bits & -bits;
      words.push(tokens[(w << 5) + 31 - Math.clz32(lowest)]!.typed);
      bits ^= lowest;
    }
  }
  return words;
}

/** The summed weights of the words whose bits are set, as a share of all the query's weight. */
export function coverage(
  weights: Float64Array,
  total: number,
  masks: Uint32Array,
  at: number,
  stride: number,
) {
  let covered = 0;
  for (let w = 0; w < stride; w++) {
    for (let bits = masks[at + w]!; bits !== 0; ) {
      const lowest = bits & -bits;
      covered += weights[(w << 5) + 31 - Math.clz32(lowest)]!;
      bits ^= lowest;
    }
  }
  return covered / total;
}
