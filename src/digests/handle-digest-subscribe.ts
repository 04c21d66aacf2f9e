import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeContents, describeNextRun } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { parseSubscription } from './parse-subscription.js';
import { randomId } from './random-id.js';
import { describeSchedule } from './schedule.js';
import type { Subscription } from './subscription.js';

/** More would turn a channel into a feed; a channel that wants more can ask an admin. */
export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 10;
const SUBSCRIPTION_ID_LENGTH = 6;

/** `digest subscribe …`: a new subscription of the channel, announced there; a mistake, to the asker. */
export async function handleDigestSubscribe(
  command: Extract<DigestCommand, { type: 'subscribe' }>,
  ctx: ChatContext,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const { store, target, countries, now, logger } = deps;
  const parsed = parseSubscription(command.args, {
    defaultTimezone: deps.defaultTimezone,
    countries,
    now: now(),
  });
  if (parsed.type === 'invalid') {
    const { message, example } = parsed.error;
    return digestReply(command, {
      heading: 'That digest needs a fix',
      lines: [message, `Try: ${example}`],
      scope: 'asker',
    });
  }
  const existing = await store.listSubscriptions({ target });
  if (existing.length >= MAX_SUBSCRIPTIONS_PER_CHANNEL) {
    const lines = [
      `This channel has ${existing.length} digests, the most it can have. Remove one with: digest unsubscribe <id>`,
    ];
    return digestReply(command, { heading: 'Too many digests here', lines, scope: 'asker' });
  }
  const at = now();
  let subscription: Subscription | undefined;
  for (let tries = 0; !subscription && tries < 5; tries += 1) {
    const candidate: Subscription = {
      ...parsed.spec,
      id: randomId(SUBSCRIPTION_ID_LENGTH, deps.random),
      target,
      createdAt: at,
      activeSince: at,
    };
    if (ctx.userId) candidate.createdBy = ctx.userId;
    if (await store.createSubscription(candidate)) subscription = candidate;
  }
  if (!subscription) throw new Error('could not find a free digest subscription id');
  logger.info({ subscriptionId: subscription.id, target, by: ctx.userId }, 'digest subscribed');
  deps.onChange?.();
  const lines = [
    `${describeSchedule(subscription.schedule, subscription.timezone)}, ${describeNextRun(subscription, now())}.`,
    `${describeContents(subscription, countries)}.`,
  ];
  const matching = deps.cases.matchCases({ country: subscription.country, topic: subscription.topic }).length;
  if (matching === 0) lines.push('No case matches these filters yet: digests are skipped until one does.');
  lines.push(`Stop it with: digest unsubscribe ${subscription.id}`);
  return digestReply(command, {
    heading: `Digest ${subscription.id} subscribed`,
    lines,
    scope: 'channel',
    about: subscription.id,
  });
}
