import type { Case } from '../knowledge/case.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import { buildMenuKeys, type MenuFacet, type MenuKeys, type NameKey } from './facet-keys.js';

/**
 * Each case's facets by its position in the loaded cases, built once per knowledge and read by
 * filters, counts and menus alike: which cases have a country, a topic or a level, as lists of
 * positions, every case's year, and each case's menu keys. A filter marks the few cases of its
 * values instead of testing every hit of a common word; a menu counts the matched cases' keys.
 */
export interface CaseFacets {
  /** How many cases; positions run from 0 to `size - 1`, in the order of the cases given. */
  readonly size: number;
  /** A case's position by id (the last case of an id, as a `Map` built from the cases keeps). */
  readonly positionOf: ReadonlyMap<string, number>;
  /** Positions of the cases listing each country code, ascending. */
  readonly byCountry: ReadonlyMap<string, Uint32Array>;
  /** Positions of the cases carrying each tag, ascending. */
  readonly byTag: ReadonlyMap<string, Uint32Array>;
  /** Positions of the cases at each level of government, ascending. */
  readonly byLevel: ReadonlyMap<string, Uint32Array>;
  /** Each case's year, `NaN` when it has none. */
  readonly years: Float64Array;
  /** Each case's countries, topics and year as numbered keys, counted per answer by the menus. */
  readonly menu: MenuKeys;
}

/** Topics a command can name: the taxonomy's labels (a collection's own tags read as words). */
const TOPICS: ReadonlySet<string> = new Set(TAXONOMY.map((t) => t.label));

function groupPositions(groups: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...groups].map(([key, positions]) => [key, Uint32Array.from(positions)]));
}

function add(groups: Map<string, number[]>, key: string, position: number): boolean {
  const list = groups.get(key);
  if (list === undefined) groups.set(key, [position]);
  // A case listing a value twice is still one position.
  else if (list[list.length - 1] !== position) list.push(position);
  else return false;
  return true;
}

/** Names as given: what tests over made-up values read. */
const asGiven: NameKey = (_facet, key) => ({ name: key, label: key });

/**
 * The facets of `cases`, in one pass over them; `levelOf` gives a case's normalised level of
 * government, `nameKey` how a menu names a country, topic or year.
 */
export function buildCaseFacets(
  cases: readonly Case[],
  levelOf: (c: Case) => string | undefined,
  nameKey: NameKey = asGiven,
): CaseFacets {
  const positionOf = new Map<string, number>();
  const countries = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  const levels = new Map<string, number[]>();
  const years = new Float64Array(cases.length);
  // Menu keys numbered in order of first use, per facet by value.
  const keyOf: Record<MenuFacet, Map<string, number>> = {
    country: new Map(),
    topic: new Map(),
    year: new Map(),
  };
  const found: string[] = [];
  const foundFacet: MenuFacet[] = [];
  const firstKeys: number[] = [];
  const offsets = new Uint32Array(cases.length + 1);
  const addKey = (facet: MenuFacet, value: string) => {
    let key = keyOf[facet].get(value);
    if (key === undefined) {
      key = found.length;
      keyOf[facet].set(value, key);
      found.push(value);
      foundFacet.push(facet);
    }
    firstKeys.push(key);
  };
  cases.forEach((c, position) => {
    positionOf.set(c.id, position);
    for (const code of c.countries) if (add(countries, code, position)) addKey('country', code);
    for (const tag of c.tags) if (add(tags, tag, position) && TOPICS.has(tag)) addKey('topic', tag);
    const level = levelOf(c);
    if (level !== undefined) add(levels, level, position);
    years[position] = c.year ?? Number.NaN;
    if (c.year !== undefined) addKey('year', String(c.year));
    offsets[position + 1] = firstKeys.length;
  });
  return {
    size: cases.length,
    positionOf,
    byCountry: groupPositions(countries),
    byTag: groupPositions(tags),
    byLevel: groupPositions(levels),
    years,
    menu: buildMenuKeys(firstKeys, offsets, found, foundFacet, nameKey),
  };
}

/**
 * Which positions are in every group of positions given (each group a union of lists, e.g. the
 * cases of any of a region's countries), as a mask of 1s. Each list is walked once, so the cost
 * is the size of the lists, not of the knowledge; `undefined` when no group is given.
 */
export function intersectPositions(
  size: number,
  groups: readonly (readonly Uint32Array[])[],
): Uint8Array | undefined {
  if (groups.length === 0) return undefined;
  // A position's count is how many groups in a row have held it, so a case listed under two
  // values of one group counts once, and only those in all groups reach the last count.
  const counts = new Uint8Array(size);
  groups.forEach((lists, g) => {
    for (const list of lists) {
      for (const position of list) if (counts[position] === g) counts[position] = g + 1;
    }
  });
  const last = groups.length;
  for (let i = 0; i < size; i++) counts[i] = counts[i] === last ? 1 : 0;
  return counts;
}
