import { DEFAULT_SEARCH_LIMITS } from '../src/search/search-index.js';
import type { PhaseResult } from './core-bench-phases.js';
import type { HostileRun, MessageKind, SkippedRun } from './hostile-bench.js';
import { HOSTILE_DESCRIPTIONS, HOSTILE_KINDS, ISSUE_8_BEFORE } from './hostile-queries.js';
import { formatMb, formatMs } from './render-core-bench.js';
import type { SizeResults } from './size-results.js';

const KINDS: readonly MessageKind[] = ['normal', ...HOSTILE_KINDS];

function latency(run: HostileRun | SkippedRun | undefined): string {
  if (!run) return '';
  if ('skipped' in run) return run.skipped;
  return `${formatMs(run.p50)} / ${formatMs(run.p99)}${run.count < 5 ? ` (${run.count}×)` : ''}`;
}

function heap(run: HostileRun | SkippedRun | undefined): string {
  return run && !('skipped' in run) ? formatMb(Math.max(0, run.heapGrowthMax)) : '';
}

function replies(run: HostileRun | undefined): string {
  return Object.entries(run?.replies ?? {})
    .map(([type, count]) => `${type} ${count}`)
    .join(', ');
}

/** Slack's and Discord's deadline: no answer may keep the event loop that long. */
export const DEADLINE_MS = 3000;

/** The slowest answer to a hostile message beside the slowest ordinary one, against the deadline. */
function verdict(runs: readonly HostileRun[]): string {
  const hostile = runs.filter((run) => run.kind !== 'normal');
  const normal = runs.find((run) => run.kind === 'normal');
  if (hostile.length === 0) return '';
  const slowest = hostile.reduce((a, b) => (b.max > a.max ? b : a));
  const heapiest = Math.max(...hostile.map((run) => run.heapGrowthMax));
  const met = slowest.max < DEADLINE_MS;
  return `${met ? 'met' : 'MISSED'}: the slowest answer to a hostile message took ${formatMs(slowest.max)} (${slowest.kind}; the slowest ordinary query ${normal ? formatMs(normal.max) : 'not measured'}), under the ${DEADLINE_MS / 1000} s deadline; the heap grew at most ${formatMb(Math.max(0, heapiest))} in one answer.`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function result<P extends 'hostile' | 'plain-hostile'>(size: SizeResults, phase: P) {
  const outcome = size.phases[phase];
  return outcome?.ok ? (outcome.result as Extract<PhaseResult, { phase: P }>) : undefined;
}

function reason(size: SizeResults, phase: 'hostile' | 'plain-hostile'): string {
  const outcome = size.phases[phase];
  return outcome && !outcome.ok ? outcome.reason : 'not run';
}

/**
 * Hostile messages beside ordinary queries, per size: casebot's latency, heap growth, typo
 * tolerance work and replies; plain lunr without typo tolerance and with its fuzzy match.
 */
export function renderHostileBench(results: readonly SizeResults[]): string {
  const out: string[] = ['\n## Hostile messages (issue 8)'];
  for (const size of results) {
    const ours = result(size, 'hostile');
    const theirs = result(size, 'plain-hostile');
    out.push(`\n### ${size.size.toLocaleString('en')} synthetic cases\n`);
    if (!ours) out.push(`casebot: ${reason(size, 'hostile')}`);
    if (!theirs) out.push(`plain lunr: ${reason(size, 'plain-hostile')}`);
    const rows = KINDS.map((kind) => {
      const run = ours?.runs.find((r) => r.kind === kind);
      const plain = theirs?.plain.find((r) => r.kind === kind);
      const fuzzy = theirs?.fuzzy.find((r) => r.kind === kind);
      return [
        kind === 'normal' ? 'the 200 benchmark queries' : HOSTILE_DESCRIPTIONS[kind],
        latency(run),
        run ? formatMs(run.max) : '',
        heap(run),
        run?.visitsMax === undefined ? '' : run.visitsMax.toLocaleString('en'),
        replies(run),
        latency(plain),
        latency(fuzzy),
        heap(fuzzy),
        kind === 'normal' ? '' : (ISSUE_8_BEFORE[kind] ?? ''),
      ];
    });
    out.push(
      table(
        [
          'message',
          'casebot p50 / p99',
          'max',
          'heap growth',
          'trie visits',
          'replies',
          'plain lunr p50 / p99',
          'lunr fuzzy p50 / p99',
          'fuzzy heap',
          'issue 8, before',
        ],
        rows,
      ),
    );
    if (ours) out.push(`\n${verdict(ours.runs)}`);
  }
  out.push(
    `\ncasebot answers through bot.answer(); "heap growth" is the most heapUsed grew during one answer; "trie visits" is the most nodes one answer’s typo tolerance visited (budget: ${DEFAULT_SEARCH_LIMITS.visitsPerQuery.toLocaleString('en')} per message). Plain lunr answers through index.search() with no typo tolerance, and through index.query() with every word a fuzzy term (editDistance 1 from 5 letters, 2 from 8: the expansion casebot used before issue 8), not run on words longer than 150 letters.`,
  );
  return out.join('\n');
}
