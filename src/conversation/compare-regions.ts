import type { Intent } from '../intents/intent.js';
import { getRegion, regionParts, regionsOf } from '../knowledge/regions/build-regions.js';
import type { Understanding } from '../understanding/understanding.js';

/**
 * "compare Europe and Asia", "compare nordic and baltic countries": regions are compared by their
 * counts side by side, continent by continent when each is one (the lines of a count by region),
 * otherwise country by country. Undefined when the message names no two regions.
 */
export function compareRegions(u: Understanding): Intent | undefined {
  const region = u.filters.region;
  const parts = region === undefined ? [] : regionParts(region);
  if (!region || parts.length < 2 || (u.filters.countries?.length ?? 0) > 0) return undefined;
  if (u.refs.some((r) => r.type !== 'name')) return undefined;
  return {
    type: 'count',
    query: u.subject,
    filters: u.filters,
    by: parts.every(isContinent) ? 'region' : 'country',
  };
}

/** A region whose every country has it as its continent: what a count by region counts in. */
function isContinent(id: string): boolean {
  const codes = [...(getRegion(id)?.codes ?? [])];
  return codes.length > 0 && codes.every((code) => regionsOf(code).at(-1) === id);
}
