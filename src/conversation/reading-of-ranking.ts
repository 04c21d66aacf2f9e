import type { BotDeps } from '../intents/bot-deps.js';
import { countLines } from '../intents/count-lines.js';
import { caseCount, listWords } from '../intents/describe-request.js';
import { nameOf } from '../intents/facet-values.js';
import type { Facet, Intent } from '../intents/intent.js';
import { selectedCases } from '../intents/select-cases.js';

const PLURALS: Readonly<Record<Facet, string>> = {
  country: 'countries',
  region: 'regions',
  topic: 'topics',
  year: 'years',
  level: 'levels',
};

/** More names than this that tie are counted, not named. */
const MAX_NAMED = 4;

/**
 * Which value leads a breakdown asked as a ranking ("most active country in Asia", "the busiest
 * year", "least covered topic"), said in words: the one with the most cases (the fewest, when
 * that was asked), ties said as ties, and a breakdown where all have as many said to have no
 * leader. Years are shown newest first, so the busiest year is worth saying most of all.
 */
export function readingOfRanking(
  intent: Extract<Intent, { type: 'count' }>,
  deps: BotDeps,
  fewest: boolean,
): string | undefined {
  const by = intent.by;
  if (by === undefined) return undefined;
  const { lines } = countLines(selectedCases(deps, intent.query, intent.filters), by, intent.filters, deps);
  if (lines.length === 0) return undefined;
  const name = (key: string) => (by === 'level' ? `the ${key} level` : nameOf(by, key));
  if (lines.length === 1) return `Only ${name(lines[0]!.key)} has any: ${caseCount(lines[0]!.count)}.`;
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const counts = lines.map((l) => l.count);
  const edge = fewest ? Math.min(...counts) : Math.max(...counts);
  const at = lines.filter((l) => l.count === edge);
  if (at.length === lines.length)
    return `${lines.length === 2 ? 'Both' : `All ${lines.length}`} ${PLURALS[by]} have ${caseCount(edge)} each: none leads.`;
  const most = fewest ? 'the fewest' : 'the most';
  if (at.length === 1) return `${capital(name(at[0]!.key))} has ${most}: ${caseCount(edge)}.`;
  const tied = at.length <= MAX_NAMED ? listWords(at.map((l) => name(l.key))) : `${at.length} ${PLURALS[by]}`;
  return `${capital(tied)} tie for ${most}, ${caseCount(edge)} each.`;
}
