import type { BotDeps } from '../intents/bot-deps.js';
import { findCaseById } from '../intents/find-case.js';
import type { Intent } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';
import type { CaseAsk } from '../understanding/understanding.js';

/** What the collection lacks, said of the cases shown: "whether they were evaluated". */
const OF_CASES: Record<CaseAsk, string> = {
  results: 'what cases achieved',
  evaluation: 'whether cases were evaluated',
  cost: 'what cases cost',
  contact: 'contact people',
  running: 'whether cases are still running',
  'set-up': 'how long cases took to set up',
};

/** What it has instead, on one case. */
function whatItHas(ask: CaseAsk, found: Case): string {
  const page = found.url ? ' Its page, linked below, may say more.' : '';
  switch (ask) {
    case 'results':
    case 'evaluation':
      return `what this case reports is in its summary below.${page}`;
    case 'cost':
    case 'set-up':
      return `below is what it has on this case.${page}`;
    case 'contact':
      return found.organisation
        ? `this case was run by ${found.organisation}.${page}`
        : `below is what it has on this case.${page}`;
    case 'running':
      return found.year === undefined
        ? `nor when this case started.${page}`
        : `this case started in ${found.year}.${page}`;
    default: {
      const never: never = ask;
      return never;
    }
  }
}

/**
 * "did it work?", "how much did it cost?", "who do I contact about it?", "did any of them work?":
 * the collection records none of it as such, so the answer shows the case (or the cases) and says
 * plainly what is missing and what is there instead.
 */
export function readingOfCaseAsks(
  asks: readonly CaseAsk[],
  intent: Intent,
  deps: BotDeps | undefined,
): string | undefined {
  const missing = asks.map((ask) => OF_CASES[ask]).join(' or ');
  if (intent.type === 'show') {
    const found = deps ? findCaseById(deps, intent.id) : undefined;
    const first = asks[0];
    if (!found || first === undefined) return undefined;
    return `The collection does not record ${missing}; ${whatItHas(first, found)}`;
  }
  if (intent.type === 'search' || intent.type === 'similar')
    return `The collection does not record ${missing}; here are the cases, each summary saying what the case reports.`;
  return undefined;
}
