import { withCountry } from '../conversation/refine-intent.js';
import type { CountGroup, ReplyAction, ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { type CountLine, countLines } from './count-lines.js';
import { handleCountSides } from './count-sides.js';
import { caseCount, casesEachWords, describeRequest } from './describe-request.js';
import { narrowed, valuesOf } from './facet-values.js';
import { formatCommand } from './format-command.js';
import { emptyAnswer } from './handle-search.js';
import type { CountRange, Facet, Filters, Intent } from './intent.js';
import { selectedCases } from './select-cases.js';

type CountIntent = Extract<Intent, { type: 'count' }>;

/** ", of 18 in all (28%)": what part of the collection a narrowed count is, as people ask it. */
function shareOfAll(count: number, all: number): string {
  if (count === all || all === 0) return '';
  return `, of ${all} in all (${Math.round((count / all) * 100)}%)`;
}

/** The overview's "By …" buttons, in this order. */
const OVERVIEW_FACETS: readonly Facet[] = ['country', 'region', 'topic', 'year', 'level'];

const FACET_NAMES: Readonly<Record<Facet, string>> = {
  country: 'country',
  region: 'region',
  topic: 'topic',
  year: 'year',
  level: 'level',
};

/**
 * How many cases match, in all and per country, region, topic, year or level: each line with
 * the command that lists its cases; the total alone offers each breakdown as a button. Years newest first; the rest most cases first.
 */
export function handleCount(intent: CountIntent, deps: BotDeps): ReplyContent {
  if (intent.sides && intent.sides.length >= 2) return handleCountSides(intent, intent.sides, deps);
  const selected = selectedCases(deps, intent.query, intent.filters);
  const total = selected.length;
  if (total === 0)
    return emptyAnswer(intent, deps, intent, (query, filters) =>
      withCountry({ type: 'count', query, filters, ...(intent.by ? { by: intent.by } : {}) }),
    );
  const described = describeRequest(intent.query, intent.filters);
  // Quoted, not read back: a breakdown holds a command per country, topic or year.
  const listCommand = (query: string, filters: Filters) =>
    formatCommand(
      withCountry({
        type: 'search',
        query,
        filters,
        sort: query || filters.topic ? 'relevance' : 'newest',
        page: 1,
      }),
      'quoted',
    );
  const actions: ReplyAction[] = [];
  if (total > 0)
    actions.push({
      type: 'more',
      label: `List ${caseCount(total)}`,
      command: listCommand(intent.query, intent.filters),
    });
  const by = intent.by;
  if (!by) {
    // Every breakdown the cases have values for: a facet none of them has would list nothing.
    for (const facet of OVERVIEW_FACETS.filter((f) => selected.some((c) => valuesOf(c, f, deps).length > 0)))
      actions.push({
        type: 'example',
        label: `By ${FACET_NAMES[facet]}`,
        command: formatCommand({ ...intent, by: facet }),
      });
    return {
      type: 'counts',
      intent,
      // "1 Health case from Chile", "3 cases since 2020": the noun agrees with the number.
      heading: `${total} ${lowerCasesWord(total === 1 ? describeRequest(intent.query, intent.filters, undefined, 'case') : described)}${aboutAll(intent, deps)}${shareOfAll(total, deps.cases.length)}`,
      groups: [],
      cases: [],
      total,
      actions,
    };
  }
  const { lines: all, without } = countLines(selected, by, intent.filters, deps);
  const having = intent.having;
  const kept = having === undefined ? all : all.filter((line) => inRange(line.count, having));
  const lines = intent.top === undefined ? kept : topLines(kept, intent.top);
  const groups: CountGroup[] = lines.map((line) => ({
    ...line,
    command: listCommand(intent.query, narrowed(intent.filters, by, line.key)),
  }));
  const plural = by === 'country' ? 'countries' : `${FACET_NAMES[by]}s`;
  const reply: ReplyContent = {
    type: 'counts',
    intent,
    facet: by,
    heading: `${described} by ${FACET_NAMES[by]}: ${caseCount(total)} in ${groups.length} ${groups.length === 1 ? FACET_NAMES[by] : plural}`,
    groups,
    cases: [],
    total,
    actions,
  };
  if (without > 0)
    reply.notice = `${caseCount(without)} ${without === 1 ? 'has' : 'have'} no ${FACET_NAMES[by]}.`;
  if (lines.length < all.length) {
    // "the top 3 countries", "countries with more than 3 cases": those lines; all a button away.
    const { top: _top, having: _having, ...whole } = intent;
    const which = having
      ? `${lines.length} of ${all.length} ${plural} ${casesEachWords(having)}`
      : `the top ${lines.length} of ${all.length} ${plural}`;
    reply.heading = `${described} by ${FACET_NAMES[by]}: ${which}`;
    actions.push({ type: 'more', label: `All ${all.length} ${plural}`, command: formatCommand(whole) });
  }
  if (having && lines.length === 0 && all.length > 0) {
    const most = Math.max(...all.map((line) => line.count));
    const none = `No ${FACET_NAMES[by]} has ${casesEachWords(having).replace(/^with /u, '')}: the most any has is ${caseCount(most)}.`;
    reply.notice = reply.notice ? `${none} ${reply.notice}` : none;
  }
  if (intent.top !== undefined && lines.length > intent.top) {
    // A cut between equals would pick among them at random: they are all shown, and said so.
    const tied = `The top ${intent.top} asked for end in a tie, so ${lines.length} are shown.`;
    reply.notice = reply.notice ? `${tied} ${reply.notice}` : tied;
  }
  return reply;
}

function inRange(n: number, { min, max }: CountRange): boolean {
  return (min === undefined || n >= min) && (max === undefined || n <= max);
}

/**
 * The first `top` lines by how many cases each has (years too, which are otherwise shown newest
 * first), with any that tie with the last of them: a cut between equals would pick one at random.
 */
function topLines(lines: readonly CountLine[], top: number): CountLine[] {
  const ranked = [...lines].sort((a, b) => b.count - a.count);
  const last = ranked[top - 1];
  return last === undefined ? ranked : ranked.filter((line, i) => i < top || line.count === last.count);
}

/**
 * " (2 about both)": topics named together are counted as cases about any of them, so how many
 * are about all of them is said beside it.
 */
function aboutAll(intent: CountIntent, deps: BotDeps): string {
  const topics = intent.filters.topics;
  if (!topics || topics.all || topics.labels.length < 2) return '';
  const filters: Filters = { ...intent.filters, topics: { labels: topics.labels, all: true } };
  const all = selectedCases(deps, intent.query, filters).length;
  return ` (${all} about ${topics.labels.length === 2 ? 'both' : 'all of them'})`;
}

/** "Cases from Chile" → "cases from Chile"; a topic's name keeps its capital. */
function lowerCasesWord(text: string): string {
  return text.startsWith('Case') ? `c${text.slice(1)}` : text;
}
