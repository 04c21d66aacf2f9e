import { toCaseHit } from '../replies/case-hit.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { buildCompareMenu } from './build-compare-menu.js';
import { findCaseById } from './find-case.js';
import type { Intent } from './intent.js';

type ShowIntent = Extract<Intent, { type: 'show' }>;

/** The reply when a case id (or name) finds no case. */
export function noSuchCase(intent: Intent, typed: string): ReplyContent {
  return {
    type: 'not-found',
    intent,
    heading: `No case with id “${typed}”`,
    message: 'Case ids are shown beside each case in search results. Search for the case to find its id.',
    suggestions: ['random', 'help'],
    cases: [],
    total: 0,
    actions: [],
  };
}

export function handleShow(intent: ShowIntent, deps: BotDeps): ReplyContent {
  const found = findCaseById(deps, intent.id);
  if (!found) return noSuchCase(intent, intent.id);
  const reply: ReplyContent = {
    type: 'case',
    intent: { type: 'show', id: found.id },
    heading: found.title,
    cases: [toCaseHit(found)],
    total: 1,
    actions: [
      { type: 'similar', label: 'Similar cases', command: `similar ${found.id}`, caseId: found.id },
      { type: 'random', label: 'Another random case', command: 'random' },
    ],
  };
  const compare = buildCompareMenu(found, deps);
  if (compare) reply.compare = compare;
  return reply;
}
