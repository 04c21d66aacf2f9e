import type { BenchQueryKind } from './bench-queries.js';
import type { Phase, PhaseResult } from './core-bench-phases.js';
import type { SizeResults } from './size-results.js';
import { type QueryRun, TIMED_PASSES } from './time-queries.js';

/** The targets of issue 2, section 6, and issue 10's budget for bot.answer. */
export const TARGETS = {
  restartSpeedUp: 4,
  smallSize: 1_000,
  smallP99Ms: 5,
  compareSize: 10_000,
  maxRatio: 1.3,
  /** Issue 10: bot.answer's p99 at `compareSize` cases, close to the search index alone. */
  answerP99Ms: 4,
} as const;

const KINDS: readonly BenchQueryKind[] = ['common', 'rare', 'country', 'typo', 'syntax'];

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function get<P extends Phase>(size: SizeResults, phase: P): Extract<PhaseResult, { phase: P }> | undefined {
  const outcome = size.phases[phase];
  return outcome?.ok ? (outcome.result as Extract<PhaseResult, { phase: P }>) : undefined;
}

function why(size: SizeResults, phase: Phase): string {
  const outcome = size.phases[phase];
  return outcome && !outcome.ok ? outcome.reason : 'not run';
}

function verdict(met: boolean, text: string): string {
  return `${met ? 'met' : 'MISSED'}: ${text}`;
}

type Row = [measure: string, casebot: string, plain: string, ratio: string, target: string];

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '' : `${(a / b).toFixed(2)}×`;
}

function rowsFor(size: SizeResults): Row[] {
  const first = get(size, 'first');
  const index = get(size, 'index');
  const restart = get(size, 'restart');
  const build = get(size, 'plain-build');
  const load = get(size, 'plain-load');
  const ms = (value: number | undefined, phase: Phase) =>
    value === undefined ? `(${why(size, phase)})` : formatMs(value);
  const rows: Row[] = [];
  rows.push([
    'first start (load, enrich, index, cache save)',
    ms(first?.ms, 'first'),
    ms(build?.ms, 'plain-build'),
    ratio(first?.ms, build?.ms),
    '',
  ]);
  rows.push([
    '  of which load + parse + enrich (loadKnowledge)',
    ms(index?.loadKnowledgeMs, 'index'),
    '',
    '',
    '',
  ]);
  rows.push([
    'index build alone',
    ms(index?.buildIndexMs, 'index'),
    ms(build?.ms, 'plain-build'),
    ratio(index?.buildIndexMs, build?.ms),
    '',
  ]);
  let restartTarget = '';
  if (first && restart) {
    const speedUp = first.ms / restart.ms;
    restartTarget = restart.fromCache
      ? verdict(
          speedUp >= TARGETS.restartSpeedUp,
          `${speedUp.toFixed(1)}× faster than first start (≥ ${TARGETS.restartSpeedUp}×)`,
        )
      : 'not measured: the restart missed the cache (core code changed between runs?)';
  }
  rows.push([
    'start from the cache',
    ms(restart?.ms, 'restart'),
    ms(load?.ms, 'plain-load'),
    ratio(restart?.ms, load?.ms),
    restartTarget,
  ]);
  /** A latency cell; `(n/200)` marks figures over fewer queries, when the time budget ran out. */
  const latencyCell = (run: QueryRun | undefined, p: 'p50' | 'p99', phase: Phase) => {
    const cell = ms(run?.[p], phase);
    return run && run.count < run.planned ? `${cell} (${run.count}/${run.planned})` : cell;
  };
  for (const p of ['p50', 'p99'] as const) {
    let target = '';
    const value = restart?.answer[p];
    if (p === 'p99' && value !== undefined && size.size === TARGETS.smallSize) {
      target = verdict(value < TARGETS.smallP99Ms, `< ${TARGETS.smallP99Ms} ms`);
    }
    if (p === 'p99' && value !== undefined && size.size === TARGETS.compareSize) {
      const targets = [verdict(value <= TARGETS.answerP99Ms, `≤ ${TARGETS.answerP99Ms} ms`)];
      if (load)
        targets.push(
          verdict(value <= TARGETS.maxRatio * load.search.p99, `≤ ${TARGETS.maxRatio}× plain lunr`),
        );
      target = targets.join('; ');
    }
    rows.push([
      `query ${p}, bot.answer()`,
      latencyCell(restart?.answer, p, 'restart'),
      latencyCell(load?.search, p, 'plain-load'),
      ratio(value, load?.search[p]),
      target,
    ]);
    const alone = restart?.searchIndex[p];
    rows.push([
      `query ${p}, search index alone`,
      latencyCell(restart?.searchIndex, p, 'restart'),
      latencyCell(load?.search, p, 'plain-load'),
      ratio(alone, load?.search[p]),
      '',
    ]);
  }
  const heap = restart && restart.heapAfterLoad - restart.heapBaseline;
  const plainHeap = load && load.heapAfterLoad - load.heapBaseline;
  let heapTarget = '';
  if (heap !== undefined && plainHeap !== undefined && size.size === TARGETS.compareSize) {
    heapTarget = verdict(heap <= TARGETS.maxRatio * plainHeap, `≤ ${TARGETS.maxRatio}× plain lunr`);
  }
  const mb = (value: number | undefined, phase: Phase) =>
    value === undefined ? `(${why(size, phase)})` : formatMb(value);
  rows.push([
    'heap held after load',
    mb(heap, 'restart'),
    mb(plainHeap, 'plain-load'),
    ratio(heap, plainHeap),
    heapTarget,
  ]);
  rows.push([
    'heap used in all after load',
    mb(restart?.heapAfterLoad, 'restart'),
    mb(load?.heapAfterLoad, 'plain-load'),
    ratio(restart?.heapAfterLoad, load?.heapAfterLoad),
    '',
  ]);
  const peak = (phase: Phase) => {
    const outcome = size.phases[phase];
    return outcome?.ok ? outcome.peakRssBytes : undefined;
  };
  rows.push([
    'peak memory (RSS), first start / build',
    mb(peak('first'), 'first'),
    mb(peak('plain-build'), 'plain-build'),
    ratio(peak('first'), peak('plain-build')),
    '',
  ]);
  return rows;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function latency(run: QueryRun | undefined, kind: BenchQueryKind): string {
  const s = run?.byKind[kind];
  return s ? `${formatMs(s.p50)} / ${formatMs(s.p99)}` : '';
}

function kindRows(size: SizeResults): string[][] {
  const restart = get(size, 'restart');
  const load = get(size, 'plain-load');
  return KINDS.map((kind) => [
    kind,
    latency(restart?.answer, kind),
    latency(restart?.searchIndex, kind),
    latency(load?.search, kind),
  ]);
}

/** The benchmark as plain-text tables: every figure beside plain lunr's, the ratio and the targets. */
export function renderCoreBench(results: readonly SizeResults[]): string {
  const out: string[] = [];
  for (const size of results) {
    const first = get(size, 'first');
    const restart = get(size, 'restart');
    const load = get(size, 'plain-load');
    out.push(
      `\n### ${size.size.toLocaleString('en')} synthetic cases${first ? ` (${first.cases} after dedupe, ${first.problems} problems)` : ''}\n`,
    );
    out.push(table(['measure', 'casebot', 'plain lunr', 'ratio', 'target'], rowsFor(size)));
    out.push('');
    out.push(table(['query kind (p50 / p99)', 'bot.answer()', 'search index', 'plain lunr'], kindRows(size)));
    if (restart && load) {
      out.push(
        `\nmean matching cases per query: bot.answer ${restart.answer.meanHits.toFixed(0)}, search index ${restart.searchIndex.meanHits.toFixed(0)}, plain lunr ${load.search.meanHits.toFixed(0)}`,
      );
    }
  }
  out.push(
    `\nQuery latencies: ${TIMED_PASSES} timed passes over the query set after an untimed one, each pass in its own seeded order; p50 and p99 over every timing.`,
  );
  out.push(
    'Plain lunr is given the queries with lunr syntax characters (: ~ ^ * + - " \\) replaced by spaces, since it throws on them; casebot gets the raw text.',
  );
  out.push(
    '"Heap held after load" is heapUsed after gc() minus the same before loading, in a fresh process per side.',
  );
  return out.join('\n');
}
