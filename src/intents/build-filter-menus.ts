import { defaultSort } from '../conversation/default-sort.js';
import { getRegion } from '../knowledge/regions/build-regions.js';
import type { RankedCases } from '../replies/build-results-reply.js';
import type { FilterMenu, FilterOption } from '../replies/reply.js';
import { MENU_FACETS, type MenuFacet } from '../search/facet-keys.js';
import type { BotDeps } from './bot-deps.js';
import { countFacets } from './count-facets.js';
import { narrowed } from './facet-values.js';
import { narrowedCommands } from './format-command.js';
import type { Intent } from './intent.js';
import type { ListedPositions } from './list-without-words.js';

type SearchIntent = Extract<Intent, { type: 'search' }>;

/**
 * Options kept per menu, most cases first: Discord's cap on a menu's options, and more than a
 * Slack message's menus budget holds. Each option costs a command and a label: the cap bounds
 * what the menus add to an answer besides the one pass that counts the matched cases.
 */
export const MAX_MENU_OPTIONS = 25;

const NOUNS: Readonly<Record<FilterMenu['facet'], string>> = {
  country: 'countries',
  topic: 'topics',
  year: 'years',
};

const PLACEHOLDERS: Readonly<Record<FilterMenu['facet'], string>> = {
  country: 'Filter by country',
  topic: 'Filter by topic',
  year: 'Filter by year',
};

/**
 * Whether the narrowed question lists a subset of the matched cases, so that counting them
 * among the matched is exact: a country within the place asked for, any year of the matched
 * (already in the range asked for), a topic when none was asked for. A topic's option lists the
 * matched cases tagged with it, with words or without (`selectCases`): its count among the
 * matched is exact, and no topic is searched here.
 */
function narrows(intent: SearchIntent, facet: FilterMenu['facet'], key: string): boolean {
  const { countries, region, topic } = intent.filters;
  if (facet === 'topic') return topic === undefined;
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
  matched: RankedCases | ListedPositions,
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

/**
 * Questions whose menus are remembered, per bot, least recently asked out first. Few: a page
 * is asked soon after the one before it, and counting again costs ~0.15 ms at 10k cases, while
 * 64 questions' menus (~13 KB each) kept ~0.8 MB of young objects alive for V8's minor
 * collections to copy, pauses that the slowest answers wait for.
 */
const MENUS_REMEMBERED = 8;
const menusByQuestion = new WeakMap<object, Map<string, FilterMenu[]>>();

/** Per collection, a working array of one count's sort keys, kept between answers (counting is synchronous). */
const sortKeys = new WeakMap<BotDeps['facets'], Float64Array>();

/**
 * The keys of `facet` some but not all matched cases have and whose option narrows the
 * question, most cases first, then by `order`: each as one number (fewer cases, then place),
 * sorted natively in an array kept between answers, not objects sorted by a comparison.
 */
function rankedKeys(
  intent: SearchIntent,
  facet: MenuFacet,
  counts: Uint32Array,
  total: number,
  deps: BotDeps,
): { ranked: number[]; values: number } {
  const table = deps.facets.menu;
  const size = table.keys.length;
  let keys = sortKeys.get(deps.facets);
  if (keys === undefined) {
    keys = new Float64Array(size);
    sortKeys.set(deps.facets, keys);
  }
  const [from, to] = table.ranges[facet];
  let values = 0;
  for (let k = from; k < to; k++) {
    const count = counts[k]!;
    if (count > 0 && count < total && narrows(intent, facet, table.keys[k]!))
      keys[values++] = (total - count) * size + table.order[k]!;
  }
  const sorted = keys.subarray(0, values).sort();
  const ranked: number[] = [];
  for (let i = 0; i < Math.min(values, MAX_MENU_OPTIONS); i++) ranked.push(table.byOrder[sorted[i]! % size]!);
  return { ranked, values };
}

function countMenus(
  intent: SearchIntent,
  matched: RankedCases | ListedPositions,
  deps: BotDeps,
): FilterMenu[] {
  const keepSort = intent.sort !== defaultSort(intent.query, intent.filters);
  const table = deps.facets.menu;
  const { counts, matched: total } = countFacets(deps.facets, matched);
  const menus: FilterMenu[] = [];
  for (const facet of MENU_FACETS) {
    const { ranked, values } = rankedKeys(intent, facet, counts, total, deps);
    if (ranked.length === 0) continue;
    // Every option's command is the same question with this filter: one sort for all of them.
    const filters = narrowed(intent.filters, facet, table.keys[ranked[0]!]!);
    const sort = keepSort ? intent.sort : defaultSort(intent.query, filters);
    // Quoted, not read back: menus hold many commands, and a quoted subject reads as written.
    const commandFor = narrowedCommands(
      { type: 'search', query: intent.query, filters, sort, page: 1 },
      facet,
    );
    menus.push({
      facet,
      placeholder: PLACEHOLDERS[facet],
      options: ranked.map(
        (k): FilterOption => ({
          key: table.keys[k]!,
          label: table.labels[k]!,
          count: counts[k]!,
          command: commandFor(table.keys[k]!),
        }),
      ),
      values,
      noun: NOUNS[facet],
    });
  }
  return menus;
}
