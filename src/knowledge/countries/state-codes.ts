import { iso31662 } from 'iso-3166';

/** A state or province a two-letter code stands for, and its country. */
export interface StateReading {
  name: string;
  /** ISO 3166-1 alpha-2 of its country. */
  country: string;
}

/**
 * Countries whose states people name by a two-letter postal code in chat ("TX", "CA", "WA",
 * "BC", "NSW" is three letters and a name of its own).
 */
const POSTAL_COUNTRIES = ['US', 'CA', 'AU'];

let table: Map<string, StateReading[]> | undefined;

/**
 * The states and provinces a code in capitals may stand for, from `iso-3166`'s subdivisions,
 * the United States' first: "CA" is California, "WA" Washington and Western Australia.
 */
export function stateReadings(code: string): readonly StateReading[] {
  if (!table) {
    table = new Map();
    for (const country of POSTAL_COUNTRIES)
      for (const { code: full, name, parent } of iso31662) {
        const [of, short] = full.split('-');
        if (of !== country || parent !== country || !short || !/^[A-Z]{2}$/u.test(short)) continue;
        table.set(short, [...(table.get(short) ?? []), { name, country }]);
      }
  }
  return table.get(code) ?? [];
}
