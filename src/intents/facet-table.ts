import type { Case } from '../knowledge/case.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import type { RankedCases } from '../replies/build-results-reply.js';
import { labelOf, nameOf } from './facet-values.js';
import type { SearchResult } from './search-result.js';

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

function buildFacetTable(cases: readonly Case[]): FacetTable {
  const numbers = new Map<string, number>();
  const keys: string[] = [];
  const facetOf: MenuFacet[] = [];
  const offsets = new Uint32Array(cases.length + 1);
  const values: number[] = [];
  for (let n = 0; n < cases.length; n++) {
    // A value listed twice on one case counts once.
    for (const facet of MENU_FACETS)
      for (const value of new Set(valuesFor(cases[n]!, facet))) {
        const name = `${facet}:${value}`;
        let key = numbers.get(name);
        if (key === undefined) {
          key = keys.length;
          numbers.set(name, key);
          keys.push(value);
          facetOf.push(facet);
        }
        values.push(key);
      }
    offsets[n + 1] = values.length;
  }
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
    values: Uint32Array.from(values),
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

/**
 * How many of the matched cases have each key, and how many cases matched: one pass over them
 * (or, when most cases matched, over those not matched, taken from the totals). A search's
 * result gives its cases' positions in the collection, which are the table's numbers: no case
 * or id is looked up. A match of every case is the table's totals.
 */
export function countFacets(
  table: FacetTable,
  matched: RankedCases | SearchResult,
): { counts: Uint32Array; matched: number } {
  if (matched.total === table.ids.length) return { counts: table.totals, matched: matched.total };
  const counts = new Uint32Array(table.keys.length);
  const { offsets, values } = table;
  const add = (n: number) => {
    for (let p = offsets[n]!, end = offsets[n + 1]!; p < end; p++) counts[values[p]!]!++;
  };
  if ('positions' in matched) {
    const positions = matched.positions();
    const size = table.ids.length;
    if (2 * positions.length <= size) {
      for (let i = 0; i < positions.length; i++) {
        const n = positions[i]!;
        for (let p = offsets[n]!, end = offsets[n + 1]!; p < end; p++) counts[values[p]!]!++;
      }
      return { counts, matched: positions.length };
    }
    // A common word matches most cases: the totals less the cases it did not match, fewer to walk.
    const hit = new Uint8Array(size);
    for (let i = 0; i < positions.length; i++) hit[positions[i]!] = 1;
    counts.set(table.totals);
    for (let n = 0; n < size; n++) {
      if (hit[n] === 1) continue;
      for (let p = offsets[n]!, end = offsets[n + 1]!; p < end; p++) counts[values[p]!]!--;
    }
    return { counts, matched: positions.length };
  }
  let count = 0;
  for (const c of matched.cases()) {
    const n = table.numberOf.get(c.id);
    if (n === undefined) continue;
    count++;
    add(n);
  }
  return { counts, matched: count };
}
