import type { Case } from '../knowledge/case.js';
import { getCountry, suggestCountries } from '../knowledge/countries/index.js';
import { buildResultsReply } from '../replies/build-results-reply.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { formatCommand } from './format-command.js';
import type { Intent } from './intent.js';

type CountryIntent = Extract<Intent, { type: 'country' }>;

/** Newest first: what a country did lately is what people ask about. */
function byRecency(a: Case, b: Case): number {
  return (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title);
}

/** Names of the known countries nearest to what the user typed. */
export function nearestKnownCountries(deps: BotDeps, typed: string): string[] {
  const known = deps.countries.map((c) => c.code);
  return suggestCountries(typed, { candidates: known, limit: 3 }).map(
    (code) => getCountry(code)?.name ?? code,
  );
}

export function handleCountry(intent: CountryIntent, deps: BotDeps): ReplyContent {
  const code = intent.country;
  const cases = code ? deps.cases.filter((c) => c.countries.includes(code)).sort(byRecency) : [];
  if (code && cases.length > 0) {
    const country = getCountry(code);
    return buildResultsReply({
      intent,
      heading: `Cases from ${country?.flag ? `${country.flag} ` : ''}${country?.name ?? code}`,
      ranked: cases.map((c) => ({ case: c })),
      commandFor: (page) => formatCommand({ ...intent, page }),
    });
  }
  const nearest = nearestKnownCountries(deps, intent.countryName);
  const heading = code
    ? `No cases from ${getCountry(code)?.name ?? code} yet`
    : `I don't know a country called “${intent.countryName}”`;
  return {
    type: 'not-found',
    intent,
    heading,
    message:
      nearest.length > 0
        ? `Did you mean ${nearest.join(', ')}?`
        : 'Say “countries” to see every country with cases.',
    suggestions: [...nearest.map((name) => `country ${name}`), 'countries'],
    cases: [],
    total: 0,
    actions: [],
  };
}

export function handleCountries(intent: Extract<Intent, { type: 'countries' }>, deps: BotDeps): ReplyContent {
  const countries = [...deps.countries];
  return {
    type: 'countries',
    intent,
    heading: `${countries.length} countries with cases`,
    countries,
    cases: [],
    total: countries.length,
    actions: [],
  };
}
