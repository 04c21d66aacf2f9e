import type { RankedCases } from '../replies/build-results-reply.js';
import type { CaseFacets } from '../search/case-facets.js';
import type { ListedPositions } from './list-without-words.js';

/**
 * Cases per byte of keys from which counting by bytes pays: it tallies each byte's 256 values,
 * then adds each tally to the byte's keys; a small answer counts its keys one by one.
 */
const CASES_PER_BYTE_TALLIED = 16;

/**
 * Working arrays of one table's counts, kept between answers: counting is synchronous, so one
 * count uses them at a time, and an answer allocates (and the collector frees) none of them.
 * `tally` and `hit` are left all 0 after each use.
 */
interface Scratch {
  tally: Uint32Array;
  hit: Uint8Array;
  missed: Uint32Array;
}

const scratches = new WeakMap<CaseFacets, Scratch>();

function scratchOf(facets: CaseFacets): Scratch {
  let scratch = scratches.get(facets);
  if (scratch === undefined) {
    const { size } = facets;
    scratch = {
      tally: new Uint32Array(facets.menu.byteCount << 8),
      hit: new Uint8Array(size),
      missed: new Uint32Array(size),
    };
    scratches.set(facets, scratch);
  }
  return scratch;
}

/** How many of the cases numbered `numbers[0…length)` have each key. */
function countCases(facets: CaseFacets, numbers: ArrayLike<number>, length: number): Uint32Array {
  const table = facets.menu;
  const counts = new Uint32Array(table.keys.length);
  if (length < table.byteCount * CASES_PER_BYTE_TALLIED) {
    const { offsets, values } = table;
    for (let i = 0; i < length; i++) {
      const n = numbers[i]!;
      for (let p = offsets[n]!, end = offsets[n + 1]!; p < end; p++) counts[values[p]!]!++;
    }
    return counts;
  }
  const { tally } = scratchOf(facets);
  const { byteOffsets, bytes } = table;
  for (let i = 0; i < length; i++) {
    const n = numbers[i]!;
    for (let p = byteOffsets[n]!, end = byteOffsets[n + 1]!; p < end; p++) tally[bytes[p]!]!++;
  }
  for (let e = 0; e < tally.length; e++) {
    const count = tally[e]!;
    if (count === 0) continue;
    tally[e] = 0;
    for (let bits = e & 255, key = (e >> 8) << 3; bits !== 0; bits >>= 1, key++)
      if ((bits & 1) === 1) counts[key]! += count;
  }
  return counts;
}

/**
 * How many of the matched cases have each key, and how many cases matched: one pass over them
 * (or, when most cases matched, over those not matched, taken from the totals). A search's
 * result gives its cases' positions in the collection, which are the table's numbers: no case
 * or id is looked up. A match of every case is the table's totals.
 */
export function countFacets(
  facets: CaseFacets,
  matched: RankedCases | ListedPositions,
): { counts: Uint32Array; matched: number } {
  const table = facets.menu;
  if (matched.total === facets.size) return { counts: table.totals, matched: matched.total };
  if ('positions' in matched) {
    const positions = matched.positions();
    const { size } = facets;
    if (2 * positions.length <= size)
      return { counts: countCases(facets, positions, positions.length), matched: positions.length };
    // A common word matches most cases: the totals less the cases it did not match, fewer to walk.
    const { hit, missed } = scratchOf(facets);
    for (let i = 0; i < positions.length; i++) hit[positions[i]!] = 1;
    let misses = 0;
    for (let n = 0; n < size; n++) if (hit[n] === 0) missed[misses++] = n;
    hit.fill(0);
    const counts = countCases(facets, missed, misses);
    for (let k = 0; k < counts.length; k++) counts[k] = table.totals[k]! - counts[k]!;
    return { counts, matched: positions.length };
  }
  const numbers: number[] = [];
  for (const c of matched.cases()) {
    const n = facets.positionOf.get(c.id);
    if (n !== undefined) numbers.push(n);
  }
  return { counts: countCases(facets, numbers, numbers.length), matched: numbers.length };
}
