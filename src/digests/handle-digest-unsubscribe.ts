import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeContents } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';
import { describeSchedule } from './schedule.js';

/** `digest unsubscribe [id]`: the channel's subscription deleted, announced there. */
export async function handleDigestUnsubscribe(
  command: Extract<DigestCommand, { type: 'unsubscribe' }>,
  ctx: ChatContext,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const found = await findOwnedSubscription(command, command.id, deps);
  if (found.type === 'reply') return found.reply;
  const { subscription } = found;
  await deps.store.deleteSubscription(subscription.id);
  deps.logger.info(
    { subscriptionId: subscription.id, target: deps.target, by: ctx.userId },
    'digest unsubscribed',
  );
  deps.onChange?.();
  const words = `${describeSchedule(subscription.schedule, subscription.timezone)}, ${describeContents(subscription, deps.countries)}`;
  return digestReply(command, {
    heading: `Digest ${subscription.id} unsubscribed`,
    lines: [`No more posts ${words}.`],
    scope: 'channel',
  });
}
