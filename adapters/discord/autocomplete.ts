import type { CountryCount } from '../../src/index.js';
import { truncate } from '../shared/truncate.js';

export const DISCORD_MAX_CHOICES = 25;
export const DISCORD_MAX_CHOICE_NAME = 100;
export const DISCORD_MAX_CHOICE_VALUE = 100;

export interface AutocompleteChoice {
  name: string;
  value: string;
}

function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isSubsequence(needle: string, haystack: string): boolean {
  let i = 0;
  for (const ch of haystack) if (ch === needle[i]) i++;
  return i === needle.length;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower is better; `undefined` means no match. Prefixes beat substrings beat typos. */
function score(query: string, country: CountryCount): number | undefined {
  const name = normalise(country.name);
  if (name === query) return 0;
  if (country.code.toLowerCase() === query) return 1;
  if (name.startsWith(query)) return 2;
  if (name.split(' ').some((word) => word.startsWith(query))) return 3;
  if (name.includes(query)) return 4;
  const typos = editDistance(query, name.slice(0, query.length));
  if (query.length >= 3 && typos <= Math.max(1, Math.floor(query.length / 4))) return 5 + typos;
  if (query.length >= 3 && isSubsequence(query.replace(/ /g, ''), name)) return 8;
  return undefined;
}

/**
 * Country choices for what the user has typed so far: fuzzy (prefixes, words, typos,
 * abbreviations), most relevant first, then most cases. At most 25; empty input lists the
 * countries with the most cases. The value is the country's name, which the core resolves.
 */
export function countryChoices(countries: readonly CountryCount[], typed: string): AutocompleteChoice[] {
  const query = normalise(typed);
  const ranked = countries
    .map((country, order) => ({ country, order, score: query === '' ? 0 : score(query, country) }))
    .filter((r): r is typeof r & { score: number } => r.score !== undefined)
    .sort((a, b) => a.score - b.score || b.country.count - a.country.count || a.order - b.order);
  return ranked.slice(0, DISCORD_MAX_CHOICES).map(({ country }) => ({
    name: truncate(
      `${country.flag} ${country.name} (${country.count} ${country.count === 1 ? 'case' : 'cases'})`,
      DISCORD_MAX_CHOICE_NAME,
    ),
    value: truncate(country.name, DISCORD_MAX_CHOICE_VALUE),
  }));
}
