import { defaultSort } from '../conversation/default-sort.js';
import { withCountry } from '../conversation/refine-intent.js';
import type { Case } from '../knowledge/case.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import { TAXONOMY } from '../knowledge/taxonomy.js';
import type { FilterMenu, FilterOption } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { labelOf, nameOf, narrowed, valuesOf } from './facet-values.js';
import { formatCommand } from './format-command.js';
import type { Intent } from './intent.js';

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

/** Per bot (its `byId`), the ids of the cases a search for each topic's name finds. */
const foundByTopic = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/**
 * The cases `list topic <t>` can list: without words, a topic is searched by its name before its
 * tag is checked (`selectCases`). Searched once per topic and bot, since a list offers every
 * topic and a search over a large collection costs milliseconds.
 */
function foundForTopic(deps: BotDeps, topic: string): ReadonlySet<string> {
  let byTopic = foundByTopic.get(deps.byId);
  if (byTopic === undefined) {
    byTopic = new Map();
    foundByTopic.set(deps.byId, byTopic);
  }
  let found = byTopic.get(topic);
  if (found === undefined) {
    found = new Set(deps.search(topic).hits.map((h) => h.id));
    byTopic.set(topic, found);
  }
  return found;
}

/**
 * Whether the narrowed question lists a subset of the matched cases, so that counting them
 * among the matched is exact: a country within the place asked for, any year of the matched
 * (already in the range asked for), a topic when none was asked for.
 */
function narrows(intent: SearchIntent, facet: FilterMenu['facet'], key: string): boolean {
  const { countries, region, topic } = intent.filters;
  if (facet === 'topic') return topic === undefined && TOPICS.has(key);
  if (facet === 'year') return true;
  if (countries !== undefined && !countries.includes(key)) return false;
  return region === undefined || (getRegion(region)?.codes.has(key) ?? false);
}

/**
 * The filters of a search or list as menus, from the cases it matched (all of them, not one
 * page): per country, topic and year, how many of those cases the question with that filter
 * lists, and the command that asks it. Every option narrows the answer to cases that exist: no
 * option gives an empty answer, none lists every case again, and none changes the question into
 * another one (another topic than the one asked for, a country outside the place asked for); a
 * menu left with no option is left out. A sort the person chose is kept; else the narrowed
 * question gets its own default sort, as a typed one would.
 */
export function buildFilterMenus(
  intent: SearchIntent,
  matched: readonly Case[],
  deps: BotDeps,
): FilterMenu[] {
  // Every page of one question has the same menus: paging counts them once.
  let memo = menusByQuestion.get(deps.byId);
  if (memo === undefined) {
    memo = new Map();
    menusByQuestion.set(deps.byId, memo);
  }
  const key = JSON.stringify([intent.query, intent.filters, intent.sort]);
  let menus = memo.get(key);
  if (menus === undefined) {
    menus = countMenus(intent, matched, deps);
    if (memo.size >= MENUS_REMEMBERED) memo.delete(memo.keys().next().value ?? '');
  } else memo.delete(key);
  memo.set(key, menus);
  return menus;
}

/** Questions whose menus are remembered, per bot, least recently asked out first. */
const MENUS_REMEMBERED = 64;
const menusByQuestion = new WeakMap<object, Map<string, FilterMenu[]>>();

function countMenus(intent: SearchIntent, matched: readonly Case[], deps: BotDeps): FilterMenu[] {
  const keepSort = intent.sort !== defaultSort(intent.query, intent.filters);
  const menus: FilterMenu[] = [];
  for (const facet of ['country', 'topic', 'year'] as const) {
    const searchesTopic = facet === 'topic' && intent.query === '';
    // Each value's test is decided once (a list without words holds every case).
    const tests = new Map<string, ((c: Case) => boolean) | undefined>();
    const testOf = (key: string) => {
      if (!tests.has(key)) {
        const found = searchesTopic ? foundForTopic(deps, key) : undefined;
        tests.set(
          key,
          !narrows(intent, facet, key) ? undefined : found ? (c: Case) => found.has(c.id) : () => true,
        );
      }
      return tests.get(key);
    };
    const counts = new Map<string, number>();
    for (const c of matched) {
      const values = valuesOf(c, facet, deps);
      for (let i = 0; i < values.length; i++) {
        const key = values[i]!;
        // A value listed twice on one case counts once.
        if (values.indexOf(key) !== i || !testOf(key)?.(c)) continue;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    const ranked = [...counts]
      .filter(([, count]) => count < matched.length)
      .sort(
        ([a, countA], [b, countB]) =>
          countB - countA ||
          (facet === 'year' ? Number(b) - Number(a) : nameOf(facet, a).localeCompare(nameOf(facet, b))),
      )
      .slice(0, MAX_MENU_OPTIONS);
    const options: FilterOption[] = ranked.map(([key, count]) => {
      const filters = narrowed(intent.filters, facet, key);
      return {
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
      };
    });
    if (options.length > 0) menus.push({ facet, placeholder: PLACEHOLDERS[facet], options });
  }
  return menus;
}
