import type { Intent } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';
import type { SearchHit } from '../search/search-index.js';
import { toCaseHit } from './case-hit.js';
import { PAGE_SIZE, type ReplyAction, type ReplyContent } from './reply.js';

export interface RankedCase {
  case: Case;
  hit?: SearchHit;
}

export function detailsActions(cases: readonly { id: string; title: string }[]): ReplyAction[] {
  return cases.map((c) => ({ type: 'details', label: 'Details', command: `show ${c.id}` }));
}

/**
 * One page of ranked cases. A page past the end shows the last page, with a notice,
 * rather than an empty answer. `commandFor(page)` is the command that shows that page.
 */
export function buildResultsReply(options: {
  intent: Intent & { page: number };
  heading: string;
  ranked: readonly RankedCase[];
  commandFor: (page: number) => string;
}): ReplyContent {
  const { intent, ranked } = options;
  const total = ranked.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(intent.page, pageCount);
  const shown = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const cases = shown.map((r) => toCaseHit(r.case, r.hit));
  const nextCommand = page < pageCount ? options.commandFor(page + 1) : undefined;
  const actions: ReplyAction[] = detailsActions(cases);
  if (nextCommand) actions.push({ type: 'more', label: 'More results', command: nextCommand });
  const reply: ReplyContent = {
    type: 'results',
    intent,
    heading: options.heading,
    cases,
    total,
    page,
    pageCount,
    actions,
  };
  if (nextCommand) reply.nextCommand = nextCommand;
  if (page < intent.page)
    reply.notice = `There ${pageCount === 1 ? 'is only 1 page' : `are only ${pageCount} pages`}; here is the last one.`;
  return reply;
}
