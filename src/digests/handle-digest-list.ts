import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeDelivery } from './describe-delivery.js';
import { describeContents, describeNextRun } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply, noDigestsReply } from './digest-reply.js';
import { describeSchedule } from './schedule.js';

/** `digest list`: the channel's digests, each with its schedule, contents, next run and last post. */
export async function handleDigestList(
  command: DigestCommand,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const { store, countries, now } = deps;
  const subscriptions = await store.listSubscriptions({ target: deps.target });
  if (subscriptions.length === 0) {
    return noDigestsReply(command, 'channel');
  }
  const lines: string[] = [];
  for (const s of subscriptions) {
    const last = await store.lastDelivery(s.id);
    const parts = [`${s.id}: ${describeSchedule(s.schedule, s.timezone)}`, describeContents(s, countries)];
    parts.push(
      s.paused
        ? `paused: ${s.paused.reason} (resume with: digest resume ${s.id})`
        : describeNextRun(s, now()),
    );
    parts.push(last ? `last ${describeDelivery(last, s.timezone)}` : 'nothing posted yet');
    lines.push(parts.join(' · '));
  }
  return digestReply(command, {
    heading: `Digests in this channel (${subscriptions.length})`,
    lines,
    scope: 'channel',
    ...(subscriptions.length === 1 && subscriptions[0] ? { about: subscriptions[0].id } : {}),
  });
}
