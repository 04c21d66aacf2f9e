import { describe, expect, it } from 'vitest';
import { countryChoices, DISCORD_MAX_CHOICES } from '../../../adapters/discord/autocomplete.js';
import type { CountryCount } from '../../../src/index.js';

const countries: CountryCount[] = [
  { code: 'FR', name: 'France', flag: '🇫🇷', count: 4 },
  { code: 'KR', name: 'South Korea', flag: '🇰🇷', count: 3 },
  { code: 'CO', name: 'Colombia', flag: '🇨🇴', count: 2 },
  { code: 'US', name: 'United States', flag: '🇺🇸', count: 2 },
  { code: 'GB', name: 'United Kingdom', flag: '🇬🇧', count: 1 },
  { code: 'CM', name: 'Cameroon', flag: '🇨🇲', count: 1 },
  { code: 'CI', name: "Côte d'Ivoire", flag: '🇨🇮', count: 1 },
];

const names = (typed: string) => countryChoices(countries, typed).map((c) => c.value);

describe('countryChoices', () => {
  it('lists the countries with most cases when nothing is typed', () => {
    expect(countryChoices(countries, '')[0]).toEqual({ name: '🇫🇷 France (4 cases)', value: 'France' });
    expect(names('  ')).toHaveLength(countries.length);
  });

  it.each([
    ['fr', ['France']],
    ['kor', ['South Korea']],
    ['united', ['United States', 'United Kingdom']],
    ['us', ['United States']],
    ['colmbia', ['Colombia']],
    ['cote', ["Côte d'Ivoire"]],
    ['utdkg', ['United Kingdom']],
    ['zz', []],
  ])('%j → %j', (typed, expected) => {
    expect(names(typed)).toEqual(expected);
  });

  it('ranks a name prefix before a mere substring or a code', () => {
    expect(names('co')).toEqual(['Colombia', "Côte d'Ivoire"]);
  });

  it('never offers more than 25 choices, each within 100 characters', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      code: `X${i}`,
      name: `Land ${'o'.repeat(90)} ${i}`,
      flag: '🏳️',
      count: i,
    }));
    const choices = countryChoices(many, 'land');
    expect(choices).toHaveLength(DISCORD_MAX_CHOICES);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices[0]?.value).toMatch(/59$/);
  });
});
