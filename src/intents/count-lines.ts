import type { Case } from '../knowledge/case.js';
import { getRegion, regionParts } from '../knowledge/regions/build-regions.js';
import type { BotDeps } from './bot-deps.js';
import { labelOf, nameOf, valuesOf } from './facet-values.js';
import type { Facet, Filters } from './intent.js';

/** One line of a breakdown: a value of the facet and how many of the cases have it. */
export interface CountLine {
  key: string;
  label: string;
  count: number;
}

/**
 * The lines of a breakdown of `cases` by a facet, in the order they are shown: years newest first,
 * the rest most cases first (then by name); and how many cases have no value for it. Shared by the
 * count's answer and by "the first one" after it, so both see the same order.
 */
export function countLines(
  cases: readonly Case[],
  by: Facet,
  filters: Filters,
  deps: Pick<BotDeps, 'levels'>,
): { lines: CountLine[]; without: number } {
  const counts = new Map<string, number>();
  const named = by === 'topic' && filters.topics ? new Set(filters.topics.labels) : undefined;
  const regions = by === 'region' ? regionsNamed(filters) : undefined;
  let without = 0;
  for (const c of cases) {
    // "how many on health and education by topic": those topics, not every topic beside them.
    const values = regions
      ? regions.filter((r) => c.countries.some((code) => r.codes.has(code))).map((r) => r.id)
      : valuesOf(c, by, deps).filter((v) => !named || named.has(v));
    if (values.length === 0) without += 1;
    for (const key of new Set(values)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const lines = [...counts]
    .map(([key, count]) => ({ key, label: labelOf(by, key), count }))
    .sort((a, b) =>
      by === 'year'
        ? Number(b.key) - Number(a.key)
        : b.count - a.count || nameOf(by, a.key).localeCompare(nameOf(by, b.key)),
    );
  return { lines, without };
}

/**
 * The regions a count by region was asked of ("global south vs global north", "nordic or baltic
 * countries"): its lines are those regions, not the continents their countries are in.
 */
function regionsNamed(filters: Filters) {
  const parts = filters.region === undefined ? [] : regionParts(filters.region).map(getRegion);
  if (parts.length < 2 || parts.some((r) => r === undefined)) return undefined;
  return parts.filter((r) => r !== undefined);
}
