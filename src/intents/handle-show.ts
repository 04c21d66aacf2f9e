import type { Case } from '../knowledge/case.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';

type ShowIntent = Extract<Intent, { type: 'show' }>;

/** An unambiguous start of an id is enough: people copy ids by hand. */
const MIN_PREFIX = 4;

function findCase(deps: BotDeps, id: string): Case | undefined {
  const exact = deps.byId.get(id);
  if (exact || id.length < MIN_PREFIX) return exact;
  const matches = deps.cases.filter((c) => c.id.startsWith(id));
  return matches.length === 1 ? matches[0] : undefined;
}

export function handleShow(intent: ShowIntent, deps: BotDeps): ReplyContent {
  const id = intent.id.replace(/[^\p{L}\p{N}-]/gu, '').toLowerCase();
  const found = findCase(deps, id);
  if (!found) {
    return {
      type: 'not-found',
      intent,
      heading: `No case with id “${intent.id}”`,
      message: 'Case ids are shown beside each case in search results. Search for the case to find its id.',
      suggestions: ['random', 'help'],
      cases: [],
      total: 0,
      actions: [],
    };
  }
  return {
    type: 'case',
    intent,
    heading: found.title,
    cases: [toCaseHit(found)],
    total: 1,
    actions: [{ type: 'random', label: 'Another random case', command: 'random' }],
  };
}
