import { describeRequest } from '../intents/describe-request.js';
import type { Intent } from '../intents/intent.js';
import { regionParts } from '../knowledge/regions/build-regions.js';
import type { Understanding } from '../understanding/understanding.js';
import type { ListIntent } from './refine-intent.js';

type Alternative = { label: string; intent: Intent };

/** The filters a comparison of sides may name: the sides themselves. */
const SIDES = new Set(['countries', 'region', 'level']);

/**
 * "AI cases", then "how does Europe compare to Asia?": two places or levels compared after a list,
 * naming nothing else, are compared on that list's subject, as "what about Europe?" keeps it; all
 * their cases is the other reading. Undefined when the comparison stands on its own.
 */
export function onLastSubject(
  intent: Intent,
  u: Understanding,
  last: ListIntent | undefined,
): { intent: Intent; note: string; alternative: Alternative } | undefined {
  if (!last || u.subject !== '' || !Object.keys(u.filters).every((k) => SIDES.has(k))) return undefined;
  const sides =
    intent.type === 'compare-places' ||
    (intent.type === 'count' &&
      (u.otherLevel !== undefined ||
        (u.filters.region !== undefined && regionParts(u.filters.region).length >= 2)));
  if (!sides || intent.query !== '') return undefined;
  const { countries: _countries, region: _region, level: _level, ...carried } = last.filters;
  const query = last.type === 'similar' ? '' : last.query;
  if (query === '' && Object.keys(carried).length === 0) return undefined;
  const onIt: Intent = { ...intent, query, filters: { ...carried, ...intent.filters } };
  return {
    intent: onIt,
    note: `Compared on the last question: ${describeRequest(query, carried)}. All their cases is a button below.`,
    alternative: { label: 'All their cases', intent },
  };
}
