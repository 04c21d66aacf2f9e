import type { Case, KnowledgeBase } from '../knowledge/case.js';
import type { DigestStore } from './digest-store.js';
import { type CaseSelection, selectCases } from './select-cases.js';
import type { Subscription } from './subscription.js';

/** What a digest command needs of the bot's cases: the bot passes it with each command. */
export interface CaseMatcher {
  /** Every case matching the filters, most relevant first. */
  matchCases(filter: { country?: string; topic?: string }): Case[];
}

/** What the scheduler needs of the bot: `Pick<Bot, 'matchCases' | 'knowledge'>` satisfies it. */
export interface DigestKnowledge extends CaseMatcher {
  readonly knowledge: Pick<KnowledgeBase, 'cases' | 'hash'>;
}

/** The cases the subscription's next digest would post in its channel, given what it already received. */
export async function pickDigestCases(
  store: DigestStore,
  knowledge: CaseMatcher,
  subscription: Subscription,
): Promise<CaseSelection> {
  const filter: { country?: string; topic?: string } = {};
  if (subscription.country) filter.country = subscription.country;
  if (subscription.topic) filter.topic = subscription.topic;
  const candidates = knowledge.matchCases(filter);
  const [history, firstSeen, lastDigestAt] = await Promise.all([
    store.channelHistory(subscription.target),
    store.caseFirstSeen(candidates.map((item) => item.id)),
    store.lastChannelDigestAt(subscription.target),
  ]);
  return selectCases({
    candidates,
    count: subscription.count,
    history,
    firstSeen,
    ...(lastDigestAt ? { lastDigestAt: lastDigestAt.getTime() } : {}),
  });
}
