import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryData } from '../../src/knowledge/countries/country-data.js';
import {
  countriesSharingName,
  findCountryInQuery,
  getCountry,
  inferCountries,
  resolveCountry,
  suggestCountries,
} from '../../src/knowledge/countries/index.js';

describe('getCountry and the country table', () => {
  it.each([
    ['KR', 'South Korea'],
    ['kr', 'South Korea'],
    ['KOR', 'South Korea'],
    ['usa', 'United States'],
    ['GB', 'United Kingdom'],
    [' tr ', 'Türkiye'],
  ])('%s → %s', (code, name) => {
    expect(getCountry(code)?.name).toBe(name);
  });

  it('gives the flag and the lower-case aliases users type', () => {
    const korea = getCountry('KR');
    expect(korea?.flag).toBe('🇰🇷');
    expect(korea?.aliases).toEqual(
      expect.arrayContaining(['korea', 'south korea', 'republic of korea', 'korean']),
    );
    expect(getCountry('TR')?.aliases).toEqual(expect.arrayContaining(['turkey', 'turkiye', 'turkish']));
    expect(getCountry('US')?.aliases).toEqual(expect.arrayContaining(['united states', 'usa', 'american']));
    for (const country of countryData.countries) {
      for (const alias of country.aliases) expect(alias).toBe(alias.toLowerCase());
    }
  });

  it('knows nothing of unknown codes', () => {
    expect(getCountry('XX')).toBeUndefined();
    expect(getCountry('')).toBeUndefined();
    expect(getCountry('EU')).toBeUndefined();
  });

  it('lists every ISO 3166-1 country once, with a two-letter code', () => {
    const countries = countryData.countries;
    expect(countries.length).toBeGreaterThanOrEqual(240);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    for (const country of countries) expect(country.code).toMatch(/^[A-Z]{2}$/);
  });
});

describe('resolveCountry', () => {
  it.each([
    ['Korea', 'KR'],
    ['south korea', 'KR'],
    ['Republic of Korea', 'KR'],
    ['Korean', 'KR'],
    ['KR', 'KR'],
    ['kor', 'KR'],
    ['North Korea', 'KP'],
    ['the US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['United States of America', 'US'],
    ['American', 'US'],
    ['UK', 'GB'],
    ['Britain', 'GB'],
    ['Great Britain', 'GB'],
    ['England', 'GB'],
    ['Türkiye', 'TR'],
    ['Turkiye', 'TR'],
    ['turkey', 'TR'],
    ['Côte d’Ivoire', 'CI'],
    ["cote d'ivoire", 'CI'],
    ['Ivory Coast', 'CI'],
    ['the Netherlands', 'NL'],
    ['Holland', 'NL'],
    ['ROK', 'KR'],
    ['Aussie', 'AU'],
    ['Czech Republic', 'CZ'],
    ['Viet Nam', 'VN'],
    ['Cape Verde', 'CV'],
    ['Cabo Verde', 'CV'],
    ['Burma', 'MM'],
    ['DRC', 'CD'],
    ['Republic of the Congo', 'CG'],
    ['georgia', 'GE'],
    ['  France? ', 'FR'],
    ['French', 'FR'],
    ['Bogotá', undefined],
    ['Congo', undefined],
    ['EU', undefined],
    ['Narnia', undefined],
    ['', undefined],
    ['korea and japan', undefined],
  ])('%j → %s', (typed, code) => {
    expect(resolveCountry(typed)).toBe(code);
  });
});

describe('suggestCountries', () => {
  it.each([
    ['Koreaa', 'KR'],
    ['Urugay', 'UY'],
    ['Frnace', 'FR'],
    ['Germny', 'DE'],
    ['Untied States', 'US'],
    ['Phillipines', 'PH'],
    ['Brasil', 'BR'],
    ['Columbia', 'CO'],
    ['cote divoire', 'CI'],
  ])('%s → %s first', (typed, code) => {
    expect(suggestCountries(typed)[0]).toBe(code);
  });

  it('gives nothing for names close to no country', () => {
    expect(suggestCountries('Narnia')).toEqual([]);
    expect(suggestCountries('zzz')).toEqual([]);
    expect(suggestCountries('')).toEqual([]);
  });

  it('offers both countries for an ambiguous name', () => {
    expect(suggestCountries('Congo').sort()).toEqual(['CD', 'CG']);
  });

  it('keeps to the candidates and the limit', () => {
    expect(suggestCountries('Koreaa')).toEqual(['KR', 'KP']);
    expect(suggestCountries('Koreaa', { candidates: ['KP', 'UY'] })).toEqual(['KP']);
    expect(suggestCountries('Austrlia')).toEqual(['AU', 'AT']);
    expect(suggestCountries('Austrlia', { limit: 1 })).toEqual(['AU']);
    expect(suggestCountries('Austrlia', { candidates: ['at', 'FR'] })).toEqual(['AT']);
    expect(suggestCountries('Urugay', { candidates: ['KR', 'FR'] })).toEqual([]);
  });
});

describe('names in other languages', () => {
  it('are read in a message, never in case text, and never suggested from', () => {
    expect(findCountryInQuery('cases from Corea del Sur')?.code).toBe('KR');
    expect(findCountryInQuery('Deutschland digital')?.code).toBe('DE');
    expect(
      inferCountries('A partnership with Alemania Digital, a firm, and the city of Corea del Sur Street.'),
    ).toEqual([]);
    expect(suggestCountries('Alemanja')).toEqual([]);
    // An English word that is a country's name elsewhere ("Indie" is India in Italian) stays a word.
    expect(findCountryInQuery('indie game studios')).toBeUndefined();
  });
});

describe('findCountryInQuery', () => {
  it.each([
    ['AI projects in Korea', 'KR', 'Korea'],
    ['cases from the UK on health', 'GB', 'UK'],
    ['what has Uruguay done?', 'UY', 'Uruguay'],
    ['initiatives in New South Wales', 'AU', 'New South Wales'],
    ['initiatives in the US', 'US', 'US'],
    ['projects in the us', 'US', 'us'],
    ['cases from the U.S. please', 'US', 'U.S.'],
    ['random case from Japan', 'JP', 'Japan'],
    ['digital government in papua new guinea', 'PG', 'papua new guinea'],
    ['projects in seoul', 'KR', 'seoul'],
    ['AI projects in KR', 'KR', 'KR'],
    ['korean ai projects', 'KR', 'korean'],
    ['cases in the Netherlands', 'NL', 'Netherlands'],
    ['what did Türkiye do', 'TR', 'Türkiye'],
    ['Chad', 'TD', 'Chad'],
    ['jordan health', 'JO', 'jordan'],
    ['georgia', 'GE', 'georgia'],
    ['turkey', 'TR', 'turkey'],
    ['cases from New Mexico', 'US', 'New Mexico'],
    // A code in capitals stands for its country anywhere, when it is no word and no acronym.
    ['list KR cases', 'KR', 'KR'],
    ['any NZ examples', 'NZ', 'NZ'],
    ['KR', 'KR', 'KR'],
    ['BE and NL cases', 'BE', 'BE'],
    ['CL and PE', 'CL', 'CL'],
  ])('%j → %s (%j)', (query, code, matched) => {
    const found = findCountryInQuery(query);
    expect(found).toEqual({
      code,
      start: query.indexOf(matched),
      end: query.indexOf(matched) + matched.length,
      matched,
    });
  });

  it.each([
    'show us cases about health',
    'AI projects',
    'projects in IT departments',
    'nice projects',
    'cases about Latin America',
    'congo',
    'help',
    '',
    'search telerehabilitation',
    'np, thanks',
    'HR cases',
    'TV licensing',
    'IS there any news',
    'ANY NEWS ON AI',
    'IT and open data',
    'be and me',
    'AI and HR',
  ])('%j names no country', (query) => {
    expect(findCountryInQuery(query)).toBeUndefined();
  });

  it('reads a lower-case code beside what is asked for as that country, marked as a guess', () => {
    expect(findCountryInQuery('kr cases')).toMatchObject({ code: 'KR', matched: 'kr', guessed: true });
  });

  it('prefers the longest name', () => {
    expect(findCountryInQuery('Guinea or Papua New Guinea')?.code).toBe('PG');
    expect(findCountryInQuery('Sudan and South Sudan')?.code).toBe('SS');
  });
});

describe('on any text', () => {
  const text = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc
      .array(
        fc.constantFrom(
          'in',
          'the',
          'US',
          'us',
          'Korea',
          'New',
          'South',
          'Wales',
          'Chad',
          "'s",
          ',',
          'U.S.',
          'é',
        ),
        {
          maxLength: 12,
        },
      )
      .map((words) => words.join(' ')),
  );

  it('never throws and gives known codes and true spans', () => {
    fc.assert(
      fc.property(text, (input) => {
        const resolved = resolveCountry(input);
        if (resolved) expect(getCountry(resolved)).toBeDefined();
        for (const code of suggestCountries(input)) expect(getCountry(code)).toBeDefined();
        const found = findCountryInQuery(input);
        if (found) {
          expect(getCountry(found.code)).toBeDefined();
          expect(input.slice(found.start, found.end)).toBe(found.matched);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('countriesSharingName', () => {
  it.each<[string, readonly string[] | undefined]>([
    ['Manchester', ['GB', 'JM', 'US']],
    ['cambridge', ['CA', 'GB', 'US']],
    ['Congo', ['CD', 'CG']],
    ['Punjab', ['PK', 'IN']],
    // One country's, or one far the largest, or no place: nothing to ask.
    ['London', undefined],
    ['Barcelona', undefined],
    ['France', undefined],
    ['health', undefined],
  ])('%s → %j', (name, codes) => {
    expect(countriesSharingName(name)).toEqual(codes);
  });
});
