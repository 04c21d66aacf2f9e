// The hostile-message phases of the core benchmark: casebot (`hostile`) and plain lunr with and
// without its fuzzy match (`plain-hostile`) answer the messages of issue 8 beside the ordinary
// benchmark queries, in the same process, with time and heap growth per message.
import { readFile } from 'node:fs/promises';
import type lunr from 'lunr';
import { fingerprintKnowledge } from '../src/cache/fingerprint-knowledge.js';
import { loadCachedKnowledge } from '../src/cache/knowledge-cache.js';
import { createBot } from '../src/create-bot.js';
import { createCasebot } from '../src/create-casebot.js';
import { silentLogger } from '../src/logger.js';
import { buildSearchIndexData } from '../src/search/build-search-index.js';
import { createSearchIndex } from '../src/search/search-index.js';
import type { SearchWork } from '../src/search/search-work.js';
import { splitWords } from '../src/search/tokenize.js';
import { buildBenchQueries, stripLunrSyntax } from './bench-queries.js';
import { buildHostileQueries, HOSTILE_KINDS, type HostileKind } from './hostile-queries.js';
import { loadPlainIndex } from './plain-lunr.js';
import { createSeededRandom } from './seeded-random.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

export type MessageKind = 'normal' | HostileKind;

/** One kind of message answered several times: latency, heap growth and, for casebot, work. */
export interface HostileRun extends LatencySummary {
  kind: MessageKind;
  /**
   * Most the heap grew during one answer (heapUsed after minus before; a collection during
   * the answer hides what it freed, so small figures are approximate, large ones are not).
   */
  heapGrowthMax: number;
  /** Most trie nodes one answer's typo tolerance visited (casebot only). */
  visitsMax?: number;
  /** Answers whose guessing a budget cut short (casebot only). */
  cutShort?: number;
  /** Reply types given, with counts (casebot only): every message gets a normal reply. */
  replies?: Record<string, number>;
}

/** A kind that was not measured, and why. */
export interface SkippedRun {
  kind: MessageKind;
  skipped: string;
}

function settledHeap(): number {
  if (!globalThis.gc) throw new Error('run with node --expose-gc to measure the heap');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** Share of a kind's budget its untimed warm-up pass may use. */
const WARM_UP_SHARE = 0.3;

/**
 * Answers the texts in turn, at least once and at most 200 times, stopping when `budgetMs`
 * has passed. A warm-up pass over the texts runs first, untimed, so lazily loaded tables and
 * the JIT are not counted; but when the first answer alone takes a tenth of the budget, that
 * one cold answer is the figure (its cost is the work, not the warm-up), and nothing more runs.
 */
async function measure(
  kind: MessageKind,
  texts: readonly string[],
  answer: (text: string) => unknown,
  budgetMs: number,
): Promise<HostileRun> {
  const cold = settledHeap();
  const started = performance.now();
  await answer(texts[0]!);
  const first = performance.now() - started;
  if (first > budgetMs / 10) {
    return { kind, ...summariseLatencies([first]), heapGrowthMax: process.memoryUsage().heapUsed - cold };
  }
  for (const text of texts.slice(1)) {
    if (performance.now() - started > budgetMs * WARM_UP_SHARE) break;
    await answer(text);
  }
  settledHeap();
  const samples: number[] = [];
  let heapGrowthMax = 0;
  for (let i = 0; i < Math.max(200, texts.length); i++) {
    if (samples.length > 0 && performance.now() - started > budgetMs) break;
    const heapBefore = process.memoryUsage().heapUsed;
    const before = performance.now();
    await answer(texts[i % texts.length]!);
    samples.push(performance.now() - before);
    heapGrowthMax = Math.max(heapGrowthMax, process.memoryUsage().heapUsed - heapBefore);
  }
  return { kind, ...summariseLatencies(samples), heapGrowthMax };
}

function messagesByKind(): [MessageKind, string[]][] {
  const hostile = buildHostileQueries();
  return [
    ['normal', buildBenchQueries().map((query) => query.text)],
    ...HOSTILE_KINDS.map((kind): [MessageKind, string[]] => [kind, hostile[kind]]),
  ];
}

/** casebot's `bot.answer` on every kind, from the knowledge cache the first start left. */
export async function runHostilePhase(knowledgeDir: string, cacheDir: string, budgetMs: number) {
  const loaded = await createCasebot({ knowledgeDir, cacheDir, logger: silentLogger });
  const key = await fingerprintKnowledge(knowledgeDir);
  const cached = await loadCachedKnowledge(cacheDir, key, silentLogger);
  let works: SearchWork[] = [];
  const index = createSearchIndex(cached?.search ?? buildSearchIndexData(loaded.knowledge.cases), {
    onSearch: (work) => works.push({ ...work }),
  });
  const bot = createBot({ knowledge: loaded.knowledge, index, random: createSeededRandom(1).next });
  const kinds = messagesByKind();
  // Tables loaded on first use (countries, places, word lists) are a start-up cost, not a message's.
  for (const text of kinds[0]![1]) await bot.answer(text);
  const runs: HostileRun[] = [];
  for (const [kind, texts] of kinds) {
    let visitsMax = 0;
    let cutShort = 0;
    const replies: Record<string, number> = {};
    const run = await measure(
      kind,
      texts,
      async (text) => {
        works = [];
        const reply = await bot.answer(text);
        replies[reply.type] = (replies[reply.type] ?? 0) + 1;
        for (const work of works) {
          visitsMax = Math.max(visitsMax, work.visits);
          if (work.cutShort) cutShort++;
        }
      },
      budgetMs / kinds.length,
    );
    runs.push({ ...run, visitsMax, cutShort, replies });
  }
  return runs;
}

/** Edits the old expansion allowed a word of this length (lunr's fuzzy match, unbounded). */
function oldEditDistance(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 5 ? 1 : 0;
}

/**
 * Past this length lunr's fuzzy automaton takes seconds and gigabytes per word (issue 8), so
 * the reference is not run there: the figures are shown instead.
 */
const FUZZY_MAX_WORD = 150;

/** Cheapest first for lunr's fuzzy match, so that a slow one cannot starve the others. */
const FUZZY_ORDER: readonly MessageKind[] = [
  'normal',
  'repeated',
  'common-50',
  'unknown-50',
  'random-letters',
  'word-100',
  'word-150',
  'word-200',
  'word-250',
  'word-500',
];

/**
 * Plain lunr on every kind: `index.search` (no typo tolerance), then each word as a fuzzy
 * term. `remainingMs` is the time left before the phase must report: a kind that would not
 * fit is skipped and says so.
 */
export async function runPlainHostilePhase(plainIndexFile: string, remainingMs: () => number) {
  const index: lunr.Index = loadPlainIndex(await readFile(plainIndexFile, 'utf8'));
  const kinds = new Map(messagesByKind());
  const plain: HostileRun[] = [];
  const fuzzy: (HostileRun | SkippedRun)[] = [];
  const share = remainingMs() / 6 / kinds.size;
  for (const text of kinds.get('normal') ?? []) index.search(stripLunrSyntax(text));
  for (const [kind, texts] of kinds) {
    plain.push(await measure(kind, texts, (text) => index.search(stripLunrSyntax(text)), share));
  }
  for (const kind of FUZZY_ORDER) {
    const texts = kinds.get(kind) ?? [];
    const longest = Math.max(...texts.flatMap(splitWords).map((word) => word.length));
    if (longest > FUZZY_MAX_WORD) {
      fuzzy.push({ kind, skipped: `not run (${longest}-letter word)` });
      continue;
    }
    // The slowest go last, and a long word only with room for one answer of several seconds
    // (the phase is killed, figures and all, if it overruns).
    const left = remainingMs();
    if (left < (kind.startsWith('word-') ? 30_000 : 5_000)) {
      fuzzy.push({ kind, skipped: 'not run: out of time' });
      continue;
    }
    const answer = (text: string) =>
      index.query((q) => {
        for (const word of splitWords(text)) q.term(word, { editDistance: oldEditDistance(word) });
      });
    fuzzy.push(await measure(kind, texts, answer, Math.min(left / 6, 3_000)));
  }
  return { plain, fuzzy };
}
