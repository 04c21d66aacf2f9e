import {
  countProblems,
  describeMerge,
  describeProblemPlace,
  type KnowledgeBase,
  type KnowledgeProblem,
} from '../../src/index.js';

/** `casebot check`'s exit codes. */
export const CHECK_EXIT = { ok: 0, problems: 1 } as const;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`${title} (${lines.length}):`, ...lines.map((line) => `  ${line}`)];
}

function formatProblem(problem: KnowledgeProblem): string {
  return `${describeProblemPlace(problem)}: ${problem.message}`;
}

/**
 * The report of `casebot check`: errors (records, entries or files skipped), then warnings (values
 * repaired or dropped), then merges, then one summary line. Exit 1 on any error, and with
 * `strict` on any warning too.
 */
export function renderCheckReport(
  knowledge: Pick<KnowledgeBase, 'cases' | 'problems' | 'merges'>,
  options: { strict?: boolean } = {},
): { text: string; exitCode: number } {
  const { errors, warnings } = countProblems(knowledge.problems);
  const merges = knowledge.merges ?? [];
  const merged = merges.filter((m) => m.type === 'merged').length;
  const apart = merges.length - merged;
  const lines = [
    ...section(
      'Errors: skipped',
      knowledge.problems.filter((p) => p.severity === 'error').map(formatProblem),
    ),
    ...section(
      'Warnings: loaded, with a value repaired or dropped',
      knowledge.problems.filter((p) => p.severity === 'warning').map(formatProblem),
    ),
    ...section('Merges', merges.map(describeMerge)),
    `${plural(knowledge.cases.length, 'case')} loaded, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ` +
      `${plural(merged, 'merge')}${apart > 0 ? `, ${apart} shared ${apart === 1 ? 'summary' : 'summaries'} kept apart` : ''}.`,
  ];
  const failed = errors > 0 || (options.strict === true && warnings > 0);
  return { text: `${lines.join('\n')}\n`, exitCode: failed ? CHECK_EXIT.problems : CHECK_EXIT.ok };
}
