import type { BenchQuery, BenchQueryKind } from './bench-queries.js';
import { createSeededRandom } from './seeded-random.js';
import { type LatencySummary, summariseLatencies } from './stats.js';

/** Latency of one way of answering the benchmark queries, overall and per kind of query. */
export interface QueryRun extends LatencySummary {
  byKind: Record<BenchQueryKind, LatencySummary>;
  /** Mean number of matching cases: both sides should be doing comparable work. */
  meanHits: number;
  /** Timings planned (queries × passes); `count` is lower when the time budget ran out first. */
  planned: number;
  /** Timed passes over the query set. */
  passes: number;
}

/**
 * Timed passes over the query set. One pass of 200 single timings makes p99 the second-worst
 * query, which moves with the scheduler from run to run; five passes make it the tenth-worst
 * of 1,000 timings, each query timed five times, so one unlucky timing moves it no longer.
 */
export const TIMED_PASSES = 5;

/** Share of a query budget the untimed warm-up pass may use; the timed passes get the rest. */
const WARM_UP_SHARE = 0.2;

/** `items` in an order drawn from `seed`: the same every run, different for each seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = createSeededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface TimeQueriesOptions {
  /** Milliseconds the warm-up and the timed passes may take in all; unbounded if not given. */
  budgetMs?: number;
  passes?: number;
  /** Monotonic milliseconds; `performance.now` unless a test injects one. */
  clock?: () => number;
}

/**
 * Times every query in each of `passes` passes, each pass in its own seeded order (so no query
 * always follows the same one, whose garbage or caches it would inherit), after one untimed
 * pass (the figures are for a running bot, not for the JIT compiling it). Percentiles are over
 * every timing: slow queries stay in, five times each. Stops early when the budget runs out,
 * so a slow side still reports on the timings it finished (`count` below `planned`).
 */
export async function timeQueries(
  queries: readonly BenchQuery[],
  run: (text: string) => Promise<number> | number,
  options: TimeQueriesOptions = {},
): Promise<QueryRun> {
  const budgetMs = options.budgetMs ?? Number.POSITIVE_INFINITY;
  const passes = options.passes ?? TIMED_PASSES;
  const clock = options.clock ?? (() => performance.now());
  const start = clock();
  for (const query of queries) {
    if (clock() - start > budgetMs * WARM_UP_SHARE) break;
    await run(query.text);
  }
  const samples: number[] = [];
  const byKind = new Map<BenchQueryKind, number[]>();
  let hits = 0;
  timing: for (let pass = 1; pass <= passes; pass++) {
    for (const query of shuffled(queries, pass)) {
      if (samples.length > 0 && clock() - start > budgetMs) break timing;
      const started = clock();
      hits += await run(query.text);
      const ms = clock() - started;
      samples.push(ms);
      const ofKind = byKind.get(query.kind);
      if (ofKind === undefined) byKind.set(query.kind, [ms]);
      else ofKind.push(ms);
    }
  }
  return {
    ...summariseLatencies(samples),
    byKind: Object.fromEntries(
      [...byKind].map(([kind, s]) => [kind, summariseLatencies(s)]),
    ) as QueryRun['byKind'],
    meanHits: hits / samples.length,
    planned: queries.length * passes,
    passes,
  };
}
