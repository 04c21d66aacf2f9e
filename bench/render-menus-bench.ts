import type { PhaseResult } from './core-bench-phases.js';
import { MENUS_MAX_ADDED, type MenusSide } from './menus-bench.js';
import { formatMs } from './render-core-bench.js';
import type { SizeResults } from './size-results.js';

type MenusResult = Extract<PhaseResult, { phase: 'menus' }>;

function added(side: MenusSide, p: 'p50' | 'p99'): number {
  return side.with[p] / side.without[p] - 1;
}

function percent(share: number): string {
  return `${share >= 0 ? '+' : ''}${(share * 100).toFixed(1)}%`;
}

function row(name: string, side: MenusSide): string[] {
  const met = added(side, 'p50') <= MENUS_MAX_ADDED && added(side, 'p99') <= MENUS_MAX_ADDED;
  return [
    name,
    `${formatMs(side.with.p50)} / ${formatMs(side.without.p50)} (${percent(added(side, 'p50'))})`,
    `${formatMs(side.with.p99)} / ${formatMs(side.without.p99)} (${percent(added(side, 'p99'))})`,
    `${met ? 'met' : 'MISSED'}: ≤ +${MENUS_MAX_ADDED * 100}% at p50 and p99`,
  ];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * What filter menus add to bot.answer, per size: the same questions with and without menus,
 * timed in turn in one process, against the target; and a fresh bot's first list.
 */
export function renderMenusBench(results: readonly SizeResults[]): string {
  const out: string[] = ['\n## Filter menus (issue 13 §2): bot.answer with / without menus, same run'];
  for (const size of results) {
    const outcome = size.phases.menus;
    out.push(`\n### ${size.size.toLocaleString('en')} synthetic cases\n`);
    if (!outcome?.ok) {
      out.push(`not measured: ${outcome?.reason ?? 'not run'}`);
      continue;
    }
    const run: MenusResult = outcome.result;
    out.push(
      table(
        ['questions', 'p50 with / without', 'p99 with / without', 'target'],
        [
          row(
            `the ${run.searches.with.count / run.rounds} benchmark queries, ${run.rounds}× each`,
            run.searches,
          ),
          row(
            `${run.lists.with.count / run.rounds} lists without words (every case, a place, a topic, years), ${run.rounds}× each`,
            run.lists,
          ),
          [
            `a fresh bot's first \`list\` (slowest of several)`,
            `${formatMs(run.firstList.with)} / ${formatMs(run.firstList.without)}`,
            '',
            '',
          ],
          [
            `a fresh bot's first \`show\` after / without the warm-up (slowest of several; warm-up ${formatMs(run.firstShow.warmUp)})`,
            `${formatMs(run.firstShow.warmed)} / ${formatMs(run.firstShow.cold)}`,
            '',
            '',
          ],
        ],
      ),
    );
  }
  return out.join('\n');
}
