import type { Facet, Filters, Intent, Level, Sort } from '../../src/index.js';

// Every member of the unions, checked by `satisfies`: a new level or facet fails to compile here.
const LEVEL_KEYS = { local: true, regional: true, national: true, international: true } satisfies Record<
  Level,
  true
>;
const FACET_KEYS = { country: true, region: true, topic: true, year: true, level: true } satisfies Record<
  Facet,
  true
>;

/** Every level of government. */
export const LEVELS = Object.keys(LEVEL_KEYS) as Level[];
/** Everything cases can be counted by. */
export const FACETS = Object.keys(FACET_KEYS) as Facet[];

function withCountry<T extends Extract<Intent, { type: 'search' | 'random' | 'count' }>>(intent: T): T {
  const countries = intent.filters.countries;
  return countries?.length === 1 ? { ...intent, country: countries[0] } : intent;
}

/**
 * A search intent as the parser builds it: the default sort unless given, page 1 unless given, a
 * full page unless `count` cases a page are given.
 */
export function search(
  query: string,
  filters: Filters = {},
  options: { sort?: Sort; page?: number; count?: number } = {},
): Intent {
  const sort = options.sort ?? (query !== '' || filters.topic ? 'relevance' : 'newest');
  const count = options.count === undefined ? {} : { count: options.count };
  return withCountry({ type: 'search', query, filters, sort, page: options.page ?? 1, ...count });
}

/** A search without words: cases by their filters alone. */
export function list(
  filters: Filters = {},
  options: { sort?: Sort; page?: number; count?: number } = {},
): Intent {
  return search('', filters, options);
}

export function count(by: Facet | undefined, filters: Filters = {}, query = ''): Intent {
  return withCountry({ type: 'count', query, filters, ...(by ? { by } : {}) });
}

/** A random pick: one case, or `count` of them. */
export function random(query = '', filters: Filters = {}, count?: number): Intent {
  return withCountry({ type: 'random', query, filters, ...(count ? { count } : {}) });
}
