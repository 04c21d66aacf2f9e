import type { Case } from '../knowledge/case.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import type { RankedCases } from '../replies/build-results-reply.js';
import { type CaseFacets, intersectPositions } from '../search/case-facets.js';
import type { SearchMatches } from '../search/ranked-matches.js';
import type { BotDeps } from './bot-deps.js';
import {
  type CountRange,
  FILTER_KEYS,
  type Filters,
  type PlaceSet,
  type Sort,
  type YearRange,
} from './intent.js';
import { leftOutBy, leftOutPositions } from './left-out.js';
import { type ListedPositions, listTopic, listWithoutWords } from './list-without-words.js';
import { type SearchResult, searchResult } from './search-result.js';

/** A test for the filters, made once per request: every filter present must hold. */
export function caseFilter(deps: Pick<BotDeps, 'levels'>, filters: Filters): (c: Case) => boolean {
  const where = placesAsked(filters);
  const { years, level, topic, topics } = filters;
  const excluded = filters.except && placeCodes(filters.except);
  const leftOut = filters.without && leftOutBy(filters.without);
  const { exceptYears, countryCount, besides } = filters;
  return (c) => {
    if (besides?.includes(c.id)) return false;
    if (countryCount && !inCount(c.countries.length, countryCount)) return false;
    if (exceptYears && c.year !== undefined && inYears(c.year, exceptYears)) return false;
    if (excluded?.size && c.countries.some((code) => excluded.has(code))) return false;
    if (leftOut?.(c)) return false;
    if (where && !c.countries.some((code) => where.has(code))) return false;
    if (years) {
      if (c.year === undefined) return false;
      if (years.from !== undefined && c.year < years.from) return false;
      if (years.to !== undefined && c.year > years.to) return false;
    }
    if (level && deps.levels.get(c.id) !== level) return false;
    if (topic && !c.tags.includes(topic)) return false;
    if (topics && !topics.labels[topics.all ? 'every' : 'some']((label) => c.tags.includes(label)))
      return false;
    return true;
  };
}

function inCount(n: number, range: CountRange): boolean {
  return (range.min === undefined || n >= range.min) && (range.max === undefined || n <= range.max);
}

function inYears(year: number, years: YearRange): boolean {
  return (years.from === undefined || year >= years.from) && (years.to === undefined || year <= years.to);
}

/**
 * The countries the filters ask for, undefined for anywhere. A region with countries is read as
 * people mean it: a country inside the region narrows it ("Asian cases from Korea" is Korea's), a
 * country outside adds to it ("cases from Europe and Korea").
 */
export function placesAsked(filters: Pick<Filters, 'countries' | 'region'>): ReadonlySet<string> | undefined {
  const region =
    filters.region === undefined ? undefined : (getRegion(filters.region)?.codes ?? new Set<string>());
  if (!filters.countries) return region;
  if (!region) return new Set(filters.countries);
  const inside = filters.countries.filter((code) => region.has(code));
  const codes = new Set(inside.length > 0 ? inside : region);
  for (const code of filters.countries) codes.add(code);
  return codes;
}

/** The countries of a place set: its countries and its region's. */
export function placeCodes(places: PlaceSet): Set<string> {
  const codes = new Set(places.countries);
  if (places.region !== undefined) for (const code of getRegion(places.region)?.codes ?? []) codes.add(code);
  return codes;
}

/**
 * The positions (in `facets`) of the cases passing the filters, as a mask of 1s: what
 * `caseFilter` keeps, found from the facets' lists instead of by testing every case (`cases`, in
 * the facets' positions, only for words left out).
 */
export function filterMask(facets: CaseFacets, filters: Filters, cases: readonly Case[] = []): Uint8Array {
  const groups: Uint32Array[][] = [];
  const lists = (byValue: ReadonlyMap<string, Uint32Array>, values: Iterable<string>) =>
    [...values].flatMap((value) => byValue.get(value) ?? []);
  const where = placesAsked(filters);
  if (where) groups.push(lists(facets.byCountry, where));
  if (filters.level) groups.push(lists(facets.byLevel, [filters.level]));
  if (filters.topic !== undefined) groups.push(lists(facets.byTag, [filters.topic]));
  // Any of several topics is one group (a case in any list passes); all of them, a group each.
  const { topics } = filters;
  if (topics?.all) for (const label of topics.labels) groups.push(lists(facets.byTag, [label]));
  else if (topics) groups.push(lists(facets.byTag, topics.labels));
  const mask = intersectPositions(facets.size, groups) ?? new Uint8Array(facets.size).fill(1);
  if (filters.except)
    for (const list of lists(facets.byCountry, placeCodes(filters.except))) for (const p of list) mask[p] = 0;
  const { years } = filters;
  if (years) {
    const from = years.from ?? Number.NEGATIVE_INFINITY;
    const to = years.to ?? Number.POSITIVE_INFINITY;
    // An undated case (NaN) fails both comparisons' negation, so it is dropped, as by caseFilter.
    for (let i = 0; i < mask.length; i++)
      if (!(facets.years[i]! >= from && facets.years[i]! <= to)) mask[i] = 0;
  }
  const { exceptYears } = filters;
  // An undated case (NaN) is in no years, so it stays.
  if (exceptYears)
    for (let i = 0; i < mask.length; i++) if (mask[i] && inYears(facets.years[i]!, exceptYears)) mask[i] = 0;
  if (filters.countryCount) {
    // How many countries each case has, from the lists of each country's cases.
    const held = new Uint16Array(mask.length);
    for (const list of facets.byCountry.values()) for (const p of list) held[p]! += 1;
    for (let i = 0; i < mask.length; i++)
      if (mask[i] && !inCount(held[i]!, filters.countryCount)) mask[i] = 0;
  }
  if (filters.without) for (const position of leftOutPositions(cases, filters.without)) mask[position] = 0;
  if (filters.besides)
    for (let i = 0; i < mask.length; i++) if (filters.besides.includes(cases[i]?.id ?? '')) mask[i] = 0;
  return mask;
}

/**
 * Each case's place in a sorted list of the cases, by position, with cases the comparison
 * calls equal sharing a place: sorting by it is sorting by `compare`, ties kept in their order.
 */
export function buildSortRanks(
  facets: CaseFacets,
  sorted: readonly Case[],
  compare: (a: Case, b: Case) => number,
): Uint32Array {
  const ranks = new Uint32Array(facets.size);
  let rank = 0;
  sorted.forEach((c, i) => {
    if (i > 0 && compare(sorted[i - 1]!, c) !== 0) rank++;
    const position = facets.positionOf.get(c.id);
    if (position !== undefined) ranks[position] = rank;
  });
  return ranks;
}

/** Newest first, undated last, then by title: what a place or a topic did lately. */
export function byNewest(a: Case, b: Case): number {
  return (b.year ?? -1) - (a.year ?? -1) || a.title.localeCompare(b.title);
}

/**
 * By title, A to Z, whatever the case of the letters and their accents ("Étude" beside "Etude"),
 * numbers by value ("2 …" before "10 …"); cases of one title by id, so every list agrees.
 */
export function byTitleOrder(a: Case, b: Case): number {
  return TITLES.compare(a.title, b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const TITLES = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Oldest first, undated last. */
export function byOldest(a: Case, b: Case): number {
  return (
    (a.year ?? Number.POSITIVE_INFINITY) - (b.year ?? Number.POSITIVE_INFINITY) ||
    a.title.localeCompare(b.title)
  );
}

/**
 * Cases matching free text, best first (the index's scores, which weigh how many words matched),
 * only the documents that are loaded cases: `positionOfDoc` (from the index's ids, made once per
 * bot) says which; without it (an index that does not tell its ids) each hit's id is looked up.
 */
export function rankSearch(
  deps: Pick<BotDeps, 'index' | 'facets' | 'cases'>,
  query: string,
  options: { positionOfDoc?: Int32Array; everyDocIsACase?: boolean; docsArePositions?: boolean } = {},
): SearchResult {
  // Best first, coverage of the query's words included: the scorer's order, used as it is.
  const matches = deps.index.match(query);
  const positionOfDoc = options.positionOfDoc ?? positionsFromHits(deps.facets, matches);
  const same = options.docsArePositions === true && options.positionOfDoc !== undefined;
  if (options.everyDocIsACase && options.positionOfDoc)
    return searchResult(matches, deps.cases, positionOfDoc, same);
  const cases = new Uint8Array(positionOfDoc.length);
  for (let doc = 0; doc < cases.length; doc++) if (positionOfDoc[doc]! >= 0) cases[doc] = 1;
  return searchResult(matches.within(cases), deps.cases, positionOfDoc, same);
}

/** Each matched document's position, from its hit's id: for an index that does not list its ids. */
function positionsFromHits(facets: CaseFacets, matches: SearchMatches): Int32Array {
  let size = 0;
  for (const doc of matches.docs) size = Math.max(size, doc + 1);
  const positions = new Int32Array(size).fill(-1);
  for (let i = 0; i < matches.total; i++) {
    const hit = matches.at(i);
    if (hit.doc !== undefined) positions[hit.doc] = facets.positionOf.get(hit.id) ?? -1;
  }
  return positions;
}

/**
 * `rankSearch` that remembers its last few texts: an empty answer counts its relaxations, and a
 * count lists its cases, over the same search, which then runs once.
 */
export function createSearchMemo(
  deps: Pick<BotDeps, 'index' | 'facets' | 'cases'>,
  options: {
    positionOfDoc?: Int32Array;
    everyDocIsACase?: boolean;
    docsArePositions?: boolean;
    size?: number;
  } = {},
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

/**
 * The cases a request selects, in its order: found by the query, kept by the filters, then
 * sorted. Without words, every case the filters keep (a topic's cases by relevance: `listTopic`).
 * Nothing is looked up or copied that need not be: an unfiltered search is the search's own
 * list, and every case by year is sorted once, when the bot is made.
 */
export function selectCases(
  deps: BotDeps,
  query: string,
  filters: Filters,
  sort: Sort,
): RankedCases | ListedPositions | SearchResult {
  const mask = hasFilters(filters) ? filterMask(deps.facets, filters, deps.cases) : undefined;
  if (query === '') {
    if (filters.topic !== undefined && mask) return listTopic(deps, filters.topic, mask, sort);
    // Several topics: a search of all their names ranks the cases about more of them first.
    if (filters.topics && mask) return listTopic(deps, filters.topics.labels.join(' '), mask, sort);
    return listWithoutWords(deps, mask, sort);
  }
  const found = deps.search(query);
  const within = mask ? found.within(mask) : found;
  if (sort === 'relevance') return within;
  return within.ordered(
    sort === 'newest' ? deps.ranks.newest : sort === 'oldest' ? deps.ranks.oldest : deps.byTitle().ranks,
  );
}

/**
 * Every case the filters and query select, in no particular order: what counting them needs,
 * without ranking thousands of matches or building a hit for each.
 */
export function selectedCases(deps: BotDeps, query: string, filters: Filters): readonly Case[] {
  const selected = selectCases(deps, query, filters, 'relevance');
  if (!('positions' in selected)) return selected.cases();
  return Array.from(selected.positions(), (position) => deps.cases[position]!);
}

/** How many cases the filters and query select, without ranking them. */
export function countCases(deps: BotDeps, query: string, filters: Filters): number {
  const found = query === '' ? undefined : deps.search(query);
  if (!hasFilters(filters)) return found?.total ?? deps.cases.length;
  const mask = filterMask(deps.facets, filters, deps.cases);
  if (found === undefined) return mask.reduce((n, bit) => n + bit, 0);
  let n = 0;
  for (const position of found.positions()) n += mask[position]!;
  return n;
}
