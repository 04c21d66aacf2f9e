import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { buildDigestMessage } from './build-digest-message.js';
import { nextRunOf } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply, noDigestsReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';
import { pickDigestCases } from './pick-digest-cases.js';
import type { Subscription } from './subscription.js';
import { formatInZone } from './time-zone.js';

/** The channel's subscription due first (paused ones last), for a preview that names none. */
async function dueFirst(deps: DigestCommandDeps): Promise<Subscription | undefined> {
  const all = await deps.store.listSubscriptions({ target: deps.target });
  const at = deps.now();
  const soonest = (s: Subscription) =>
    s.paused ? Number.POSITIVE_INFINITY : (nextRunOf(s, at)?.getTime() ?? Number.POSITIVE_INFINITY);
  return all.sort((a, b) => soonest(a) - soonest(b))[0];
}

/** `digest preview [id]`: what the next digest would post, to the asker alone. */
export async function handleDigestPreview(
  command: Extract<DigestCommand, { type: 'preview' }>,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  let subscription: Subscription | undefined;
  if (command.id) {
    const found = await findOwnedSubscription(command, command.id, deps);
    if (found.type === 'reply') return found.reply;
    subscription = found.subscription;
  } else {
    subscription = await dueFirst(deps);
  }
  if (!subscription) {
    return noDigestsReply(command, 'asker');
  }
  const { newCases, cases } = await pickDigestCases(deps.store, deps.cases, subscription);
  const next = nextRunOf(subscription, deps.now()) ?? deps.now();
  const message = buildDigestMessage({
    subscription,
    deliveryId: 'preview',
    scheduledAt: next,
    late: false,
    newCases,
    cases,
    countries: deps.countries,
  });
  const paused = subscription.paused ? ' (paused)' : '';
  const lines = [
    `Preview of digest ${subscription.id}, due ${formatInZone(next, subscription.timezone)}${paused}.`,
  ];
  if (newCases.length > 0)
    lines.push(`New since the last digest: ${newCases.map((item) => item.title).join('; ')}`);
  if (newCases.length + cases.length === 0)
    lines.push('No case matches its filters: the digest would be skipped.');
  lines.push(message.footer.replace(/ · ref preview$/, ''));
  return digestReply(command, {
    heading: message.heading,
    lines,
    cases: [...newCases, ...cases],
    scope: 'asker',
    about: subscription.id,
  });
}
