import type { Filters, Intent } from '../intents/intent.js';
import { getCountry } from '../knowledge/countries/index.js';
import { withCountry } from './refine-intent.js';

/** A question that places filter: what a place may be read into. */
export type Filtered = Extract<Intent, { type: 'search' | 'random' | 'count' }>;

export function isFiltered(intent: Intent): intent is Filtered {
  return intent.type === 'search' || intent.type === 'random' || intent.type === 'count';
}

/** The question again with other filters and words: a search starts again from its first page. */
export function withPlaceReading(intent: Filtered, filters: Filters, query: string): Intent {
  const { country: _country, ...rest } = intent;
  const next = intent.type === 'search' ? { ...rest, filters, query, page: 1 } : { ...rest, filters, query };
  return withCountry(next as Filtered);
}

export function countryName(code: string): string {
  return getCountry(code)?.name ?? code;
}

/** Another reading, as a button: the same shape as the resolver's alternatives. */
export interface PlaceReading {
  label: string;
  intent: Intent;
}
