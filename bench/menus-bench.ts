// What filter menus add to an answer: the same questions asked of two bots over the same
// knowledge and index, one with menus and one without, each question timed on both in turn.
import type { Bot } from '../src/bot.js';
import type { KnowledgeBase } from '../src/knowledge/case.js';
import type { SearchIndexData } from '../src/search/build-search-index.js';
import { buildBenchQueries } from './bench-queries.js';
import { type LatencySummary, summariseLatencies } from './stats.js';
import { COUNTRIES, TAGS } from './synthetic-words.js';

/** The target: menus add at most this share to bot.answer's p50 and p99. */
export const MENUS_MAX_ADDED = 0.1;

/** Times each question is asked of each bot: a loaded machine's noise weighs less on p99. */
const ROUNDS = 3;

/** Fresh bots whose first list is timed: a first list once counted every topic by searching it. */
const FRESH_BOTS = 5;

export interface MenusSide {
  with: LatencySummary;
  without: LatencySummary;
}

export interface MenusRun {
  /** Times each question was timed on each side. */
  rounds: number;
  /** The benchmark's searches (words, typos, syntax): menus over what each found. */
  searches: MenusSide;
  /** Lists without words (every case, a country, a topic, years): menus over many cases. */
  lists: MenusSide;
  /** The first `list` a fresh bot answers, slowest of several bots. */
  firstList: { with: number; without: number };
  /**
   * The first `show` a fresh bot answers (its "Compare with…" needs the similarity index), slowest
   * of several bots: `cold` builds the index then, `warmed` after `bot.warmUp` built it; `warmUp`
   * is how long the warm-up took (the event loop is held for about that, in two steps).
   */
  firstShow: { cold: number; warmed: number; warmUp: number };
}

/** Lists without words, as people ask for them: every case, by place, topic and years. */
export function buildListQueries(): string[] {
  return [
    'list',
    'list oldest first',
    'list since 2015',
    'list from 2010 to 2015',
    ...COUNTRIES.slice(0, 10).map(([name]) => `list in ${name.replace(/^the /u, '')}`),
    ...TAGS.slice(0, 8).map((tag) => `list topic ${tag}`),
    'list topic health since 2018',
  ];
}

type MakeBot = (filterMenus: boolean) => Bot;

async function timed(bot: Bot, text: string): Promise<number> {
  const started = performance.now();
  await bot.answer(text);
  return performance.now() - started;
}

/**
 * Each question on both bots, one after the other, the order swapped every question so that
 * neither side always meets caches the other warmed; after one untimed pass over all of them.
 */
async function compare(
  bots: Record<'with' | 'without', Bot>,
  queries: readonly string[],
): Promise<MenusSide> {
  for (const text of queries) {
    await bots.with.answer(text);
    await bots.without.answer(text);
  }
  const samples = { with: [] as number[], without: [] as number[] };
  for (let round = 0; round < ROUNDS; round++)
    for (const [i, text] of queries.entries()) {
      const order = (i + round) % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const side of order) samples[side].push(await timed(bots[side], text));
    }
  return { with: summariseLatencies(samples.with), without: summariseLatencies(samples.without) };
}

export async function runMenusBench(make: MakeBot): Promise<MenusRun> {
  // A fresh bot in a running process (a reload): the process's own first answer is not the menus'.
  await make(true).answer('list');
  await make(false).answer('list');
  const firstList = { with: 0, without: 0 };
  for (let i = 0; i < FRESH_BOTS; i++) {
    const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
    for (const side of order)
      firstList[side] = Math.max(firstList[side], await timed(make(side === 'with'), 'list'));
  }
  const firstShow = { cold: 0, warmed: 0, warmUp: 0 };
  const show = `show ${make(true).knowledge.cases[0]?.id ?? ''}`;
  for (let i = 0; i < FRESH_BOTS; i++) {
    firstShow.cold = Math.max(firstShow.cold, await timed(make(true), show));
    const warmed = make(true);
    const started = performance.now();
    await warmed.warmUp?.();
    firstShow.warmUp = Math.max(firstShow.warmUp, performance.now() - started);
    firstShow.warmed = Math.max(firstShow.warmed, await timed(warmed, show));
  }
  const bots = { with: make(true), without: make(false) };
  const searches = await compare(
    bots,
    buildBenchQueries().map((q) => q.text),
  );
  const lists = await compare(bots, buildListQueries());
  return { rounds: ROUNDS, searches, lists, firstList, firstShow };
}

/** Bots over one knowledge base and index; each "fresh" one over its own copy of the cases. */
export async function menusBotMaker(knowledge: KnowledgeBase, search: SearchIndexData): Promise<MakeBot> {
  const { createBot } = await import('../src/create-bot.js');
  const { createSearchIndex } = await import('../src/search/search-index.js');
  const index = createSearchIndex(search);
  return (filterMenus) =>
    createBot({
      knowledge: { ...knowledge, cases: [...knowledge.cases] },
      index,
      searchData: search,
      filterMenus,
    });
}
