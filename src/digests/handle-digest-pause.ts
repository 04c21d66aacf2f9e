import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';

/** `digest pause [id]`: no posts until resumed, announced to the channel. */
export async function handleDigestPause(
  command: Extract<DigestCommand, { type: 'pause' }>,
  ctx: ChatContext,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const found = await findOwnedSubscription(command, command.id, deps);
  if (found.type === 'reply') return found.reply;
  const { subscription } = found;
  if (subscription.paused) {
    return digestReply(command, {
      heading: `Digest ${subscription.id} is already paused`,
      lines: [`Paused: ${subscription.paused.reason}`],
      scope: 'asker',
      about: subscription.id,
    });
  }
  const reason = ctx.userId ? `paused by user ${ctx.userId}` : 'paused by a user';
  await deps.store.pauseSubscription(subscription.id, { by: 'user', reason, at: deps.now() });
  deps.logger.info({ subscriptionId: subscription.id, target: deps.target, by: ctx.userId }, 'digest paused');
  deps.onChange?.();
  return digestReply(command, {
    heading: `Digest ${subscription.id} paused`,
    lines: [`Resume it with: digest resume ${subscription.id}`],
    scope: 'channel',
    about: subscription.id,
  });
}
