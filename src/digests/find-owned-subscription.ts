import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import type { DigestTarget, Subscription } from './subscription.js';

function sameChannel(a: DigestTarget, b: DigestTarget): boolean {
  return a.platform === b.platform && (a.teamId ?? '') === (b.teamId ?? '') && a.channelId === b.channelId;
}

/**
 * The subscription `id` when the command's channel owns it; otherwise the reply that says so
 * (another channel's id is answered as if it did not exist).
 */
export async function findOwnedSubscription(
  command: DigestCommand,
  id: string,
  deps: Pick<DigestCommandDeps, 'store' | 'target'>,
): Promise<{ type: 'found'; subscription: Subscription } | { type: 'reply'; reply: ReplyContent }> {
  const subscription = await deps.store.getSubscription(id.toLowerCase());
  if (subscription && sameChannel(subscription.target, deps.target)) return { type: 'found', subscription };
  const reply = digestReply(command, {
    heading: `No digest ${id} in this channel`,
    lines: ['See the ids with: digest list'],
    scope: 'asker',
  });
  return { type: 'reply', reply };
}
