import { getCountry } from '../knowledge/countries/index.js';
import type { RankedCase } from '../replies/build-results-reply.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { formatCommand } from './format-command.js';
import { nearestKnownCountries } from './handle-country.js';
import { rankSearch } from './handle-search.js';
import type { Intent } from './intent.js';

type RandomIntent = Extract<Intent, { type: 'random' }>;

export function handleRandom(intent: RandomIntent, deps: BotDeps): ReplyContent {
  const { country, topic } = intent;
  const pool: RankedCase[] = topic
    ? rankSearch(deps, topic, country)
    : deps.cases.filter((c) => !country || c.countries.includes(country)).map((c) => ({ case: c }));
  const where = country ? ` from ${getCountry(country)?.name ?? country}` : '';
  const about = topic ? ` about “${topic}”` : '';
  const picked = pool[Math.min(pool.length - 1, Math.floor(deps.random() * pool.length))];
  if (!picked) {
    const nearest = intent.countryName ? nearestKnownCountries(deps, intent.countryName) : [];
    return {
      type: 'not-found',
      intent,
      heading: `No cases${where}${about}`,
      message: 'Try another topic or country, or just “random”.',
      suggestions: [...nearest.map((name) => `random ${name}`), 'random', 'countries'],
      cases: [],
      total: 0,
      actions: [],
    };
  }
  const hit = toCaseHit(picked.case, picked.hit);
  return {
    type: 'results',
    intent,
    heading: `A random case${where}${about}`,
    cases: [hit],
    total: pool.length,
    page: 1,
    pageCount: 1,
    actions: [
      { type: 'details', label: 'Details', command: `show ${hit.id}` },
      { type: 'random', label: 'Another random case', command: formatCommand(intent) },
    ],
  };
}
