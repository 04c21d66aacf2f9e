import type { Intent } from '../intents/intent.js';
import { regionParts } from '../knowledge/regions/build-regions.js';
import type { Understanding } from '../understanding/understanding.js';

/**
 * "compare Europe and Asia", "compare nordic and baltic countries", "the global south vs the
 * global north": regions are compared by their counts side by side, a line for each region named
 * (see count-lines). Undefined when the message names no two regions.
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
    by: 'region',
  };
}
