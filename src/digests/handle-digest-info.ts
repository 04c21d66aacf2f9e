import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeDelivery } from './describe-delivery.js';
import { describeContents, describeNextRun } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';
import { describeSchedule } from './schedule.js';
import { formatInZone } from './time-zone.js';

/**
 * `digest info [id]` ("who set up this digest?", "when's the next one going out?", "what was in
 * last week's digest?"): what the store keeps of one digest, in words: its schedule and contents,
 * who set it up and when, its next post, and the cases of its last post.
 */
export async function handleDigestInfo(
  command: Extract<DigestCommand, { type: 'info' }>,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const found = await findOwnedSubscription(command, command.id, deps);
  if (found.type === 'reply') return found.reply;
  const { subscription: s } = found;
  const zone = s.timezone;
  const by = s.createdBy ? `user ${s.createdBy}` : 'someone (who is not recorded)';
  const lines = [
    `${describeSchedule(s.schedule, zone)}, ${describeContents(s, deps.countries)}.`,
    `Set up by ${by} on ${formatInZone(s.createdAt, zone)}.`,
    s.paused
      ? `Paused (${s.paused.reason}): nothing posts until it is resumed.`
      : `${capital(describeNextRun(s, deps.now()))}.`,
  ];
  const last = await deps.store.lastDelivery(s.id);
  const posted = last && last.caseIds.length > 0 && last.status === 'sent' ? last : undefined;
  const byId = new Map(deps.cases.matchCases({}).map((c) => [c.id, c]));
  const cases = (posted?.caseIds ?? []).flatMap((id) => byId.get(id) ?? []);
  if (!last) lines.push('Nothing posted yet.');
  else if (!posted) lines.push(`Last: ${describeDelivery(last, zone)}.`);
  else {
    lines.push(
      `Last posted ${describeDelivery(last, zone)}, with ${cases.length} case${cases.length === 1 ? '' : 's'}: ${cases.map((c) => c.title).join('; ')}`,
    );
    if (cases.length < posted.caseIds.length)
      lines.push(`${posted.caseIds.length - cases.length} of them are no longer in the collection.`);
  }
  return digestReply(command, { heading: `Digest ${s.id}`, lines, cases, scope: 'channel', about: s.id });
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
