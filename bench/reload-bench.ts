// A reload of large knowledge must not stall answers: bot.answer() latency while a reload of
// 10k cases builds in its worker thread, beside the same queries with no reload, in one run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReloadingBot, type ReloadOutcome } from '../src/index.js';
import { runRelevanceEvaluation } from '../test/search/relevance-eval.js';
import { buildBenchQueries } from './bench-queries.js';
import { formatMs } from './render-core-bench.js';
import { type LatencySummary, summariseLatencies } from './stats.js';
import { writeSyntheticKnowledge } from './synthetic-knowledge.js';

export const RELOAD_BENCH_SIZE = 10_000;

export interface ReloadBenchResult {
  size: number;
  without: LatencySummary;
  during: LatencySummary;
  reload: ReloadOutcome;
}

/** Answers the queries in turn, one at a time, until `until` says stop; each query's milliseconds. */
async function timeAnswers(answer: (text: string) => Promise<unknown>, until: (count: number) => boolean) {
  const queries = buildBenchQueries();
  const samples: number[] = [];
  for (let i = 0; !until(i); i++) {
    const started = performance.now();
    await answer(queries[i % queries.length]!.text);
    samples.push(performance.now() - started);
    // Questions arrive as I/O events: the loop turns between them, as a server's does.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return samples;
}

export async function runReloadBench(size = RELOAD_BENCH_SIZE): Promise<ReloadBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'casebot-reload-bench-'));
  try {
    const knowledgeDir = join(dir, 'knowledge');
    await writeSyntheticKnowledge(knowledgeDir, size);
    // No cache: the reload parses and indexes everything again, as after a real change.
    const { bot, reload } = await createReloadingBot({ knowledgeDir });
    const answer = (text: string) => bot.answer(text);
    const planned = buildBenchQueries().length;
    await timeAnswers(answer, (i) => i >= planned); // warm-up
    const without = await timeAnswers(answer, (i) => i >= 2 * planned);
    let outcome: ReloadOutcome | undefined;
    const reloading = reload().then((result) => {
      outcome = result;
    });
    const during = await timeAnswers(answer, () => outcome !== undefined);
    await reloading;
    if (!outcome) throw new Error('reload did not finish');
    return {
      size,
      without: summariseLatencies(without),
      during: summariseLatencies(during),
      reload: outcome,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function renderReloadBench(result: ReloadBenchResult): string {
  const { without, during, reload } = result;
  const row = (name: string, s: LatencySummary) =>
    `| ${name} | ${s.count} | ${formatMs(s.p50)} | ${formatMs(s.p99)} | ${formatMs(s.max)} |`;
  const ratio = during.p99 / without.p99;
  return [
    `\n## Reload of ${result.size.toLocaleString('en')} cases (bot.answer, one question at a time)\n`,
    '| answers | count | p50 | p99 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('no reload', without),
    row('during the reload', during),
    '',
    `Reload: ${reload.type}${reload.type === 'reloaded' ? `, ${reload.cases.after.toLocaleString('en')} cases` : ''} in ${formatMs(reload.ms)} (built in a worker thread, then swapped).`,
    `p99 during the reload is ${ratio.toFixed(2)}× the p99 without (target: no stall; the max includes the swap on the main thread).`,
  ].join('\n');
}

export async function renderRelevance(): Promise<string> {
  const report = await runRelevanceEvaluation();
  return [
    '\n## Relevance (test/search/relevance-eval.ts: 358 OPSI-style cases)\n',
    `Known-item MRR@10 ${report.knownItem.mrr.toFixed(3)} over ${report.knownItem.queries} queries (target ≥ 0.98);`,
    `topical nDCG@10 ${report.topical.ndcg.toFixed(3)} over ${report.topical.queries} queries (target ≥ 0.78).`,
    'Before issue 11: MRR@10 0.963, nDCG@10 0.720.',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const size = Number(process.argv[2]) || RELOAD_BENCH_SIZE;
  process.stdout.write(`${await renderRelevance()}\n${renderReloadBench(await runReloadBench(size))}\n`);
}
