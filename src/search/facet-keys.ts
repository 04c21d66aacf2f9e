/** The facets a list of results offers as menus. */
export type MenuFacet = 'country' | 'topic' | 'year';

export const MENU_FACETS: readonly MenuFacet[] = ['country', 'topic', 'year'];

/** How a menu names a key: `name` orders equal counts, `label` is what an option shows. */
export type NameKey = (facet: MenuFacet, key: string) => { name: string; label: string };

/**
 * The menu facets of a collection as numbers, so that counting an answer is one pass over its
 * cases' numbers: every value of every facet is a key, and the keys case `n` has are
 * `values[offsets[n]…offsets[n+1]]`.
 */
export interface MenuKeys {
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
  /** The key at each place of `order`. */
  byOrder: Uint32Array;
  /** Each facet's keys: from the first to before the last number given (keys are numbered facet by facet). */
  ranges: Readonly<Record<MenuFacet, readonly [from: number, to: number]>>;
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

/**
 * The menu keys from each case's keys as first numbered (`firstKeys`, case `n`'s at
 * `offsets[n]…offsets[n+1]`, each key once per case), with each first number's value and facet.
 */
export function buildMenuKeys(
  firstKeys: readonly number[],
  offsets: Uint32Array,
  found: readonly string[],
  foundFacet: readonly MenuFacet[],
  nameKey: NameKey,
): MenuKeys {
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
  const values = new Uint32Array(firstKeys.length);
  for (let p = 0; p < values.length; p++) values[p] = renumbered[firstKeys[p]!]!;
  const byteCount = (keys.length + 7) >> 3;
  const { byteOffsets, bytes } = keyBytes(values, offsets, byteCount);
  const totals = new Uint32Array(keys.length);
  for (const key of values) totals[key]!++;
  const named = keys.map((value, key) => ({
    value,
    key,
    facet: facetOf[key]!,
    ...nameKey(facetOf[key]!, value),
  }));
  const byName = [...named].sort((a, b) =>
    a.facet === 'year' && b.facet === 'year'
      ? Number(b.value) - Number(a.value)
      : a.name.localeCompare(b.name),
  );
  const order = new Uint32Array(keys.length);
  const byOrder = new Uint32Array(keys.length);
  byName.forEach(({ key }, place) => {
    order[key] = place;
    byOrder[place] = key;
  });
  const range = (facet: MenuFacet) =>
    [facetOf.indexOf(facet) < 0 ? 0 : facetOf.indexOf(facet), facetOf.lastIndexOf(facet) + 1] as const;
  return {
    keys,
    labels: named.map((n) => n.label),
    facetOf,
    offsets,
    values,
    byteOffsets,
    bytes,
    byteCount,
    totals,
    order,
    byOrder,
    ranges: { country: range('country'), topic: range('topic'), year: range('year') },
  };
}
