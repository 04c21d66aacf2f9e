import { getCountry } from '../knowledge/countries/index.js';
import { buildResultsReply, type RankedCase } from '../replies/build-results-reply.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { formatCommand } from './format-command.js';
import type { Intent } from './intent.js';

type SearchIntent = Extract<Intent, { type: 'search' }>;

function inCountry(ranked: RankedCase[], country: string | undefined): RankedCase[] {
  return country ? ranked.filter((r) => r.case.countries.includes(country)) : ranked;
}

/** Cases matching free text, best first, narrowed to a country when one is given. */
export function rankSearch(deps: BotDeps, query: string, country?: string): RankedCase[] {
  const ranked: RankedCase[] = [];
  for (const hit of deps.index.search(query)) {
    const c = deps.byId.get(hit.id);
    if (c) ranked.push({ case: c, hit });
  }
  return inCountry(ranked, country);
}

export function handleSearch(intent: SearchIntent, deps: BotDeps): ReplyContent {
  // One search: the same hits say whether the query finds anything outside the country.
  const everywhere = rankSearch(deps, intent.query);
  const ranked = inCountry(everywhere, intent.country);
  const where = intent.country ? ` in ${getCountry(intent.country)?.name ?? intent.country}` : '';
  if (ranked.length > 0) {
    return buildResultsReply({
      intent,
      heading: `Cases matching “${intent.query}”${where}`,
      ranked,
      commandFor: (page) => formatCommand({ ...intent, page }),
    });
  }
  const suggestions: string[] = [];
  if (intent.country) {
    if (everywhere.length > 0) suggestions.push(`search ${intent.query}`);
    suggestions.push(formatCommand({ type: 'country', country: intent.country, countryName: '', page: 1 }));
  }
  suggestions.push('countries', 'random');
  return {
    type: 'not-found',
    intent,
    heading: `No cases matching “${intent.query}”${where}`,
    message:
      'Try fewer or different words, a broader topic (health, climate, AI, participation), or a country.',
    suggestions,
    cases: [],
    total: 0,
    actions: [],
  };
}
