import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeContents, describeNextRun } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';
import { describeSchedule } from './schedule.js';

/** `digest resume [id]`: posting again from the next slot, announced to the channel. */
export async function handleDigestResume(
  command: Extract<DigestCommand, { type: 'resume' }>,
  ctx: ChatContext,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const found = await findOwnedSubscription(command, command.id, deps);
  if (found.type === 'reply') return found.reply;
  const { subscription } = found;
  const schedule = describeSchedule(subscription.schedule, subscription.timezone);
  if (!subscription.paused) {
    const contents = describeContents(subscription, deps.countries);
    return digestReply(command, {
      heading: `Digest ${subscription.id} is not paused`,
      lines: [`${schedule}, ${contents}, ${describeNextRun(subscription, deps.now())}.`],
      scope: 'asker',
    });
  }
  await deps.store.resumeSubscription(subscription.id, deps.now());
  deps.logger.info(
    { subscriptionId: subscription.id, target: deps.target, by: ctx.userId, was: subscription.paused },
    'digest resumed',
  );
  deps.onChange?.();
  const lines = [`${schedule}, ${describeNextRun(subscription, deps.now())}.`];
  if (subscription.paused.by === 'error')
    lines.push(`It had stopped because the platform refused a post: ${subscription.paused.reason}.`);
  return digestReply(command, {
    heading: `Digest ${subscription.id} resumed`,
    lines,
    scope: 'channel',
    about: subscription.id,
  });
}
