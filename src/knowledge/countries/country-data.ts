import { isCommonWord } from './common-words.js';
import {
  ABBREVIATIONS,
  ALIAS_OVERRIDES,
  BLOCKERS,
  GOVERNMENT_FORM,
  MESSAGE_ALIASES,
  NEEDS_CONTEXT,
} from './country-supplements.js';
import { nameKey } from './tokenize.js';
import { worldCountries } from './world-countries.js';

/** A country as the bot shows and understands it. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** Common English name, e.g. "South Korea", "United States". */
  name: string;
  /** Flag emoji. */
  flag: string;
  /** Lower-case names users may type: names, short and official forms, spellings, demonyms. */
  aliases: string[];
}

/** What a folded name means: a country, or several (then it names none). */
export interface NameEntry {
  kind: 'name' | 'demonym' | 'blocker';
  code?: string;
  /** Also an everyday word or a personal name: counts in case text only with context. */
  needsContext: boolean;
  /** A name in another language ("Corea del Sur", "Deutschland"): read in messages, not in case text. */
  queryOnly?: true;
  /** For a name several countries share ("Congo"): each of them, so a reply can ask which. */
  codes?: string[];
}

// Lower tier wins a name claimed by several countries: 0 the country's own names, 1 spellings
// and demonyms from the data, 2 short forms derived here, 3 names in other languages.
type Tier = 0 | 1 | 2 | 3;
interface Claim {
  code: string;
  tier: Tier;
  kind: 'name' | 'demonym';
  independent: boolean;
}

const LATIN = /^[\p{Script=Latin}\p{M}\p{P}\p{Zs}\d]+$/u;

function shortForms(name: string): string[] {
  const forms = [name];
  // "Korea, Republic of" → "Republic of Korea"; "Virgin Islands, British" → "British Virgin Islands"
  const comma = /^([^,]+), ([^,]+)$/.exec(name);
  if (comma?.[1] && comma[2] && (/\bof(?: the)?$/i.test(comma[2]) || !comma[2].includes(' '))) {
    forms.splice(0, 1, `${comma[2]} ${comma[1]}`, comma[1]);
  }
  for (const form of [...forms]) {
    const stripped = form.replace(GOVERNMENT_FORM, '');
    if (stripped !== form) forms.push(stripped);
    if (/^(saint|st\.?) /i.test(form))
      forms.push(form.replace(/^(saint|st\.?) /i, 'Saint '), form.replace(/^\S+ /, 'St '));
  }
  return forms;
}

function demonymForms(demonym: string): string[] {
  const forms: string[] = [];
  for (const one of demonym.split(/,\s*/)) {
    if (!one) continue;
    forms.push(one);
    if (/(an|i|er)$/.test(one)) forms.push(`${one}s`);
  }
  return forms;
}

/**
 * An other spelling that is an everyday English word: Iceland's own name "Ísland" folds to
 * "island", which in "small island states" is no country. Its English names still count.
 */
function isEverydayAlt(alt: string): boolean {
  return isEverydayWord(alt, 20);
}

/** A one-word name that is an English word at most this rare ("Indie" is India in Italian). */
function isEverydayWord(name: string, maxSize: number): boolean {
  const key = nameKey(name);
  return !key.includes(' ') && isCommonWord(key, maxSize);
}

function collectClaims(): Map<string, Claim[]> {
  const claims = new Map<string, Claim[]>();
  const add = (name: string, claim: Claim): void => {
    if (!LATIN.test(name)) return;
    // "The Netherlands" is found as "Netherlands", so that "the" never starts a name.
    const key = nameKey(name).replace(/^the /, '');
    if (key.replaceAll(' ', '').length < 3) return;
    const list = claims.get(key) ?? [];
    if (!list.some((c) => c.code === claim.code && c.tier <= claim.tier)) list.push(claim);
    claims.set(key, list);
  };
  for (const country of worldCountries) {
    const base = { code: country.cca2, independent: country.independent };
    for (const [tier, names] of [
      [0, [country.name.common, country.name.official]],
      [1, country.altSpellings.filter((alt) => alt !== country.cca2 && !isEverydayAlt(alt))],
    ] as const) {
      for (const name of names) {
        for (const [index, form] of shortForms(name).entries()) {
          add(form, { ...base, kind: 'name', tier: index === 0 ? tier : 2 });
        }
      }
    }
    for (const demonym of [country.demonyms.eng?.m, country.demonyms.eng?.f]) {
      for (const form of demonymForms(demonym ?? '')) add(form, { ...base, kind: 'demonym', tier: 1 });
    }
    // People writing from elsewhere name countries in their language: "Corea del Sur", "España".
    const foreign = [...Object.values(country.translations), ...Object.values(country.name.native ?? {})];
    for (const name of foreign) {
      if (!isEverydayWord(name.common, 60)) add(name.common, { ...base, kind: 'name', tier: 3 });
    }
  }
  for (const [name, code] of Object.entries(ALIAS_OVERRIDES)) {
    claims.set(nameKey(name), [{ code, tier: 0, kind: 'name', independent: true }]);
  }
  for (const [name, code] of Object.entries(MESSAGE_ALIASES)) {
    claims.set(nameKey(name), [{ code, tier: 3, kind: 'name', independent: true }]);
  }
  return claims;
}

/** One owner for a name, or undefined when it stays ambiguous ("Congo", "Dominican"). */
function resolveClaims(list: readonly Claim[]): Claim | undefined {
  const codes = new Set(list.map((c) => c.code));
  if (codes.size === 1) return list.reduce((best, c) => (c.tier < best.tier ? c : best));
  const own = list.filter((c) => c.tier === 0);
  if (new Set(own.map((c) => c.code)).size === 1) return own[0];
  // A dependency shares its sovereign's demonym ("French", "Dutch", "Norwegian").
  const independent = list.filter((c) => c.independent);
  if (new Set(independent.map((c) => c.code)).size === 1) return independent[0];
  return undefined;
}

function build() {
  const names = new Map<string, NameEntry>();
  const aliases = new Map<string, Set<string>>();
  for (const [key, list] of collectClaims()) {
    const owner = resolveClaims(list);
    if (!owner) {
      names.set(key, { kind: 'blocker', needsContext: false, codes: [...new Set(list.map((c) => c.code))] });
      continue;
    }
    const entry: NameEntry = { kind: owner.kind, code: owner.code, needsContext: NEEDS_CONTEXT.has(key) };
    if (owner.tier === 3) {
      names.set(key, { ...entry, queryOnly: true });
      continue;
    }
    names.set(key, entry);
    const set = aliases.get(owner.code) ?? new Set<string>();
    set.add(key);
    aliases.set(owner.code, set);
  }
  // "Australia and New Zealand" is a sub-region in the data, but names two countries.
  const regions = worldCountries
    .flatMap((c) => [c.subregion, c.region])
    .filter((r) => r && !r.includes(' and '));
  for (const blocker of [...BLOCKERS, ...regions]) {
    const key = nameKey(blocker);
    if (!names.has(key)) names.set(key, { kind: 'blocker', needsContext: false });
  }
  const abbreviations = new Map<string, { code: string; surfaces: readonly string[] }>();
  for (const [code, surfaces] of Object.entries(ABBREVIATIONS)) {
    for (const surface of surfaces) abbreviations.set(nameKey(surface), { code, surfaces });
    for (const surface of surfaces) aliases.get(code)?.add(surface.replaceAll(' ', '').toLowerCase());
  }
  const countries: CountryInfo[] = worldCountries.map((c) => ({
    code: c.cca2,
    name: c.name.common,
    flag: c.flag,
    aliases: [...(aliases.get(c.cca2) ?? [])],
  }));
  const byCode = new Map<string, CountryInfo>();
  for (const [index, info] of countries.entries()) {
    byCode.set(info.code, info);
    const alpha3 = worldCountries[index]?.cca3;
    if (alpha3) byCode.set(alpha3, info);
  }
  return { countries, byCode, names, abbreviations };
}

/** Country tables built once from `world-countries` (about 250 countries: a few milliseconds). */
export const countryData = build();
