import { withCountry } from '../conversation/refine-intent.js';
import type { CountGroup, ReplyAction, ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { caseCount, describeRequest, listWords } from './describe-request.js';
import { formatCommand } from './format-command.js';
import type { Filters, Intent } from './intent.js';
import { selectedCases } from './select-cases.js';
import { isTopicSide, sideRequest } from './side-request.js';

type CountIntent = Extract<Intent, { type: 'count' }>;

/** A side as the answer names it: a topic by its label, other words quoted. */
function sideName(side: string): string {
  return isTopicSide(side) ? side : `“${side}”`;
}

/**
 * "health vs open data in Europe", "AI or blockchain: which has more?": each subject named
 * against the others counted within the message's filters, a line each in the order named, the
 * answer saying which has more (ties as ties); each line lists its cases, and asked over time,
 * each one's count by year is a button.
 */
export function handleCountSides(intent: CountIntent, sides: readonly string[], deps: BotDeps): ReplyContent {
  const groups: CountGroup[] = sides.map((side) => {
    const asked = sideRequest(side, intent.filters);
    const count = selectedCases(deps, asked.query, asked.filters).length;
    const search = withCountry({
      type: 'search',
      query: asked.query,
      filters: asked.filters,
      sort: 'relevance',
      page: 1,
    });
    return { key: side, label: sideName(side), count, command: formatCommand(search, 'quoted') };
  });
  const actions: ReplyAction[] = [];
  if (intent.by === 'year')
    for (const side of sides) {
      const asked = sideRequest(side, intent.filters);
      actions.push({
        type: 'example',
        label: `${isTopicSide(side) ? side : side.charAt(0).toUpperCase() + side.slice(1)} by year`,
        command: formatCommand(
          withCountry({ type: 'count', query: asked.query, filters: asked.filters, by: 'year' }),
        ),
      });
    }
  const within = describeRequest('', withoutTopics(intent.filters));
  const scope = within === 'Cases' ? '' : ` (${within.charAt(0).toLowerCase()}${within.slice(1)})`;
  return {
    type: 'counts',
    intent,
    heading: `${listWords(groups.map((g) => g.label))} side by side${scope}`,
    groups,
    cases: [],
    total: groups.reduce((sum, g) => sum + g.count, 0),
    actions,
    notice: whichHasMore(groups),
  };
}

function withoutTopics(filters: Filters): Filters {
  const { topics: _topics, topic: _topic, ...rest } = filters;
  return rest;
}

/** "Health has more: 4 cases to 2.", "Health and Education tie, 3 cases each.", "Neither has any." */
function whichHasMore(groups: readonly CountGroup[]): string {
  const most = Math.max(...groups.map((g) => g.count));
  if (most === 0) return `${groups.length === 2 ? 'Neither has' : 'None has'} any case.`;
  const at = groups.filter((g) => g.count === most);
  const others = groups.filter((g) => g.count !== most).map((g) => g.count);
  if (at.length === 1)
    return `${at[0]!.label} has ${groups.length === 2 ? 'more' : 'the most'}: ${caseCount(most)}, to ${listWords(others.map(String))}.`;
  const tied = `${listWords(at.map((g) => g.label))} tie, ${caseCount(most)} each`;
  return others.length === 0 ? `${tied}.` : `${tied}, to ${listWords(others.map(String))}.`;
}
