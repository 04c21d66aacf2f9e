import type { Case } from '../knowledge/case.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import { labelOf, nameOf } from './facet-values.js';

/** The facets a list of results offers as menus. */
export type MenuFacet = 'country' | 'topic' | 'year';

export const MENU_FACETS: readonly MenuFacet[] = ['country', 'topic', 'year'];

/**
 * The menu facets of a collection as numbers, so that counting an answer is one pass over its
 * cases' numbers: every value of every facet is a key, and the keys case `n` has are
 * `values[offsets[n]…offsets[n+1]]`.
 */
export interface FacetTable {
  /** Each case's number (its position in the collection), by id; and each number's id. */
  numberOf: ReadonlyMap<string, number>;
  ids: readonly string[];
  /** Each key as a command names it (a country code, a topic's label, a year), as a menu shows it, and its facet. */
  keys: readonly string[];
  labels: readonly string[];
  facetOf: readonly MenuFacet[];
  offsets: Uint32Array;
  values: Uint32Array;
  /**
   * The same keys as bits, 8 keys a byte (key `k` is bit `k % 8` of byte `k >> 3`), keys of a
   * facet side by side: case `n`'s bytes that are not 0, each as `byte number << 8 | byte`, are
   * `bytes[byteOffsets[n]…byteOffsets[n+1]]`. A case has many topics (half the taxonomy in the
   * synthetic data): counting its few bytes is fewer steps than counting its keys.
   */
  byteOffsets: Uint32Array;
  bytes: Uint16Array | Uint32Array;
  /** How many bytes the keys take. */
  byteCount: number;
  /** How many cases have each key: the counts of a list of every case. */
  totals: Uint32Array;
  /** Each key's place among equal counts: years newest first, others by name. */
  order: Uint32Array;
}

/** Topics a command can name: the taxonomy's labels (a collection's own tags read as words). */
const TOPICS: ReadonlySet<string> = new Set(TAXONOMY.map((t) => t.label));

function valuesFor(c: Case, facet: MenuFacet): readonly string[] {
  switch (facet) {
    case 'country':
      return c.countries;
    case 'topic':
      return c.tags.filter((tag) => TOPICS.has(tag));
    case 'year':
      return c.year === undefined ? [] : [String(c.year)];
    default: {
      const unreachable: never = facet;
      return unreachable;
    }
  }
}

/** Each case's keys as bytes of 8 keys, the bytes that are not 0 as `byte number << 8 | byte`. */
function keyBytes(
  values: Uint32Array,
  offsets: Uint32Array,
  byteCount: number,
): { byteOffsets: Uint32Array; bytes: Uint16Array | Uint32Array } {
  const byteOffsets = new Uint32Array(offsets.length);
  const bytes = byteCount <= 256 ? new Uint16Array(values.length) : new Uint32Array(values.length);
  const byte = new Uint8Array(byteCount);
  let count = 0;
  for (let n = 0; n + 1 < offsets.length; n++) {
    const start = offsets[n]!;
    const end = offsets[n + 1]!;
    for (let p = start; p < end; p++) byte[values[p]! >> 3]! |= 1 << (values[p]! & 7);
    for (let p = start; p < end; p++) {
      const at = values[p]! >> 3;
      if (byte[at] === 0) continue;
      bytes[count++] = (at << 8) | byte[at]!;
      byte[at] = 0;
    }
    byteOffsets[n + 1] = count;
  }
  return { byteOffsets, bytes: bytes.slice(0, count) };
}

function buildFacetTable(cases: readonly Case[]): FacetTable {
  const numbers = new Map<string, number>();
  const found: string[] = [];
  const foundFacet: MenuFacet[] = [];
  const offsets = new Uint32Array(cases.length + 1);
  const firstValues: number[] = [];
  for (let n = 0; n < cases.length; n++) {
    // A value listed twice on one case counts once.
    for (const facet of MENU_FACETS)
      for (const value of new Set(valuesFor(cases[n]!, facet))) {
        const name = `${facet}:${value}`;
        let key = numbers.get(name);
        if (key === undefined) {
          key = found.length;
          numbers.set(name, key);
          found.push(value);
          foundFacet.push(facet);
        }
        firstValues.push(key);
      }
    offsets[n + 1] = firstValues.length;
  }
  // Keys numbered again facet by facet (each in order of first use): a case's keys of one facet share bytes.
  const renumbered = new Uint32Array(found.length);
  const keys: string[] = [];
  const facetOf: MenuFacet[] = [];
  for (const facet of MENU_FACETS)
    for (let key = 0; key < found.length; key++)
      if (foundFacet[key] === facet) {
        renumbered[key] = keys.length;
        keys.push(found[key]!);
        facetOf.push(facet);
      }
  const values = new Uint32Array(firstValues.length);
  for (let p = 0; p < values.length; p++) values[p] = renumbered[firstValues[p]!]!;
  const byteCount = (keys.length + 7) >> 3;
  const { byteOffsets, bytes } = keyBytes(values, offsets, byteCount);
  const totals = new Uint32Array(keys.length);
  for (const key of values) totals[key]!++;
  const byName = keys
    .map((value, key) => ({ value, key, facet: facetOf[key]!, name: nameOf(facetOf[key]!, value) }))
    .sort((a, b) =>
      a.facet === 'year' && b.facet === 'year'
        ? Number(b.value) - Number(a.value)
        : a.name.localeCompare(b.name),
    );
  const order = new Uint32Array(keys.length);
  byName.forEach(({ key }, place) => {
    order[key] = place;
  });
  return {
    numberOf: new Map(cases.map((c, n) => [c.id, n])),
    ids: cases.map((c) => c.id),
    keys,
    labels: keys.map((value, key) => labelOf(facetOf[key]!, value)),
    facetOf,
    offsets,
    values,
    byteOffsets,
    bytes,
    byteCount,
    totals,
    order,
  };
}

/** Per collection (a bot's `cases`, which never change under it), built on first use. */
const tables = new WeakMap<readonly Case[], FacetTable>();

/** The facet table of a collection: built once (one pass over the cases), then shared by every answer. */
export function facetTableOf(cases: readonly Case[]): FacetTable {
  let table = tables.get(cases);
  if (table === undefined) {
    table = buildFacetTable(cases);
    tables.set(cases, table);
  }
  return table;
}
