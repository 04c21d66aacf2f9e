import { getCountry } from '../knowledge/countries/index.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import type { CountRange, Filters, PlaceSet, Sort, TopicSet, YearRange } from './intent.js';

function countryName(code: string): string {
  return getCountry(code)?.name ?? code;
}

/** "A", "A and B", "A, B and C" (or "A, B or C"). */
export function listWords(items: readonly string[], joiner = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items.at(-1)}`;
}

export function describeYears(years: YearRange): string {
  const { from, to } = years;
  if (from !== undefined && to !== undefined) return from === to ? `in ${from}` : `from ${from} to ${to}`;
  if (from !== undefined) return `since ${from}`;
  return to !== undefined ? `until ${to}` : '';
}

/** Topics named together, in words: "Health or Education", "both Health and Education". */
export function describeTopics(topics: TopicSet): string {
  const { labels } = topics;
  if (topics.all) return `both ${listWords(labels)}`;
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}

/** Where, in words: "South Korea", "South Korea and Japan", "the EU". */
export function describePlaces(filters: PlaceSet, joiner = 'and'): string {
  const places = [
    ...(filters.region ? [getRegion(filters.region)?.label ?? filters.region] : []),
    ...(filters.countries ?? []).map(countryName),
  ];
  return listWords(places, joiner);
}

/**
 * Where, with the places left out: "from South Korea", "from anywhere but South Korea", "from
 * Asia but not Japan"; '' when no place is asked for or left out.
 */
export function describeWhere(filters: Filters): string {
  const places = describePlaces(filters);
  const except = filters.except ? describePlaces(filters.except, 'or') : '';
  if (except === '') return places === '' ? '' : `from ${places}`;
  return places === '' ? `from anywhere but ${except}` : `from ${places} but not ${except}`;
}

/**
 * A request in words, as the heading of its answer: "Health cases from South Korea since 2020,
 * newest first", "Cases matching “open data” at local level from Chile". `noun` is what is
 * counted ("cases", "case").
 */
export function describeRequest(query: string, filters: Filters, sort?: Sort, noun = 'cases'): string {
  const head = filters.topic ? `${filters.topic} ${noun}` : `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
  const parts = [head];
  if (filters.topics) parts.push(`about ${describeTopics(filters.topics)}`);
  if (query !== '') parts.push(`matching “${query}”`);
  if (filters.without) parts.push(`not about ${listWords(filters.without, 'or')}`);
  if (filters.level) parts.push(`at ${filters.level} level`);
  const where = describeWhere(filters);
  if (where) parts.push(where);
  if (filters.years) parts.push(describeYears(filters.years));
  if (filters.exceptYears) parts.push(`not ${describeYears(filters.exceptYears)}`);
  if (filters.countryCount) parts.push(countryCountWords(filters.countryCount));
  const text = parts.join(' ');
  if (sort === 'newest' || sort === 'oldest') return `${text}, ${sort} first`;
  return sort === 'title' ? `${text}, by title` : text;
}

/** "1 case", "3 cases". */
export function caseCount(n: number): string {
  return `${n} case${n === 1 ? '' : 's'}`;
}

/** How many countries a case has, as asked and read back: "with at least 3 countries". */
export function countryCountWords(range: CountRange): string {
  return rangeWords(range, (n) => `${n} ${n === 1 ? 'country' : 'countries'}`);
}

/** How many cases each line of a breakdown has, as asked and read back: "with at least 4 cases". */
export function casesEachWords(range: CountRange): string {
  // "with 1 case" would read back as how many cases to show.
  return range.min !== undefined && range.min === range.max
    ? `with exactly ${caseCount(range.min)}`
    : rangeWords(range, caseCount);
}

function rangeWords({ min, max }: CountRange, counted: (n: number) => string): string {
  if (min !== undefined && max !== undefined)
    return min === max ? `with ${counted(min)}` : `with ${min} to ${counted(max)}`;
  if (max !== undefined) return `with at most ${counted(max)}`;
  return `with at least ${counted(min ?? 1)}`;
}
