import { defaultSort } from '../conversation/default-sort.js';
import { withCountry } from '../conversation/refine-intent.js';
import type { Case } from '../knowledge/case.js';
import { getCountry } from '../knowledge/countries/index.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { CaseHit, CompareRow, ReplyAction, ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { caseCount, describeRequest, listWords } from './describe-request.js';
import { formatCommand } from './format-command.js';
import type { Intent } from './intent.js';
import { selectCases } from './select-cases.js';

type ComparePlacesIntent = Extract<Intent, { type: 'compare-places' }>;

/** Values listed per country in a row: the most frequent, so a row stays readable in chat. */
const TOP_VALUES = 3;
/** Best cases named per country. */
const TOP_CASES = 2;

interface PlaceSummary {
  code: string;
  name: string;
  cases: readonly Case[];
}

/** The most frequent values, most first (ties in the order met), with their counts. */
function topCounts(values: readonly string[], limit = TOP_VALUES): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit);
}

function countsText(values: readonly string[]): string {
  const top = topCounts(values);
  return top.length === 0 ? '—' : top.map(([v, n]) => `${v} ${n}`).join(', ');
}

function yearsText(cases: readonly Case[]): string {
  const years = cases.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  if (years.length === 0) return '—';
  const first = Math.min(...years);
  const last = Math.max(...years);
  const [busiest] = topCounts(years.map(String), 1);
  const span = first === last ? String(first) : `${first}–${last}`;
  return busiest && busiest[1] > 1 ? `${span} (most in ${busiest[0]}: ${busiest[1]})` : span;
}

function rows(places: readonly PlaceSummary[], deps: BotDeps): CompareRow[] {
  const row = (label: string, value: (p: PlaceSummary) => string): CompareRow => ({
    label,
    values: places.map(value),
  });
  return [
    row('Cases', (p) => String(p.cases.length)),
    row('Topics', (p) => countsText(p.cases.flatMap((c) => c.tags))),
    row('Years', (p) => yearsText(p.cases)),
    row('Levels', (p) => countsText(p.cases.flatMap((c) => deps.levels.get(c.id) ?? []))),
    row(
      'Top cases',
      (p) =>
        p.cases
          .slice(0, TOP_CASES)
          .map((c) => c.title)
          .join('; ') || '—',
    ),
  ];
}

/** What the places have in common, and where they differ most. */
function sharedLines(places: readonly PlaceSummary[]): string[] {
  const topicSets = places.map((p) => new Set(p.cases.flatMap((c) => c.tags)));
  const common = [...(topicSets[0] ?? [])].filter((t) => topicSets.every((s) => s.has(t)));
  const lines: string[] = [];
  if (common.length > 0) lines.push(`Topics in common: ${common.slice(0, 8).join(', ')}`);
  else lines.push('No topic in common.');
  const sorted = [...places].sort((a, b) => b.cases.length - a.cases.length);
  const [most, least] = [sorted[0], sorted[sorted.length - 1]];
  if (most && least && most.cases.length > least.cases.length)
    lines.push(
      `${most.name} has the most cases (${most.cases.length}; ${least.name} ${least.cases.length}).`,
    );
  return lines;
}

/**
 * Two or three countries side by side: how many cases each has, by topic, year and level, and
 * its best cases, over the same subject and filters. Each country's own list is a button.
 */
export function handleComparePlaces(intent: ComparePlacesIntent, deps: BotDeps): ReplyContent {
  const places: PlaceSummary[] = intent.countries.map((code) => ({
    code,
    name: getCountry(code)?.name ?? code,
    cases: selectCases(deps, intent.query, { ...intent.filters, countries: [code] }, 'relevance').cases(),
  }));
  const what = describeRequest(intent.query, intent.filters);
  const heading = `${what} from ${listWords(places.map((p) => p.name))}, side by side: ${places
    .map((p) => `${p.name} ${p.cases.length}`)
    .join(', ')}`;
  const shown: CaseHit[] = places.flatMap((p) => p.cases.slice(0, 1).map((c) => toCaseHit(c)));
  const lists: ReplyAction[] = places
    .filter((p) => p.cases.length > 0)
    .map((p) => ({
      type: 'example',
      label: `${p.name}: ${caseCount(p.cases.length)}`,
      command: formatCommand(
        withCountry({
          type: 'search',
          query: intent.query,
          filters: { ...intent.filters, countries: [p.code] },
          sort: defaultSort(intent.query, intent.filters),
          page: 1,
        }),
      ),
    }));
  return {
    type: 'compare',
    intent,
    heading,
    rows: rows(places, deps),
    shared: sharedLines(places),
    cases: shown,
    total: places.reduce((n, p) => n + p.cases.length, 0),
    actions: [
      ...lists,
      ...shown.flatMap((c): ReplyAction[] => [
        { type: 'details', label: 'Details', command: `show ${c.id}`, caseId: c.id },
      ]),
    ],
  };
}
