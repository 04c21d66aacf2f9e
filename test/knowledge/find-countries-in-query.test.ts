import { describe, expect, it } from 'vitest';
import {
  findCountriesInQuery,
  findCountryInQuery,
  type QueryCountry,
} from '../../src/knowledge/countries/index.js';

/** The countries as found one at a time, each name blanked before the next look. */
function oneAtATime(text: string): QueryCountry[] {
  let masked = text;
  const found: QueryCountry[] = [];
  for (let next = findCountryInQuery(masked, text); next; next = findCountryInQuery(masked, text)) {
    found.push(next);
    masked = masked.slice(0, next.start) + ' '.repeat(next.end - next.start) + masked.slice(next.end);
  }
  return found;
}

describe('findCountriesInQuery', () => {
  it.each([
    'ai in Korea and Japan',
    'south korea, north korea or korea',
    'cases from the U.S. and the UK',
    'BE and NL',
    'ai in United States & ME',
    'cases from ME, ML',
    'kr ai',
    'Paris, Seoul and Austin',
    'Central African Republic and Chad',
    'open data in new zealand, australia, fiji and samoa since 2020',
    'nothing here',
  ])('finds what reading one country at a time finds: %s', (text) => {
    expect(findCountriesInQuery(text)).toEqual(oneAtATime(text));
  });

  it('stops at the most asked for', () => {
    expect(findCountriesInQuery('France, Spain, Italy', undefined, 2).map((c) => c.code)).toEqual([
      'FR',
      'ES',
    ]);
  });
});
