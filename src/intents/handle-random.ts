import { withCountry } from '../conversation/refine-intent.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { describeRequest } from './describe-request.js';
import { formatCommand } from './format-command.js';
import { emptyAnswer } from './handle-search.js';
import type { Intent } from './intent.js';
import { selectCases } from './select-cases.js';

type RandomIntent = Extract<Intent, { type: 'random' }>;

/** One case drawn with the injected random source from those the request selects. */
export function handleRandom(intent: RandomIntent, deps: BotDeps): ReplyContent {
  const pool = selectCases(deps, intent.query, intent.filters, 'relevance');
  const { total } = pool;
  const picked = total > 0 ? pool.at(Math.min(total - 1, Math.floor(deps.random() * total))) : undefined;
  if (!picked)
    return emptyAnswer(intent, deps, intent, (query, filters) =>
      withCountry({ type: 'random', query, filters }),
    );
  const hit = toCaseHit(picked.case, picked.hit);
  const described = describeRequest(intent.query, intent.filters, undefined, 'case');
  return {
    type: 'results',
    intent,
    heading: `A random ${intent.filters.topic ? described : described.charAt(0).toLowerCase() + described.slice(1)}`,
    cases: [hit],
    total,
    page: 1,
    pageCount: 1,
    actions: [
      { type: 'details', label: 'Details', command: `show ${hit.id}`, caseId: hit.id },
      { type: 'similar', label: 'Similar', command: `similar ${hit.id}`, caseId: hit.id },
      { type: 'random', label: 'Another random case', command: formatCommand(intent) },
    ],
  };
}
