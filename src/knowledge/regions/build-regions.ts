import { resolveCountry } from '../countries/resolve-country.js';
import { nameKey } from '../countries/tokenize.js';
import { worldCountries } from '../countries/world-countries.js';
import { COUNTRY_GROUPS, type CountryGroupSpec, REGION_NAMES } from './country-groups.js';
import { DEVELOPMENT_GROUPS } from './development-groups.js';

/** A named set of countries: a region of the data ("Africa") or a group ("the EU"). */
export interface Region {
  id: string;
  label: string;
  /** ISO 3166-1 alpha-2 codes. */
  codes: ReadonlySet<string>;
  /** Where a hand-kept group's membership comes from. */
  source?: string;
}

export interface RegionTable {
  byId: ReadonlyMap<string, Region>;
  /** Folded name ("nordic countries") → region id. */
  byName: ReadonlyMap<string, string>;
  /** Longest name, in words, by its first word: what a scan needs to look ahead. */
  longestByFirstWord: ReadonlyMap<string, number>;
}

function slug(name: string): string {
  return nameKey(name).replaceAll(' ', '-');
}

function membersOf(spec: Pick<CountryGroupSpec, 'members' | 'regions' | 'subregions' | 'plus' | 'minus'>) {
  const codes = new Set(spec.members ?? []);
  for (const c of worldCountries) {
    if (spec.regions?.includes(c.region) || spec.subregions?.includes(c.subregion)) codes.add(c.cca2);
  }
  for (const code of spec.plus ?? []) codes.add(code);
  for (const code of spec.minus ?? []) codes.delete(code);
  return codes;
}

/** The one-word names of some languages' worlds. */
const LANGUAGE_WORLDS: Readonly<Record<string, string>> = {
  English: 'anglophone',
  French: 'francophone',
  Portuguese: 'lusophone',
  Spanish: 'hispanophone',
};

/**
 * The countries where each language is official ("German-speaking countries": Germany, Austria,
 * Switzerland, Liechtenstein, Luxembourg), for languages official in more than one: a language
 * of one country is that country.
 */
function speakers(): Map<string, Set<string>> {
  const byLanguage = new Map<string, Set<string>>();
  for (const c of worldCountries) {
    for (const language of Object.values(c.languages ?? {})) {
      const codes = byLanguage.get(language) ?? new Set<string>();
      byLanguage.set(language, codes.add(c.cca2));
    }
  }
  for (const [language, codes] of byLanguage) if (codes.size < 2) byLanguage.delete(language);
  return byLanguage;
}

function build(): RegionTable {
  const byId = new Map<string, Region>();
  const byName = new Map<string, string>();
  const add = (id: string, label: string, names: readonly string[], codes: Set<string>, source?: string) => {
    byId.set(id, { id, label, codes, ...(source ? { source } : {}) });
    for (const name of [label, ...names]) {
      const key = nameKey(name).replace(/^the /, '');
      if (key !== '' && !byName.has(key)) byName.set(key, id);
    }
  };
  // The hand-kept groups first: their names win ("Latin America" is a group, not a sub-region).
  for (const group of [...COUNTRY_GROUPS, ...DEVELOPMENT_GROUPS])
    add(group.id, group.label, group.names, membersOf(group), group.source);
  const regions = new Set(worldCountries.map((c) => c.region).filter((r) => r !== '' && r !== 'Antarctic'));
  const subregions = new Set(worldCountries.map((c) => c.subregion).filter((r) => r !== ''));
  // A region named like a country ("Micronesia") is called a region, so that the country keeps its name.
  const labelOf = (name: string) => (resolveCountry(name) ? `${name} region` : name);
  for (const region of regions)
    add(slug(region), labelOf(region), REGION_NAMES[region] ?? [], membersOf({ regions: [region] }));
  for (const sub of subregions) {
    if (!byId.has(slug(sub)))
      add(slug(sub), labelOf(sub), REGION_NAMES[sub] ?? [], membersOf({ subregions: [sub] }));
  }
  for (const [language, codes] of speakers()) {
    const names = [`${language} speaking`, `${language} speaking countries`, `${language} speaking world`];
    const phone = LANGUAGE_WORLDS[language];
    add(
      `${slug(language)}-speaking`,
      `${language}-speaking countries`,
      phone ? [...names, phone] : names,
      codes,
    );
  }
  const longestByFirstWord = new Map<string, number>();
  for (const key of byName.keys()) {
    const words = key.split(' ');
    longestByFirstWord.set(words[0]!, Math.max(longestByFirstWord.get(words[0]!) ?? 0, words.length));
  }
  return { byId, byName, longestByFirstWord };
}

let table: RegionTable | undefined;

/** Regions and groups, built once from `world-countries` and the hand-kept groups. */
export function regionTable(): RegionTable {
  table ??= build();
  return table;
}

/** Between the ids of several regions named together: `africa+asia` is Africa and Asia. */
const UNION = '+';

/**
 * The id of the regions `ids` named together ("Africa and Asia", "Nordic or Baltic countries"),
 * whose countries are those of every one: the ids in order, once each, joined by `+`.
 */
export function joinRegions(ids: readonly string[]): string {
  return [...new Set(ids.flatMap((id) => id.split(UNION)))].join(UNION);
}

/** Between the ids of a language's countries and a region: `french-speaking&africa`. */
const WITHIN = '&';

/** A language's countries ("French-speaking countries", "francophone"), as opposed to a region. */
export function isLanguageWorld(id: string): boolean {
  return id.endsWith('-speaking');
}

/**
 * The id of the countries both in a language's world and in a region ("francophone Africa",
 * "Spanish-speaking Latin America"): those in both, not those in either.
 */
export function narrowRegion(language: string, region: string): string {
  return `${language}${WITHIN}${region}`;
}

/**
 * The two conditions of countries in a language's world and a region (`french-speaking&africa`:
 * `french-speaking` and `africa`), or undefined for any other id.
 */
export function regionConditions(id: string): [language: string, region: string] | undefined {
  const [language, region, ...rest] = id.split(WITHIN);
  if (!language || !region || rest.length > 0 || id.includes(UNION)) return undefined;
  return [language, region];
}

/** "French-speaking Africa": the countries of `language` within `region`. */
function within(id: string): Region | undefined {
  const [language, region] = id.split(WITHIN).map((part) => regionTable().byId.get(part));
  if (!language || !region) return undefined;
  const codes = new Set([...language.codes].filter((code) => region.codes.has(code)));
  const label = `${language.label.replace(/ countries$/, '')} ${region.label.replace(/^the /, '')}`;
  return { id, label, codes };
}

/** The ids of the regions a region id names together (`africa+asia`), or that one id. */
export function regionParts(id: string): string[] {
  return id.split(UNION);
}

/** "A", "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A region or group by id (`eu`, `nordic`, `africa`, `northern-europe`), or several named
 * together (`africa+asia`, see `joinRegions`): their countries, labelled "Africa and Asia".
 */
export function getRegion(id: string): Region | undefined {
  const { byId } = regionTable();
  const one = (part: string) => (part.includes(WITHIN) ? within(part) : byId.get(part));
  if (!id.includes(UNION)) return one(id);
  const parts = id.split(UNION).map(one);
  if (parts.length < 2 || parts.some((part) => part === undefined)) return undefined;
  const regions = parts as Region[];
  return {
    id,
    label: andList(regions.map((r) => r.label)),
    codes: new Set(regions.flatMap((r) => [...r.codes])),
  };
}

let regionsByCode: ReadonlyMap<string, readonly string[]> | undefined;

/**
 * The sub-region and region of a country (ids of `getRegion`), nearest first. Built once for
 * every country: counting cases by region asks this for each case's countries.
 */
export function regionsOf(code: string): readonly string[] {
  regionsByCode ??= new Map(
    worldCountries.map((c) => [c.cca2, [c.subregion, c.region].filter((r) => r !== '').map(slug)]),
  );
  return regionsByCode.get(code) ?? [];
}
