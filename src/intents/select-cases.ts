import type { Case } from '../knowledge/case.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import {
  casesInOrder,
  listedCases,
  type RankedCase,
  type RankedCases,
} from '../replies/build-results-reply.js';
import type { BotDeps } from './bot-deps.js';
import { FILTER_KEYS, type Filters, type Sort } from './intent.js';
import { type SearchResult, searchResult } from './search-result.js';

/** A test for the filters, made once per request: every filter present must hold. */
export function caseFilter(deps: Pick<BotDeps, 'levels'>, filters: Filters): (c: Case) => boolean {
  const countries = filters.countries && new Set(filters.countries);
  const region =
    filters.region === undefined ? undefined : (getRegion(filters.region)?.codes ?? new Set<string>());
  const { years, level, topic } = filters;
  return (c) => {
    if (countries && !c.countries.some((code) => countries.has(code))) return false;
    if (region && !c.countries.some((code) => region.has(code))) return false;
    if (years) {
      if (c.year === undefined) return false;
      if (years.from !== undefined && c.year < years.from) return false;
      if (years.to !== undefined && c.year > years.to) return false;
    }
    if (level && deps.levels.get(c.id) !== level) return false;
    if (topic && !c.tags.includes(topic)) return false;
    return true;
  };
}

/** Newest first, undated last, then by title: what a place or a topic did lately. */
export function byNewest(a: Case, b: Case): number {
  return (b.year ?? -1) - (a.year ?? -1) || a.title.localeCompare(b.title);
}

/** Oldest first, undated last. */
export function byOldest(a: Case, b: Case): number {
  return (
    (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) ||
    a.title.localeCompare(b.title)
  );
}

/**
 * Cases matching free text, best first (the index's scores, which weigh how many words matched).
 * Unless every document of the index is known to be a loaded case, hits of others are dropped.
 */
export function rankSearch(
  deps: Pick<BotDeps, 'index' | 'byId'>,
  query: string,
  options: { everyRefIsACase?: boolean } = {},
): SearchResult {
  // Best first, coverage of the query's words included: the scorer's order, used as it is.
  const hits = deps.index.search(query);
  return searchResult(
    options.everyRefIsACase ? hits : hits.filter((hit) => deps.byId.has(hit.id)),
    deps.byId,
  );
}

/**
 * `rankSearch` that remembers its last few texts: an empty answer counts its relaxations, and a
 * count lists its cases, over the same search, which then runs once.
 */
export function createSearchMemo(
  deps: Pick<BotDeps, 'index' | 'byId'>,
  options: { everyRefIsACase?: boolean; size?: number } = {},
) {
  const size = options.size ?? 4;
  const memo = new Map<string, SearchResult>();
  return (text: string): SearchResult => {
    let found = memo.get(text);
    if (found === undefined) {
      found = rankSearch(deps, text, options);
      if (memo.size >= size) memo.delete(memo.keys().next().value ?? '');
    } else memo.delete(text);
    memo.set(text, found);
    return found;
  };
}

function hasFilters(filters: Filters): boolean {
  return FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/** The found cases that pass `keep`, each still beside its hit. */
function kept(found: SearchResult, keep: (c: Case) => boolean): RankedCase[] {
  const cases = found.cases();
  const ranked: RankedCase[] = [];
  for (let i = 0; i < cases.length; i++)
    if (keep(cases[i]!)) ranked.push({ case: cases[i]!, hit: found.hits[i]! });
  return ranked;
}

/**
 * The cases a request selects, in its order: found by the query (or by the topic's name when
 * only a topic is given), kept by the filters, then sorted. Without either, every case passes
 * the filters, newest first. Nothing is looked up or copied that need not be: an unfiltered
 * search is the search's own list, and every case by year is sorted once, when the bot is made.
 */
export function selectCases(deps: BotDeps, query: string, filters: Filters, sort: Sort): RankedCases {
  const keep = hasFilters(filters) ? caseFilter(deps, filters) : undefined;
  const text = query !== '' ? query : (filters.topic ?? '');
  if (text === '') {
    const all = sort === 'oldest' ? deps.oldest : deps.newest;
    return casesInOrder(keep ? all.filter(keep) : all);
  }
  const found = deps.search(text);
  if (!keep && sort === 'relevance') return found;
  const ranked = keep ? kept(found, keep) : found.hits.map((hit, i) => ({ case: found.cases()[i]!, hit }));
  if (sort === 'newest') ranked.sort((a, b) => byNewest(a.case, b.case));
  else if (sort === 'oldest') ranked.sort((a, b) => byOldest(a.case, b.case));
  return listedCases(ranked);
}

/** How many cases the filters and query select, without ranking them. */
export function countCases(deps: BotDeps, query: string, filters: Filters): number {
  const text = query !== '' ? query : (filters.topic ?? '');
  if (text === '' && !hasFilters(filters)) return deps.cases.length;
  const found = text === '' ? undefined : deps.search(text);
  if (!hasFilters(filters)) return found?.total ?? deps.cases.length;
  const keep = caseFilter(deps, filters);
  return (found?.cases() ?? deps.cases).reduce((n, c) => n + (keep(c) ? 1 : 0), 0);
}
