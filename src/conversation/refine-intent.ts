import type { Filters, Intent, PlaceSet, YearRange } from '../intents/intent.js';
import { placeCodes } from '../intents/select-cases.js';
import { joinRegions } from '../knowledge/regions/build-regions.js';
import { PAGE_SIZE } from '../replies/reply.js';
import type { Understanding } from '../understanding/understanding.js';
import { defaultSort } from './default-sort.js';

/** Intents a follow-up can build on: they list, count or pick cases by filters. */
export type ListIntent = Extract<Intent, { type: 'search' | 'random' | 'count' | 'similar' }>;

/** `filters` with one filter set, or taken off when `value` is undefined. */
export function withFilter<K extends keyof Filters>(
  filters: Filters,
  key: K,
  value: Filters[K] | undefined,
): Filters {
  const next: Filters = { ...filters };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** The one country of a filter, repeated as `country` for readers of `ask --json`. */
export function withCountry<T extends Extract<Intent, { type: 'search' | 'random' | 'count' }>>(
  intent: T,
): T {
  const { country: _old, ...rest } = intent;
  const countries = intent.filters.countries;
  return (countries?.length === 1 ? { ...rest, country: countries[0] } : rest) as T;
}

/**
 * How many cases a page of a list shows when `count` were asked for: a page at most, absent for a
 * full page.
 */
export function listCount(count: number | undefined): { count?: number } {
  if (count === undefined) return {};
  const n = Math.max(1, Math.floor(count));
  return n < PAGE_SIZE ? { count: n } : {};
}

/** A random pick of `count` cases, at most a page of them; one when `count` is absent. */
export function randomPick(query: string, filters: Filters, count = 1): Extract<Intent, { type: 'random' }> {
  const n = Math.min(Math.max(1, Math.floor(count)), PAGE_SIZE);
  return withCountry({ type: 'random', query, filters, ...(n > 1 ? { count: n } : {}) });
}

/** Places as a set of codes, and whether any of `codes` is among them. */
function overlaps(places: PlaceSet, codes: ReadonlySet<string>): boolean {
  return [...placeCodes(places)].some((code) => codes.has(code));
}

/** The topics or words left out before that a message names again ("and mental health too"). */
export function readmittedWords(without: readonly string[] | undefined, u: Understanding): string[] {
  const named = [u.subject, u.topicTyped, u.filters.topic].flatMap((w) =>
    w === undefined || w === '' ? [] : [w.toLowerCase()],
  );
  // "put mental health back in": the verb before the words left out stays in the subject.
  return (without ?? []).filter((w) => {
    const left = w.toLowerCase();
    return named.some((n) => n === left || n.endsWith(` ${left}`));
  });
}

/** Whether every place named was left out before, and nothing is left out now. */
function readmitsOnly(last: Filters, named: Filters): boolean {
  if (!last.except || named.except) return false;
  const codes = placeCodes(named);
  const left = placeCodes(last.except);
  return codes.size > 0 && [...codes].every((code) => left.has(code));
}

/**
 * The places left out after a follow-up: "but not from Korea" leaves Korea out of the last
 * question, and a place asked for that was left out ("and Korea too", "Asia again") is in again.
 * A place asked for before and now left out whole goes ("outside Europe" after "cases from
 * Europe"); one that only overlaps stays ("except Japan" after "cases from Asia").
 */
function withExcept(filters: Filters, named: Filters, add: boolean): Filters {
  let next = filters;
  const included = placeCodes(named);
  if (next.except && included.size > 0) {
    const countries = next.except.countries?.filter((code) => !included.has(code));
    const region = next.except.region !== undefined && !overlaps({ region: next.except.region }, included);
    const except: PlaceSet = {
      ...(countries && countries.length > 0 ? { countries } : {}),
      ...(region ? { region: next.except.region } : {}),
    };
    next = withFilter(next, 'except', Object.keys(except).length > 0 ? except : undefined);
  }
  if (!named.except) return next;
  const left = placeCodes(named.except);
  const except: PlaceSet =
    add && next.except
      ? {
          ...((next.except.countries ?? named.except.countries)
            ? {
                countries: [
                  ...new Set([...(next.except.countries ?? []), ...(named.except.countries ?? [])]),
                ],
              }
            : {}),
          ...((next.except.region ?? named.except.region)
            ? {
                region: joinRegions(
                  [next.except.region, named.except.region].filter((r): r is string => r !== undefined),
                ),
              }
            : {}),
        }
      : named.except;
  next = withFilter(next, 'except', except);
  const countries = next.countries?.filter((code) => !left.has(code));
  if (next.countries && !named.countries)
    next = withFilter(next, 'countries', countries && countries.length > 0 ? countries : undefined);
  const region = next.region;
  if (region !== undefined && !named.region && [...placeCodes({ region })].every((code) => left.has(code)))
    next = withFilter(next, 'region', undefined);
  return next;
}

/** The countries of `codes` inside `region`: asked for with it, they are asked for already. */
export function countriesInside(region: string | undefined, codes: readonly string[] | undefined): string[] {
  if (region === undefined || !codes) return [];
  const within = placeCodes({ region });
  return codes.filter((code) => within.has(code));
}

/**
 * The years a follow-up names: a year alone correcting one side of a range keeps the side
 * ("actually make it 2020" after "since 2018" is since 2020, not 2020 alone).
 */
function correctedYears(last: YearRange | undefined, named: YearRange, u: Understanding): YearRange {
  if (!u.corrects || !last || named.from === undefined || named.from !== named.to) return named;
  if (last.from !== undefined && last.to === undefined) return { from: named.from };
  if (last.to !== undefined && last.from === undefined) return { to: named.to };
  return named;
}

/**
 * The last question changed by a follow-up: "and for Japan?" changes the place, "only local
 * ones" adds a level, "also Chile" adds a country, "any year" drops the years, "what about
 * health?" changes what it is about. What the follow-up does not name stays.
 */
export function refineIntent(last: ListIntent, u: Understanding): ListIntent {
  let filters: Filters = { ...last.filters };
  let query = last.type === 'similar' ? '' : last.query;
  if (u.drops.includes('all')) filters = {};
  for (const key of u.drops) {
    if (key === 'countries' || key === 'region')
      filters = withFilter(withFilter(filters, 'countries', undefined), 'region', undefined);
    else if (key !== 'all') filters = withFilter(filters, key, undefined);
  }
  // Dropping the topic drops topics named together too ("any topic" after "health and education").
  if (u.drops.includes('topic')) filters = withFilter(filters, 'topics', undefined);
  // "and Korea too", "Korea again" after Korea was left out: Korea is in again, no more.
  const readmits = (u.followUp === 'add' || u.again === true) && readmitsOnly(filters, u.filters);
  const named: Filters = readmits ? { ...u.filters, countries: undefined, region: undefined } : u.filters;
  if (readmits) filters = withExcept(filters, u.filters, false);
  // "and Japan too" after cases from Asia: Japan's cases are among them already; adding it as a
  // country would keep only Japan's.
  const inside = u.followUp === 'add' ? countriesInside(filters.region, named.countries) : [];
  if (named.countries && inside.length < named.countries.length) {
    const added = named.countries.filter((code) => !inside.includes(code));
    const countries =
      u.followUp === 'add' ? [...new Set([...(filters.countries ?? []), ...added])] : named.countries;
    filters = withFilter(filters, 'countries', countries);
    if (u.followUp !== 'add') filters = withFilter(filters, 'region', undefined);
  }
  if (named.region) {
    // "also Asia" after cases from Africa: Africa and Asia.
    const region =
      u.followUp === 'add' && filters.region ? joinRegions([filters.region, named.region]) : named.region;
    filters = withFilter(filters, 'region', region);
    // "and Asia too" after cases from Korea: all of Asia, Korea with it.
    const outside = (filters.countries ?? []).filter((code) => !countriesInside(region, [code]).length);
    const kept = u.followUp === 'add' && outside.length > 0 ? outside : undefined;
    filters = withFilter(filters, 'countries', kept);
  }
  filters = withExcept(filters, named, u.followUp === 'add');
  if (named.without) {
    const without = u.followUp === 'add' ? [...(filters.without ?? []), ...named.without] : named.without;
    filters = withFilter(filters, 'without', [...new Set(without)]);
  }
  // "and 2020 too", "2020 again" after 2020 was left out: 2020 is in again, the rest stays.
  const readmitsYears = (u.followUp === 'add' || u.again === true) && filters.exceptYears !== undefined;
  if (named.years && readmitsYears) filters = withFilter(filters, 'exceptYears', undefined);
  else if (named.years) filters = withFilter(filters, 'years', correctedYears(filters.years, named.years, u));
  if (named.exceptYears) {
    filters = withFilter(filters, 'exceptYears', named.exceptYears);
    // "but not 2021" after "cases in 2021": the years asked for are all left out, so any others.
    const { years } = filters;
    const within = (year: number | undefined, edge: number | undefined, later: boolean) =>
      edge === undefined || (year !== undefined && (later ? year <= edge : year >= edge));
    if (
      years &&
      within(years.from, named.exceptYears.from, false) &&
      within(years.to, named.exceptYears.to, true)
    )
      filters = withFilter(filters, 'years', undefined);
  }
  if (u.drops.includes('years')) filters = withFilter(filters, 'exceptYears', undefined);
  if (named.level) filters = withFilter(filters, 'level', named.level);
  // "and mental health too", "include AI again" after they were left out: in again, no more.
  const readmitted = u.followUp === 'add' || u.again === true ? readmittedWords(filters.without, u) : [];
  if (readmitted.length > 0) {
    const rest = (filters.without ?? []).filter((w) => !readmitted.includes(w));
    filters = withFilter(filters, 'without', rest.length > 0 ? rest : undefined);
  }
  // A new subject or topic replaces both, unless the follow-up only narrows ("only health ones").
  else if (u.subject !== '' || named.topic || named.topics) {
    if (u.followUp !== 'narrow') {
      query = u.subject;
      filters = withFilter(withFilter(filters, 'topic', named.topic), 'topics', named.topics);
    } else {
      if (u.subject !== '') query = [query, u.subject].filter(Boolean).join(' ');
      if (named.topic) filters = withFilter(filters, 'topic', named.topic);
      if (named.topics) filters = withFilter(filters, 'topics', named.topics);
    }
  }
  const page = typeof u.page === 'number' ? u.page : 1;
  switch (last.type) {
    case 'search': {
      const keepSort = last.sort !== defaultSort(last.query, last.filters);
      const sort = u.sort ?? (keepSort ? last.sort : defaultSort(query, filters));
      // How many to show stays as asked until asked again ("the newest 3", then "and for Japan?").
      return withCountry({ type: 'search', query, filters, sort, page, ...listCount(u.count ?? last.count) });
    }
    case 'random':
      return randomPick(query, filters, u.count ?? last.count);
    case 'count':
      return withCountry({ type: 'count', query, filters, ...(last.by ? { by: last.by } : {}) });
    case 'similar':
      return { ...last, filters, page };
    default: {
      const unreachable: never = last;
      return unreachable;
    }
  }
}
