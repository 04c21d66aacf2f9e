import { getCountry } from '../knowledge/countries/index.js';
import {
  getRegion,
  isLanguageWorld,
  regionConditions,
  regionsOf,
  regionTable,
} from '../knowledge/regions/build-regions.js';
import type { BotDeps } from './bot-deps.js';
import {
  countryCountWords,
  describePlaces,
  describeTopics,
  describeYears,
  listWords,
} from './describe-request.js';
import type { FilterKey, Filters } from './intent.js';
import { countCases } from './select-cases.js';

/** One part of a request taken off, and how many cases are left without it. */
export interface Relaxation {
  /** The part, in words: "the years (since 2020)", "the words “open data”". */
  part: string;
  /** A button label: "Any year". */
  label: string;
  query: string;
  filters: Filters;
  count: number;
}

function without(filters: Filters, keys: readonly FilterKey[]): Filters {
  const next: Filters = { ...filters };
  for (const key of keys) delete next[key];
  return next;
}

/** Each part a request can do without: filters (a place counts as one), then the words. */
function parts(
  query: string,
  filters: Filters,
): { part: string; label: string; query: string; filters: Filters }[] {
  const list: { part: string; label: string; query: string; filters: Filters }[] = [];
  // "francophone Africa": each condition of the place alone (Africa; French-speaking countries).
  const conditions = filters.region === undefined ? undefined : regionConditions(filters.region);
  if (conditions) {
    const [language, region] = conditions.map((id) => getRegion(id)?.label ?? id) as [string, string];
    list.push(
      {
        part: `the language (${language})`,
        label: `All of ${region}`,
        query,
        filters: { ...filters, region: conditions[1] },
      },
      {
        part: `the region (${region})`,
        label: language,
        query,
        filters: { ...filters, region: conditions[0] },
      },
    );
  }
  if (filters.countries || filters.region) {
    const places = describePlaces(filters);
    list.push({
      part: `the place (${places})`,
      label: 'Any country',
      query,
      filters: without(filters, ['countries', 'region']),
    });
  }
  if (filters.except) {
    const places = describePlaces(filters.except);
    list.push({
      part: `the exclusion of ${places}`,
      label: `Including ${places}`,
      query,
      filters: without(filters, ['except']),
    });
  }
  if (filters.without) {
    const left = listWords(filters.without);
    list.push({
      part: `the exclusion of ${left}`,
      label: `Including ${left}`,
      query,
      filters: without(filters, ['without']),
    });
  }
  if (filters.countryCount)
    list.push({
      part: `the number of countries (${countryCountWords(filters.countryCount).replace(/^with /u, '')})`,
      label: 'Any number of countries',
      query,
      filters: without(filters, ['countryCount']),
    });
  if (filters.exceptYears) {
    const years = describeYears(filters.exceptYears).replace(/^in /u, '');
    list.push({
      part: `the years left out (${years})`,
      label: `Including ${years}`,
      query,
      filters: without(filters, ['exceptYears']),
    });
  }
  if (filters.topics)
    list.push({
      part: `the topics (${describeTopics(filters.topics)})`,
      label: 'Any topic',
      query,
      filters: without(filters, ['topics']),
    });
  if (filters.topic)
    list.push({
      part: `the topic (${filters.topic})`,
      label: 'Any topic',
      query,
      filters: without(filters, ['topic']),
    });
  if (filters.years) {
    const years = describeYears(filters.years);
    list.push({
      part: `the years (${years})`,
      label: 'Any year',
      query,
      filters: without(filters, ['years']),
    });
  }
  if (filters.level)
    list.push({
      part: `the level (${filters.level})`,
      label: 'Any level',
      query,
      filters: without(filters, ['level']),
    });
  if (query !== '' && Object.keys(filters).length > 0)
    list.push({ part: `the words “${query}”`, label: `Without “${query}”`, query: '', filters });
  return list;
}

/**
 * What an empty answer can do without: each part taken off alone, with the cases then found,
 * most first; parts that still find nothing are left out.
 */
export function relaxRequest(deps: BotDeps, query: string, filters: Filters): Relaxation[] {
  return [
    ...nearby(deps, query, filters),
    ...wider(deps, query, filters),
    ...parts(query, filters)
      // Taking off the only thing asked leaves every case: no answer to the question.
      .filter((p) => p.query !== '' || Object.keys(p.filters).length > 0)
      .map((p) => {
        const count = countCases(deps, p.query, p.filters);
        return { ...p, label: `${p.label} (${count})`, count };
      })
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count),
  ];
}

/** At most this many neighbouring countries are offered for a country without cases. */
const MAX_NEARBY = 3;

/**
 * For countries with no cases at all: the nearest that have some (same sub-region, else same
 * region), with the rest of the request kept ("No cases from Japan yet. South Korea: 3").
 */
function nearby(deps: BotDeps, query: string, filters: Filters): Relaxation[] {
  const countries = filters.countries ?? [];
  if (countries.length === 0 || countCases(deps, '', { countries }) > 0) return [];
  const known = new Set(deps.countries.map((c) => c.code));
  for (const region of regionsOf(countries[0]!)) {
    const codes = getRegion(region)?.codes ?? new Set<string>();
    const found = [...codes]
      .filter((code) => known.has(code) && !countries.includes(code))
      .map((code) => {
        const near: Filters = { ...filters, countries: [code] };
        const count = countCases(deps, query, near);
        const name = getCountry(code)?.name ?? code;
        return { part: name, label: `${name} (${count})`, query, filters: near, count };
      })
      .filter((r) => r.count > 0)
      .sort((a, b) => b.count - a.count)
      .slice(0, MAX_NEARBY);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * For a group of countries with no cases at all ("low-income countries", "ASEAN"): the smallest
 * regions and groups holding at least half of its countries that have some, the rest of the
 * request kept ("No cases from ASEAN yet. Asia: 2").
 */
function wider(deps: BotDeps, query: string, filters: Filters): Relaxation[] {
  const region = filters.region === undefined ? undefined : getRegion(filters.region);
  if (!region || filters.countries || countCases(deps, '', { region: region.id }) > 0) return [];
  const shared = (codes: ReadonlySet<string>) => [...region.codes].filter((code) => codes.has(code)).length;
  const known = new Set(deps.countries.map((c) => c.code));
  return [...regionTable().byId.values()]
    .filter((r) => r.id !== region.id && !isLanguageWorld(r.id) && shared(r.codes) * 2 >= region.codes.size)
    .sort((a, b) => a.codes.size - b.codes.size)
    .map((r) => {
      const near: Filters = { ...filters, region: r.id };
      const count = countCases(deps, query, near);
      const name = r.label.replace(/^the /u, '');
      return {
        part: name,
        label: `${name[0]!.toUpperCase()}${name.slice(1)} (${count})`,
        query,
        filters: near,
        count,
      };
    })
    .filter((r, i, all) => r.count > 0 && !all.slice(0, i).some((k) => sameCases(k, r, known)))
    .slice(0, MAX_NEARBY);
}

/**
 * A region with as many cases as a smaller one whose countries with cases are all in it finds
 * the same cases ("Africa" after "Sub-Saharan Africa").
 */
function sameCases(smaller: Relaxation, wider: Relaxation, known: ReadonlySet<string>): boolean {
  const inner = getRegion(smaller.filters.region ?? '')?.codes ?? new Set<string>();
  const outer = getRegion(wider.filters.region ?? '')?.codes ?? new Set<string>();
  return smaller.count === wider.count && [...inner].every((code) => !known.has(code) || outer.has(code));
}

/**
 * The part that finds nothing even on its own ("no cases from Japan at all"), in words, if one
 * does: that is what emptied the answer.
 */
export function emptyPart(deps: BotDeps, query: string, filters: Filters): string | undefined {
  const place: Filters = {};
  if (filters.countries) place.countries = filters.countries;
  if (filters.region) place.region = filters.region;
  if ((place.countries || place.region) && countCases(deps, '', place) === 0)
    return `There are no cases from ${describePlaces(place)} yet.`;
  if (filters.years && countCases(deps, '', { years: filters.years }) === 0)
    return `No case is dated ${describeYears(filters.years)}.`;
  if (filters.level && countCases(deps, '', { level: filters.level }) === 0)
    return `No case is at ${filters.level} level.`;
  if (filters.topic && countCases(deps, '', { topic: filters.topic }) === 0)
    return `No case is on ${filters.topic}.`;
  if (query !== '' && countCases(deps, query, {}) === 0) return `No case matches “${query}”.`;
  return undefined;
}
