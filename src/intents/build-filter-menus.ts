import { defaultSort } from '../conversation/default-sort.js';
import { withCountry } from '../conversation/refine-intent.js';
import type { Case } from '../knowledge/case.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import type { FilterMenu, FilterOption } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { filterWords, formatCommand } from './format-command.js';
import { labelOf, nameOf, narrowed, valuesOf } from './handle-count.js';
import type { Filters, Intent } from './intent.js';
import { countCases } from './select-cases.js';

type SearchIntent = Extract<Intent, { type: 'search' }>;

/**
 * Options kept per menu, most cases first: Slack's cap on a menu's options, and more than any
 * person reads. Each option costs a command (and its check that it reads back), so the cap also
 * bounds what a list of results costs.
 */
export const MAX_MENU_OPTIONS = 100;

/** Topics a command can name: the taxonomy's labels (a collection's own tags read as words). */
const TOPICS: ReadonlySet<string> = new Set(TAXONOMY.map((t) => t.label));

const PLACEHOLDERS: Readonly<Record<FilterMenu['facet'], string>> = {
  country: 'Filter by country',
  topic: 'Filter by topic',
  year: 'Filter by year',
};

/** Filters compared as the command words they read as, which say each filter one way. */
function sameFilters(a: Filters, b: Filters): boolean {
  return filterWords(a) === filterWords(b);
}

/**
 * The filters of a search or list as menus, from the cases it matched (all of them, not one
 * page): per country, topic and year, how many of those cases have it, and the command that asks
 * the same question with that filter. Only values some matched case has are offered, so no
 * option leads to an empty answer; an option that would ask the same question again is left out,
 * and so is a menu left with no option. A sort the person chose is kept; else the narrowed
 * question gets its own default sort, as a typed one would.
 */
export function buildFilterMenus(
  intent: SearchIntent,
  matched: readonly Case[],
  deps: BotDeps,
): FilterMenu[] {
  const keepSort = intent.sort !== defaultSort(intent.query, intent.filters);
  const menus: FilterMenu[] = [];
  for (const facet of ['country', 'topic', 'year'] as const) {
    const counts = new Map<string, number>();
    for (const c of matched)
      for (const key of new Set(valuesOf(c, facet, deps)))
        if (facet !== 'topic' || TOPICS.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    // Without words, a topic is searched by its name before its tag is checked (`selectCases`),
    // so a case tagged with it may not be found: such options are counted as they will be run.
    const searchesTopic = facet === 'topic' && intent.query === '';
    const ranked = [...counts]
      .map(([key, tagged]) => {
        const filters = narrowed(intent.filters, facet, key);
        const count = searchesTopic ? countCases(deps, intent.query, filters) : tagged;
        return { key, count, filters };
      })
      .filter((o) => o.count > 0 && o.count < matched.length && !sameFilters(o.filters, intent.filters))
      .sort(
        (a, b) =>
          b.count - a.count ||
          (facet === 'year'
            ? Number(b.key) - Number(a.key)
            : nameOf(facet, a.key).localeCompare(nameOf(facet, b.key))),
      )
      .slice(0, MAX_MENU_OPTIONS);
    const options: FilterOption[] = ranked.map(({ key, count, filters }) => ({
      key,
      label: labelOf(facet, key),
      count,
      command: formatCommand(
        withCountry({
          type: 'search',
          query: intent.query,
          filters,
          sort: keepSort ? intent.sort : defaultSort(intent.query, filters),
          page: 1,
        }),
      ),
    }));
    if (options.length > 0) menus.push({ facet, placeholder: PLACEHOLDERS[facet], options });
  }
  return menus;
}
