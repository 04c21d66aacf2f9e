import { type CountryInfo, countryData } from './country-data.js';

/** A country by ISO 3166-1 alpha-2 or alpha-3 code, in any case ("kr", "KOR"). */
export function getCountry(code: string): CountryInfo | undefined {
  return countryData.byCode.get(code.trim().toUpperCase());
}

/** Every country and territory in ISO 3166-1 (about 250), in the data's order. */
export function allCountries(): CountryInfo[] {
  return [...countryData.countries];
}
