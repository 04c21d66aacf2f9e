// One phase of the core benchmark, run in a process of its own so that heaps and JIT state
// never mix: `node --expose-gc --import tsx bench/core-bench-phases.ts <phase> <workDir> <size>`.
// It prints one `BENCH_RESULT <json>` line on stdout for the orchestrator (bench/core-bench.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Case } from '../src/knowledge/case.js';
import type { Logger } from '../src/logger.js';
import { PAGE_SIZE } from '../src/replies/reply.js';
import { buildBenchQueries, stripLunrSyntax } from './bench-queries.js';
import type { HostileRun, SkippedRun } from './hostile-bench.js';
import type { MenusRun } from './menus-bench.js';
import { buildPlainIndex, loadPlainIndex, type PlainDocument } from './plain-lunr.js';
import { createSeededRandom } from './seeded-random.js';
import { writeSyntheticKnowledge } from './synthetic-knowledge.js';
import { type QueryRun, timeQueries } from './time-queries.js';

export const RESULT_MARKER = 'BENCH_RESULT ';
export const PHASES = [
  'generate',
  'first',
  'index',
  'restart',
  'hostile',
  'plain-build',
  'plain-load',
  'plain-hostile',
  'menus',
] as const;
export type Phase = (typeof PHASES)[number];

export type PhaseResult =
  | { phase: 'generate'; ms: number; files: string[] }
  | { phase: 'first'; ms: number; cases: number; problems: number; fromCache: boolean }
  | { phase: 'index'; loadKnowledgeMs: number; buildIndexMs: number }
  | {
      phase: 'restart';
      ms: number;
      fromCache: boolean;
      heapBaseline: number;
      heapAfterLoad: number;
      answer: QueryRun;
      searchIndex: QueryRun;
    }
  | { phase: 'hostile'; runs: HostileRun[] }
  | { phase: 'plain-build'; ms: number; savedBytes: number }
  | { phase: 'plain-load'; ms: number; heapBaseline: number; heapAfterLoad: number; search: QueryRun }
  | { phase: 'plain-hostile'; plain: HostileRun[]; fuzzy: (HostileRun | SkippedRun)[] }
  | ({ phase: 'menus' } & MenusRun);

/** What a phase process prints: its figures and the most memory the process ever held. */
export interface PhaseReport {
  result: PhaseResult;
  peakRssBytes: number;
}

interface Paths {
  knowledge: string;
  cache: string;
  cases: string;
  documents: string;
  plainIndex: string;
}

function pathsIn(workDir: string): Paths {
  return {
    knowledge: join(workDir, 'knowledge'),
    cache: join(workDir, 'cache'),
    cases: join(workDir, 'cases.json'),
    documents: join(workDir, 'documents.json'),
    plainIndex: join(workDir, 'plain-index.json'),
  };
}

/** Bytes the heap holds once garbage is collected (needs `--expose-gc`). */
function settledHeap(): number {
  if (!globalThis.gc) throw new Error('run with node --expose-gc to measure the heap');
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/** A silent logger that remembers whether createCasebot started from its cache. */
function cacheWatchingLogger(): { logger: Logger; fromCache: () => boolean } {
  let fromCache = false;
  const watch = (obj: object) => {
    if ('fromCache' in obj && obj.fromCache === true) fromCache = true;
  };
  return { logger: { debug() {}, info: watch, warn() {}, error() {} }, fromCache: () => fromCache };
}

/** Share of a phase's time limit that may pass before query timing must stop. */
const QUERY_TIME_SHARE = 0.85;
async function elapsed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/**
 * Runs one phase. `timeLimitMs` is the orchestrator's limit for the whole process: query
 * timing stops in time for the phase to report (performance.now() counts from process start).
 */
export async function runPhase(
  phase: Phase,
  workDir: string,
  size: number,
  timeLimitMs = Number.POSITIVE_INFINITY,
): Promise<PhaseResult> {
  const paths = pathsIn(workDir);
  const remainingMs = () => QUERY_TIME_SHARE * timeLimitMs - performance.now();
  switch (phase) {
    case 'generate': {
      const [files, ms] = await elapsed(() => writeSyntheticKnowledge(paths.knowledge, size));
      return { phase, ms, files };
    }
    case 'first': {
      const { createCasebot } = await import('../src/create-casebot.js');
      const { buildSearchDocument } = await import('../src/search/build-search-index.js');
      const watch = cacheWatchingLogger();
      const [bot, ms] = await elapsed(() =>
        createCasebot({ knowledgeDir: paths.knowledge, cacheDir: paths.cache, logger: watch.logger }),
      );
      // For later phases: the cases, to time the index build alone, and plain lunr's documents.
      await writeFile(paths.cases, JSON.stringify(bot.knowledge.cases));
      const documents: PlainDocument[] = bot.knowledge.cases.map(buildSearchDocument);
      await writeFile(paths.documents, JSON.stringify(documents));
      const { cases, problems } = bot.knowledge;
      return { phase, ms, cases: cases.length, problems: problems.length, fromCache: watch.fromCache() };
    }
    case 'index': {
      const { loadKnowledge } = await import('../src/knowledge/load-knowledge.js');
      const { buildSearchIndexData } = await import('../src/search/build-search-index.js');
      const cases = JSON.parse(await readFile(paths.cases, 'utf8')) as Case[];
      const [, buildIndexMs] = await elapsed(() => buildSearchIndexData(cases));
      const [, loadKnowledgeMs] = await elapsed(() => loadKnowledge(paths.knowledge));
      return { phase, loadKnowledgeMs, buildIndexMs };
    }
    case 'restart': {
      const { createCasebot } = await import('../src/create-casebot.js');
      const { fingerprintKnowledge } = await import('../src/cache/fingerprint-knowledge.js');
      const { loadCachedKnowledge } = await import('../src/cache/knowledge-cache.js');
      const { createSearchIndex } = await import('../src/search/search-index.js');
      const { buildSearchIndexData } = await import('../src/search/build-search-index.js');
      const queries = buildBenchQueries();
      const watch = cacheWatchingLogger();
      const heapBaseline = settledHeap();
      const [bot, ms] = await elapsed(() =>
        createCasebot({
          knowledgeDir: paths.knowledge,
          cacheDir: paths.cache,
          logger: watch.logger,
          random: createSeededRandom(1).next,
        }),
      );
      const heapAfterLoad = settledHeap();
      const answer = await timeQueries(queries, async (text) => (await bot.answer(text)).total, {
        budgetMs: remainingMs() / 2,
      });
      // The search index alone, as the bot's handlers use it, without intent parsing or replies.
      // If the code changed since the first start the cache is gone; the index is rebuilt then.
      const key = await fingerprintKnowledge(paths.knowledge);
      const cached = await loadCachedKnowledge(paths.cache, key, watch.logger);
      const index = createSearchIndex(cached?.search ?? buildSearchIndexData(bot.knowledge.cases));
      // As an answer reads it: every match counted, the first page ranked (`index.search`, which
      // ranks every match, is for callers that want them all).
      const firstPage = (text: string) => {
        const found = index.match(text);
        for (let i = 0; i < Math.min(PAGE_SIZE, found.total); i++) found.at(i);
        return found.total;
      };
      const searchIndex = await timeQueries(queries, firstPage, {
        budgetMs: remainingMs(),
      });
      return { phase, ms, fromCache: watch.fromCache(), heapBaseline, heapAfterLoad, answer, searchIndex };
    }
    case 'hostile': {
      const { runHostilePhase } = await import('./hostile-bench.js');
      return { phase, runs: await runHostilePhase(paths.knowledge, paths.cache, remainingMs()) };
    }
    case 'plain-build': {
      const documents = JSON.parse(await readFile(paths.documents, 'utf8')) as PlainDocument[];
      const [index, ms] = await elapsed(() => buildPlainIndex(documents));
      const saved = JSON.stringify(index);
      await writeFile(paths.plainIndex, saved);
      return { phase, ms, savedBytes: Buffer.byteLength(saved) };
    }
    case 'plain-load': {
      const queries = buildBenchQueries();
      const heapBaseline = settledHeap();
      const [index, ms] = await elapsed(async () => loadPlainIndex(await readFile(paths.plainIndex, 'utf8')));
      const heapAfterLoad = settledHeap();
      // Plain lunr throws QueryParseError on raw syntax, so it alone gets the stripped text.
      const search = await timeQueries(queries, (text) => index.search(stripLunrSyntax(text)).length, {
        budgetMs: remainingMs(),
      });
      return { phase, ms, heapBaseline, heapAfterLoad, search };
    }
    case 'plain-hostile': {
      const { runPlainHostilePhase } = await import('./hostile-bench.js');
      return { phase, ...(await runPlainHostilePhase(paths.plainIndex, remainingMs)) };
    }
    case 'menus': {
      const { loadSearchKnowledge } = await import('../src/reload/load-search-knowledge.js');
      const { menusBotMaker, runMenusBench } = await import('./menus-bench.js');
      const { knowledge, search } = await loadSearchKnowledge({
        knowledgeDir: paths.knowledge,
        cacheDir: paths.cache,
        logger: cacheWatchingLogger().logger,
      });
      return { phase, ...(await runMenusBench(await menusBotMaker(knowledge, search))) };
    }
    default: {
      const unknown: never = phase;
      throw new Error(`unknown phase ${String(unknown)}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [phase, workDir, size, timeLimit] = process.argv.slice(2);
  if (!PHASES.includes(phase as Phase) || !workDir || !Number(size)) {
    console.error(`usage: core-bench-phases.ts <${PHASES.join('|')}> <workDir> <size> [timeLimitMs]`);
    process.exit(2);
  }
  const result = await runPhase(phase as Phase, workDir, Number(size), Number(timeLimit) || undefined);
  const report: PhaseReport = { result, peakRssBytes: process.resourceUsage().maxRSS * 1024 };
  process.stdout.write(`${RESULT_MARKER}${JSON.stringify(report)}\n`);
}
