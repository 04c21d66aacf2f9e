import { countryData } from './country-data.js';
import { placeTable } from './place-table.js';
import { nameKey } from './tokenize.js';

/**
 * The countries a place name may mean when it means several and none is far the likeliest:
 * "Congo" (two countries), "Manchester" (England's city, Jamaica's parish), "Cambridge". Undefined
 * for a name of one country or of none.
 */
export function countriesSharingName(name: string): readonly string[] | undefined {
  const key = nameKey(name);
  const country = countryData.names.get(key);
  if (country !== undefined)
    return country.codes !== undefined && country.codes.length > 1 ? country.codes : undefined;
  const table = placeTable();
  if (table.leaders.has(key)) return undefined;
  return table.shared.get(key);
}
