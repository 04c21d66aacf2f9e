import type { ChatContext } from '../chat-context.js';
import type { DigestChange, DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { describeContents, describeNextRun } from './describe-subscription.js';
import type { DigestCommandDeps } from './digest-command-deps.js';
import { digestReply } from './digest-reply.js';
import { findOwnedSubscription } from './find-owned-subscription.js';
import { parseSubscription } from './parse-subscription.js';
import { describeSchedule, formatLocalTime, type Schedule, WEEKDAYS } from './schedule.js';
import type { SubscriptionSpec } from './subscription.js';

type ChangeCommand = Extract<DigestCommand, { type: 'change' }>;

/** The time of day a schedule posts at: a cron expression's when it names one minute and hour. */
function timeOf(schedule: Schedule | undefined): string {
  if (!schedule) return '09:00';
  if (schedule.type !== 'cron') return formatLocalTime(schedule.time);
  const [minute = '', hour = ''] = schedule.expression.split(/\s+/u);
  return /^\d+$/u.test(minute) && /^\d+$/u.test(hour)
    ? formatLocalTime({ hour: Number(hour), minute: Number(minute) })
    : '09:00';
}

function dayOfSchedule(schedule: Schedule | undefined): string | undefined {
  if (schedule?.type === 'weekly') return schedule.day;
  if (schedule?.type !== 'cron') return undefined;
  const dow = schedule.expression.split(/\s+/u)[4] ?? '';
  return /^[0-6]$/u.test(dow) ? WEEKDAYS[Number(dow)] : undefined;
}

/** The schedule, in `digest subscribe` words, after the change: what it does not say stays. */
function scheduleArgs(change: DigestChange, old: Schedule | undefined): string {
  const time = change.time ?? timeOf(old);
  const [hour, minute] = time.split(':').map(Number);
  const day = change.day ?? dayOfSchedule(old) ?? 'mon';
  const every =
    change.every ??
    (change.day
      ? 'weekly'
      : old?.type === 'daily'
        ? 'daily'
        : old?.type === 'weekly' || !old
          ? 'weekly'
          : undefined);
  switch (every) {
    case 'daily':
      return `daily ${time}`;
    case 'weekdays':
      return `cron "${minute} ${hour} * * 1-5"`;
    case 'monthly':
      return `cron "${minute} ${hour} 1 * *"`;
    case 'weekly':
    case 'fortnightly':
      return `weekly ${day} ${time}`;
    case undefined: {
      // A cron schedule keeps its days; only a single time of day is replaced.
      const fields = old?.type === 'cron' ? old.expression.split(/\s+/u) : [];
      return `cron "${[minute, hour, ...fields.slice(2)].join(' ')}"`;
    }
    default: {
      const unknown: never = every;
      throw new Error(`unknown frequency ${String(unknown)}`);
    }
  }
}

/** `digest subscribe` arguments for the subscription as changed (or, with none, as asked). */
export function changedArgs(
  change: DigestChange,
  old: SubscriptionSpec | undefined,
  countryName: (code: string) => string | undefined,
): string {
  const parts = [scheduleArgs(change, old?.schedule)];
  const timezone = change.timezone ?? old?.timezone;
  if (timezone) parts.push(`tz ${timezone}`);
  const country = change.country === undefined ? old?.country && countryName(old.country) : change.country;
  if (country) parts.push(`country ${country}`);
  const topic = change.topic === undefined ? old?.topic : change.topic;
  if (topic) parts.push(`topic ${topic}`);
  const count = change.count ?? old?.count;
  if (count !== undefined) parts.push(`count ${count}`);
  return parts.join(' ');
}

const FORTNIGHTLY =
  'A digest posts daily, weekly, on weekdays or monthly: every other week is not a schedule it can keep.';

/**
 * A change to the channel's digest in plain words: the subscription that exists, changed in what
 * the message says and nothing else, announced in one line with the new schedule. Without a
 * digest here, how to set one up with what was said.
 */
export async function handleDigestChange(
  command: ChangeCommand,
  ctx: ChatContext,
  deps: DigestCommandDeps,
): Promise<ReplyContent> {
  const countryName = (code: string) => deps.countries.getCountry(code)?.name;
  const all = await deps.store.listSubscriptions({ target: deps.target });
  if (command.id === undefined && all.length === 0) {
    const lines = [
      `To set one up with what you said: digest subscribe ${changedArgs(command.change, undefined, countryName)}`,
    ];
    return digestReply(command, { heading: 'No digest in this channel to change', lines, scope: 'asker' });
  }
  const found = await findOwnedSubscription(command, command.id, deps);
  if (found.type === 'reply') return found.reply;
  const { subscription } = found;
  if (command.change.every === 'fortnightly')
    return digestReply(command, {
      heading: `Digest ${subscription.id} not changed`,
      about: subscription.id,
      lines: [
        FORTNIGHTLY,
        `Weekly instead: digest unsubscribe ${subscription.id}, then digest subscribe ${changedArgs({ ...command.change, every: 'weekly' }, subscription, countryName)}`,
      ],
      scope: 'asker',
    });
  const parsed = parseSubscription(changedArgs(command.change, subscription, countryName), {
    defaultTimezone: deps.defaultTimezone,
    countries: deps.countries,
    now: deps.now(),
  });
  if (parsed.type === 'invalid')
    return digestReply(command, {
      heading: 'That change needs a fix',
      lines: [parsed.error.message],
      scope: 'asker',
    });
  await deps.store.updateSubscription(subscription.id, parsed.spec);
  deps.logger.info(
    { subscriptionId: subscription.id, target: deps.target, by: ctx.userId },
    'digest changed',
  );
  deps.onChange?.();
  const changed = { ...subscription, ...parsed.spec };
  if (!parsed.spec.country) delete changed.country;
  if (!parsed.spec.topic) delete changed.topic;
  const line = `Now ${describeSchedule(changed.schedule, changed.timezone)}, ${describeContents(changed, deps.countries)}; ${describeNextRun(changed, deps.now())}.`;
  return digestReply(command, {
    heading: `Digest ${subscription.id} changed`,
    lines: [line],
    scope: 'channel',
    about: subscription.id,
  });
}
