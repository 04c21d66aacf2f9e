import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { getRegion, regionsOf } from '../knowledge/regions/build-regions.js';
import type { BotDeps } from './bot-deps.js';
import type { Facet, Filters } from './intent.js';

/** The values of a facet one case has: its countries, its topics, its year, its level. */
export function valuesOf(c: Case, facet: Facet, deps: Pick<BotDeps, 'levels'>): string[] {
  switch (facet) {
    case 'country':
      return c.countries;
    case 'region':
      // Continents (world-countries' regions): every case counts once in each it is in.
      return [...new Set(c.countries.flatMap((code) => regionsOf(code).slice(-1)))];
    case 'topic':
      return c.tags;
    case 'year':
      return c.year === undefined ? [] : [String(c.year)];
    case 'level': {
      const level = deps.levels.get(c.id);
      return level ? [level] : [];
    }
    default: {
      const unreachable: never = facet;
      return unreachable;
    }
  }
}

export function nameOf(facet: Facet, key: string): string {
  if (facet === 'region') return getRegion(key)?.label ?? key;
  return facet === 'country' ? (getCountry(key)?.name ?? key) : key;
}

export function labelOf(facet: Facet, key: string): string {
  if (facet === 'region') return nameOf(facet, key);
  if (facet !== 'country') return key;
  const country = getCountry(key);
  return country ? `${country.flag} ${country.name}`.trim() : key;
}

/** The filters narrowed to one value of a facet: what its line lists. */
export function narrowed(filters: Filters, facet: Facet, key: string): Filters {
  switch (facet) {
    case 'country': {
      const { region: _region, ...rest } = filters;
      return { ...rest, countries: [key] };
    }
    case 'region': {
      const { countries: _countries, ...rest } = filters;
      return { ...rest, region: key };
    }
    case 'topic':
      return { ...filters, topic: key };
    case 'year':
      return { ...filters, years: { from: Number(key), to: Number(key) } };
    case 'level':
      return { ...filters, level: key as Filters['level'] & string };
    default: {
      const unreachable: never = facet;
      return unreachable;
    }
  }
}
