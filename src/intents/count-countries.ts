import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import type { CountryCount } from '../replies/reply.js';

/** Countries that have cases, with counts: most cases first, then by name. */
export function countCountries(cases: readonly Case[]): CountryCount[] {
  const counts = new Map<string, number>();
  for (const c of cases) for (const code of c.countries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => {
      const country = getCountry(code);
      return { code, name: country?.name ?? code, flag: country?.flag ?? '', count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
