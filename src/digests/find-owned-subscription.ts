import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeContents } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply, noDigestsReply } from './digest-reply.js';
import { describeSchedule } from './schedule.js';
import type { DigestTarget, Subscription } from './subscription.js';

function sameChannel(a: DigestTarget, b: DigestTarget): boolean {
  return a.platform === b.platform && (a.teamId ?? '') === (b.teamId ?? '') && a.channelId === b.channelId;
}

type Found = { type: 'found'; subscription: Subscription } | { type: 'reply'; reply: ReplyContent };

/**
 * The subscription `id` when the command's channel owns it; otherwise the reply that says so
 * (another channel's id is answered as if it did not exist). Without an id ("stop the digest"),
 * the channel's one digest, or a reply listing them to choose from when it has several.
 */
export async function findOwnedSubscription(
  command: DigestCommand,
  id: string | undefined,
  deps: Pick<DigestCommandDeps, 'store' | 'target' | 'countries'>,
): Promise<Found> {
  if (id === undefined) return onlySubscription(command, deps);
  const subscription = await deps.store.getSubscription(id.toLowerCase());
  if (subscription && sameChannel(subscription.target, deps.target)) return { type: 'found', subscription };
  const reply = digestReply(command, {
    heading: `No digest ${id} in this channel`,
    lines: ['See the ids with: digest list'],
    scope: 'asker',
  });
  return { type: 'reply', reply };
}

async function onlySubscription(
  command: DigestCommand,
  deps: Pick<DigestCommandDeps, 'store' | 'target' | 'countries'>,
): Promise<Found> {
  const all = await deps.store.listSubscriptions({ target: deps.target });
  const [only] = all;
  if (only && all.length === 1) return { type: 'found', subscription: only };
  if (all.length === 0) return { type: 'reply', reply: noDigestsReply(command, 'asker') };
  const lines = all.map(
    (s) =>
      `digest ${command.type} ${s.id}: ${describeSchedule(s.schedule, s.timezone)}, ${describeContents(s, deps.countries)}${s.paused ? ' (paused)' : ''}`,
  );
  const reply = digestReply(command, {
    heading: `Which digest? This channel has ${all.length}`,
    lines,
    scope: 'asker',
  });
  return { type: 'reply', reply };
}
