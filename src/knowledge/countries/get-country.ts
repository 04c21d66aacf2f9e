import { type CountryInfo, countryData } from './country-data.js';

/** A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case ("kr", "KOR"). */
export function getCountry(code: string): CountryInfo | undefined {
  return countryData.byCode.get(code.trim().toUpperCase());
}
