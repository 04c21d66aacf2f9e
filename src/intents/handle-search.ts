import { defaultSort } from '../conversation/default-sort.js';
import { withCountry } from '../conversation/refine-intent.js';
import { getCountry, suggestCountries } from '../knowledge/countries/index.js';
import { buildResultsReply } from '../replies/build-results-reply.js';
import type { ReplyAction, ReplyContent } from '../replies/reply.js';
import { tokenizeQuery } from '../search/tokenize.js';
import type { BotDeps } from './bot-deps.js';
import { buildFilterMenus } from './build-filter-menus.js';
import { caseCount, describeRequest } from './describe-request.js';
import { formatCommand } from './format-command.js';
import type { Filters, Intent } from './intent.js';
import { emptyPart, relaxRequest } from './relax-request.js';
import { selectCases } from './select-cases.js';

type SearchIntent = Extract<Intent, { type: 'search' }>;

/** Names of the known countries nearest to what the user typed. */
export function nearestKnownCountries(deps: BotDeps, typed: string): string[] {
  const known = deps.countries.map((c) => c.code);
  return suggestCountries(typed, { candidates: known, limit: 3 }).map(
    (code) => getCountry(code)?.name ?? code,
  );
}

function listIn(name: string): string {
  return `country ${name}`;
}

/** "No health cases from Serbia": the heading of an empty answer. */
export function noneHeading(query: string, filters: Filters): string {
  const described = describeRequest(query, filters);
  return `No ${described.startsWith('Cases') ? described.charAt(0).toLowerCase() + described.slice(1) : described}`;
}

/**
 * An empty answer that is no dead end: which part emptied it, and each part taken off with the
 * cases then found, as commands ("Any year: 3 cases").
 */
export function emptyAnswer(
  intent: Intent,
  deps: BotDeps,
  request: { query: string; filters: Filters },
  remake: (query: string, filters: Filters) => Intent,
): Extract<ReplyContent, { type: 'not-found' }> {
  const { query, filters } = request;
  const relaxations = relaxRequest(deps, query, filters);
  const why = emptyPart(deps, query, filters);
  const lines: string[] = [];
  if (why) lines.push(why);
  const near = relaxations.filter((r) => !r.part.startsWith('the '));
  const without = relaxations.filter((r) => r.part.startsWith('the '));
  if (near.length > 0)
    lines.push(`Nearby: ${near.map((r) => `${r.part} (${caseCount(r.count)})`).join(', ')}.`);
  if (without.length > 0)
    lines.push(without.map((r) => `Without ${r.part}: ${caseCount(r.count)}.`).join(' '));
  const actions: ReplyAction[] = relaxations.map((r) => ({
    type: 'relax',
    label: r.label,
    command: formatCommand(remake(r.query, r.filters)),
  }));
  const suggestions: string[] = [];
  if (relaxations.length === 0) {
    // Nothing to take off: maybe a misspelt place, else broader words.
    for (const word of tokenizeQuery(query).map((t) => t.typed))
      for (const name of nearestKnownCountries(deps, word))
        if (!suggestions.includes(listIn(name))) suggestions.push(listIn(name));
    if (suggestions.length > 0)
      lines.push(`Did you mean ${suggestions.map((s) => s.slice('country '.length)).join(' or ')}?`);
    else
      lines.push(
        'Try fewer or different words, a broader topic (health, climate, AI, participation), or a country.',
      );
    suggestions.push('countries', 'random');
  }
  return {
    type: 'not-found',
    intent,
    heading: noneHeading(query, filters),
    message: lines.join(' '),
    suggestions,
    cases: [],
    total: 0,
    actions,
  };
}

function unknownPlace(intent: SearchIntent, deps: BotDeps, typed: string): ReplyContent {
  const nearest = nearestKnownCountries(deps, typed);
  return {
    type: 'not-found',
    intent,
    heading: `I don't know a country called “${typed}”`,
    message:
      nearest.length > 0
        ? `Did you mean ${nearest.join(', ')}?`
        : 'Say “countries” to see every country with cases.',
    suggestions: [...nearest.map(listIn), 'countries'],
    cases: [],
    total: 0,
    actions: [],
  };
}

export function handleSearch(intent: SearchIntent, deps: BotDeps): ReplyContent {
  if (intent.unknownPlace !== undefined) return unknownPlace(intent, deps, intent.unknownPlace);
  const ranked = selectCases(deps, intent.query, intent.filters, intent.sort);
  if (ranked.total === 0) {
    const keepSort = intent.sort !== defaultSort(intent.query, intent.filters);
    return emptyAnswer(intent, deps, intent, (query, filters) =>
      withCountry({
        type: 'search',
        query,
        filters,
        sort: keepSort ? intent.sort : defaultSort(query, filters),
        page: 1,
      }),
    );
  }
  const reply = buildResultsReply({
    intent,
    heading: describeRequest(intent.query, intent.filters, intent.sort),
    ranked,
    commandFor: (page) => formatCommand({ ...intent, page }),
    ...(intent.count ? { pageSize: intent.count } : {}),
    ...(intent.skip ? { skip: intent.skip } : {}),
  });
  if (deps.filterMenus === false) return reply;
  const menus = buildFilterMenus(intent, ranked, deps);
  if (menus.length > 0) reply.menus = menus;
  return reply;
}
