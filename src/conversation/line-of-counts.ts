import type { BotDeps } from '../intents/bot-deps.js';
import { countLines } from '../intents/count-lines.js';
import { narrowed } from '../intents/facet-values.js';
import type { Intent } from '../intents/intent.js';
import { selectedCases } from '../intents/select-cases.js';
import { defaultSort } from './default-sort.js';
import { withCountry } from './refine-intent.js';

/**
 * "the first one", "the last one" after a breakdown ("top topics", "which country has the most"):
 * no case was shown, but lines were, each listing its cases; the line at that place (0-based, -1
 * the last) is the list meant, with its label. Undefined when the last answer was no breakdown or
 * has no such line.
 */
export function lineOfCounts(
  last: Intent,
  index: number,
  deps: BotDeps,
): { label: string; intent: Intent } | undefined {
  if (last.type !== 'count' || last.by === undefined) return undefined;
  const { lines } = countLines(selectedCases(deps, last.query, last.filters), last.by, last.filters, deps);
  const line = index < 0 ? lines.at(index) : lines[index];
  if (!line) return undefined;
  const filters = narrowed(last.filters, last.by, line.key);
  return {
    label: line.label,
    intent: withCountry({
      type: 'search',
      query: last.query,
      filters,
      sort: defaultSort(last.query, filters),
      page: 1,
    }),
  };
}
