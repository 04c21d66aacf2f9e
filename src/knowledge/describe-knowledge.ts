import type { KnowledgeMerge, KnowledgeProblem } from './case.js';

/** How many problems are errors and how many warnings. */
export function countProblems(problems: readonly KnowledgeProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Where a problem is, for people: "cases.csv, line 4, field url". */
export function describeProblemPlace(problem: KnowledgeProblem): string {
  return [
    problem.file,
    problem.line === undefined ? undefined : `line ${problem.line}`,
    problem.field ? `field ${problem.field}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * A merge for people: "3 records merged into case x7k2m9qa: same title and summary (a.csv line 2,
 * b.json line 7, …)", or "2 distinct cases kept apart (same summary, different titles): …".
 */
export function describeMerge(merge: KnowledgeMerge): string {
  const places = merge.sources.map((s) => `${s.file} line ${s.line}`).join(', ');
  switch (merge.type) {
    case 'merged':
      return `${merge.sources.length} records merged into case ${merge.id}: ${merge.reason} (${places})`;
    case 'kept-apart':
      return `${merge.ids.length} distinct cases kept apart as ${merge.ids.join(', ')}: ${merge.reason} (${places})`;
    default: {
      const unexpected: never = merge;
      throw new Error(`unknown merge ${JSON.stringify(unexpected)}`);
    }
  }
}
