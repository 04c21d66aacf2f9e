import type { Intent } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';
import type { SearchHit } from '../search/ranked-matches.js';
import { toCaseHit } from './case-hit.js';
import { type CaseHit, PAGE_SIZE, type ReplyAction, type ReplyContent } from './reply.js';

/** One case of a ranked list, and why it was found. */
export interface RankedCase {
  case: Case;
  hit?: SearchHit;
  related?: CaseHit['related'];
}

/**
 * Cases in the order an answer lists them, each read only when needed: a common word in a large
 * knowledge base finds nearly every case, and an answer shows five of them.
 */
export interface RankedCases {
  readonly total: number;
  /** The case ranked `i` (0-based, below `total`) and why it was found. */
  at(i: number): RankedCase;
  /** Every case, in rank order. */
  cases(): readonly Case[];
}

/** Cases in the order given, found by no search. */
export function casesInOrder(cases: readonly Case[]): RankedCases {
  return { total: cases.length, at: (i) => ({ case: cases[i]! }), cases: () => cases };
}

/** Ranked cases already at hand, in order. */
export function listedCases(ranked: readonly RankedCase[]): RankedCases {
  return { total: ranked.length, at: (i) => ranked[i]!, cases: () => ranked.map((r) => r.case) };
}

/** Every shown case's own buttons: its details, and cases like it. */
export function caseActions(cases: readonly { id: string }[]): ReplyAction[] {
  return cases.flatMap((c): ReplyAction[] => [
    { type: 'details', label: 'Details', command: `show ${c.id}`, caseId: c.id },
    { type: 'similar', label: 'Similar', command: `similar ${c.id}`, caseId: c.id },
  ]);
}

function atPage<T extends { page: number }>(intent: T, page: number): T {
  return { ...intent, page };
}

/**
 * One page of ranked cases. A page past the end shows the last page, with a notice,
 * rather than an empty answer. `commandFor(page)` is the command that shows that page; a page
 * holds `pageSize` cases (a full page unless fewer were asked for).
 */
export function buildResultsReply(options: {
  intent: Intent & { page: number };
  heading: string;
  ranked: RankedCases;
  commandFor: (page: number) => string;
  pageSize?: number;
  /** Cases passed over before the first page ("the next 3" after five shown). */
  skip?: number;
}): Extract<ReplyContent, { type: 'results' }> {
  const { intent, ranked } = options;
  const { total } = ranked;
  const size = Math.min(Math.max(1, options.pageSize ?? PAGE_SIZE), PAGE_SIZE);
  const skip = Math.min(Math.max(0, options.skip ?? 0), Math.max(0, total - 1));
  const pageCount = Math.max(1, Math.ceil((total - skip) / size));
  const page = Math.min(intent.page, pageCount);
  const cases: CaseHit[] = [];
  for (let i = skip + (page - 1) * size; i < Math.min(total, skip + page * size); i++) {
    const r = ranked.at(i);
    const hit = toCaseHit(r.case, r.hit);
    if (r.related) hit.related = r.related;
    cases.push(hit);
  }
  const nextCommand = page < pageCount ? options.commandFor(page + 1) : undefined;
  const actions: ReplyAction[] = caseActions(cases);
  if (page > 1) actions.push({ type: 'previous', label: 'Previous', command: options.commandFor(page - 1) });
  if (nextCommand) actions.push({ type: 'more', label: 'More results', command: nextCommand });
  const reply: Extract<ReplyContent, { type: 'results' }> = {
    type: 'results',
    intent: atPage(intent, page),
    heading: options.heading,
    cases,
    total,
    page,
    pageCount,
    actions,
  };
  if (nextCommand) reply.nextCommand = nextCommand;
  if ((options.skip ?? 0) >= total)
    reply.notice = `The list ends at case ${total}: ${total === 1 ? 'here it is' : 'here is the last one'}.`;
  else if (page < intent.page)
    reply.notice = `There ${pageCount === 1 ? 'is only 1 page' : `are only ${pageCount} pages`}; here is the last one.`;
  return reply;
}
