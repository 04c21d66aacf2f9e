import { randomPick } from '../conversation/refine-intent.js';
import { caseActions } from '../replies/build-results-reply.js';
import { toCaseHit } from '../replies/case-hit.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { describeRequest } from './describe-request.js';
import { formatCommand } from './format-command.js';
import { emptyAnswer } from './handle-search.js';
import type { Intent } from './intent.js';
import { selectCases } from './select-cases.js';

type RandomIntent = Extract<Intent, { type: 'random' }>;

/**
 * `count` different positions out of `total`, drawn with `random` (a Fisher–Yates shuffle cut
 * short, its swaps kept in a map: a pick of 3 among 10,000 cases touches 3 of them).
 */
function drawPositions(total: number, count: number, random: () => number): number[] {
  const swapped = new Map<number, number>();
  const drawn: number[] = [];
  for (let k = 0; k < Math.min(count, total); k += 1) {
    const j = k + Math.min(total - k - 1, Math.floor(random() * (total - k)));
    drawn.push(swapped.get(j) ?? j);
    swapped.set(j, swapped.get(k) ?? k);
  }
  return drawn;
}

/** Cases drawn with the injected random source from those the request selects: one, or `count`. */
export function handleRandom(intent: RandomIntent, deps: BotDeps): ReplyContent {
  const pool = selectCases(deps, intent.query, intent.filters, 'relevance');
  const { total } = pool;
  const picked = drawPositions(total, intent.count ?? 1, deps.random).map((i) => pool.at(i));
  if (picked.length === 0)
    return emptyAnswer(intent, deps, intent, (query, filters) => randomPick(query, filters, intent.count));
  const hits = picked.map((p) => toCaseHit(p.case, p.hit));
  const several = hits.length > 1;
  const described = describeRequest(intent.query, intent.filters, undefined, several ? 'cases' : 'case');
  const what = intent.filters.topic ? described : described.charAt(0).toLowerCase() + described.slice(1);
  return {
    type: 'results',
    intent,
    heading: several ? `${hits.length} random ${what}` : `A random ${what}`,
    cases: hits,
    total,
    page: 1,
    pageCount: 1,
    actions: [
      ...caseActions(hits),
      {
        type: 'random',
        label: several ? `Another ${hits.length} random cases` : 'Another random case',
        command: formatCommand(intent),
      },
    ],
  };
}
