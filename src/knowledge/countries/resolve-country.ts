import { countryData } from './country-data.js';
import { getCountry } from './get-country.js';
import { nameKey } from './tokenize.js';

/**
 * What a user typed as a country → its alpha-2 code, or undefined. The whole text must be a name,
 * short or official form, spelling, demonym, abbreviation or ISO code of one country, in any case
 * and with or without accents: "Korea", "south korea", "the US", "USA", "UK", "Britain", "Türkiye",
 * "turkey", "KR", "kor", "Korean". Names shared by several countries ("Congo") give undefined.
 */
export function resolveCountry(text: string): string | undefined {
  const key = nameKey(text).replace(/^the /, '');
  if (!key) return undefined;
  const name = countryData.names.get(key);
  if (name) return name.code;
  const abbreviation = countryData.abbreviations.get(key);
  if (abbreviation) return abbreviation.code;
  return /^[a-z]{2,3}$/.test(key) ? getCountry(key)?.code : undefined;
}
