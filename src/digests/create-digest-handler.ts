import type { DigestHandler } from '../bot.js';
import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { Logger } from '../logger.js';
import { buildDigestMessage, describeFilters } from './build-digest-message.js';
import { describeDelivery } from './describe-delivery.js';
import { digestHelpLines, digestReply, manageRefusal } from './digest-reply.js';
import type { DigestStore } from './digest-store.js';
import { type CountryLookup, parseSubscription } from './parse-subscription.js';
import { type DigestKnowledge, pickDigestCases } from './pick-digest-cases.js';
import { randomId } from './random-id.js';
import { describeSchedule, nextRunAfter } from './schedule.js';
import type { DigestTarget, Subscription } from './subscription.js';
import { formatInZone } from './time-zone.js';

/** More would turn a channel into a feed; a channel that wants more can ask an admin. */
export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 10;
const SUBSCRIPTION_ID_LENGTH = 6;
const EXAMPLE = 'digest subscribe weekly mon 09:00 topic health';

export interface DigestHandlerOptions {
  store: DigestStore;
  knowledge: DigestKnowledge;
  countries: CountryLookup;
  /** DIGEST_TZ: the zone of schedules that name none. */
  defaultTimezone: string;
  now: () => Date;
  logger: Logger;
  random?: () => number;
  /** Called after a change that moves the next post, so the scheduler re-arms its timer. */
  onChange?: () => void;
}

function sameChannel(a: DigestTarget, b: DigestTarget): boolean {
  return a.platform === b.platform && (a.teamId ?? '') === (b.teamId ?? '') && a.channelId === b.channelId;
}

/**
 * Answers `digest …` commands in a channel. Anyone may list, preview and ask for help; changes
 * need `ctx.canManageDigests` (decided by the adapter) and happen only in the channel that owns
 * the subscription. Store failures are left to the adapter's one error handler.
 */
export function createDigestHandler(options: DigestHandlerOptions): DigestHandler {
  const { store, countries, now, logger } = options;

  const summaryOf = (s: Subscription) =>
    `${s.count} case${s.count === 1 ? '' : 's'} per digest, ${describeFilters(s, countries)}`;
  const nextOf = (s: Subscription) => nextRunAfter(s.schedule, s.timezone, now());
  const whenNext = (s: Subscription) => {
    const next = nextOf(s);
    return next ? `next on ${formatInZone(next, s.timezone)}` : 'no further runs';
  };

  async function owned(command: DigestCommand, id: string, target: DigestTarget) {
    const subscription = await store.getSubscription(id.toLowerCase());
    if (subscription && sameChannel(subscription.target, target)) return subscription;
    return digestReply(command, {
      heading: `No digest ${id} in this channel`,
      lines: ['See the ids with: digest list'],
      scope: 'asker',
    });
  }

  async function subscribe(
    command: Extract<DigestCommand, { type: 'subscribe' }>,
    target: DigestTarget,
    ctx: ChatContext,
  ) {
    const parsed = parseSubscription(command.args, {
      defaultTimezone: options.defaultTimezone,
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
        id: randomId(SUBSCRIPTION_ID_LENGTH, options.random),
        target,
        createdAt: at,
        activeSince: at,
      };
      if (ctx.userId) candidate.createdBy = ctx.userId;
      if (await store.createSubscription(candidate)) subscription = candidate;
    }
    if (!subscription) throw new Error('could not find a free digest subscription id');
    logger.info({ subscriptionId: subscription.id, target, by: ctx.userId }, 'digest subscribed');
    options.onChange?.();
    const lines = [
      `${describeSchedule(subscription.schedule, subscription.timezone)}, ${whenNext(subscription)}.`,
      `${summaryOf(subscription)}.`,
    ];
    const matching = options.knowledge.matchCases({
      country: subscription.country,
      topic: subscription.topic,
    }).length;
    if (matching === 0) lines.push('No case matches these filters yet: digests are skipped until one does.');
    lines.push(`Stop it with: digest unsubscribe ${subscription.id}`);
    return digestReply(command, { heading: `Digest ${subscription.id} subscribed`, lines, scope: 'channel' });
  }

  async function list(command: DigestCommand, target: DigestTarget) {
    const subscriptions = await store.listSubscriptions({ target });
    if (subscriptions.length === 0) {
      return digestReply(command, {
        heading: 'No digests in this channel',
        lines: [`Start one with: ${EXAMPLE}`],
        scope: 'channel',
      });
    }
    const lines: string[] = [];
    for (const s of subscriptions) {
      const last = await store.lastDelivery(s.id);
      const parts = [`${s.id}: ${describeSchedule(s.schedule, s.timezone)}`, summaryOf(s)];
      parts.push(s.paused ? `paused: ${s.paused.reason} (resume with: digest resume ${s.id})` : whenNext(s));
      parts.push(last ? `last ${describeDelivery(last, s.timezone)}` : 'nothing posted yet');
      lines.push(parts.join(' · '));
    }
    return digestReply(command, {
      heading: `Digests in this channel (${subscriptions.length})`,
      lines,
      scope: 'channel',
    });
  }

  async function change(
    command: Extract<DigestCommand, { id: string }>,
    target: DigestTarget,
    ctx: ChatContext,
  ) {
    const found = await owned(command, command.id, target);
    if (!('id' in found)) return found;
    const words = `${describeSchedule(found.schedule, found.timezone)}, ${summaryOf(found)}`;
    const log = { subscriptionId: found.id, target, by: ctx.userId };
    switch (command.type) {
      case 'unsubscribe':
        await store.deleteSubscription(found.id);
        logger.info(log, 'digest unsubscribed');
        options.onChange?.();
        return digestReply(command, {
          heading: `Digest ${found.id} unsubscribed`,
          lines: [`No more posts ${words}.`],
          scope: 'channel',
        });
      case 'pause': {
        if (found.paused) {
          return digestReply(command, {
            heading: `Digest ${found.id} is already paused`,
            lines: [`Paused: ${found.paused.reason}`],
            scope: 'asker',
          });
        }
        const reason = ctx.userId ? `paused by user ${ctx.userId}` : 'paused by a user';
        await store.pauseSubscription(found.id, { by: 'user', reason, at: now() });
        logger.info(log, 'digest paused');
        options.onChange?.();
        return digestReply(command, {
          heading: `Digest ${found.id} paused`,
          lines: [`Resume it with: digest resume ${found.id}`],
          scope: 'channel',
        });
      }
      case 'resume': {
        if (!found.paused) {
          return digestReply(command, {
            heading: `Digest ${found.id} is not paused`,
            lines: [`${words}, ${whenNext(found)}.`],
            scope: 'asker',
          });
        }
        await store.resumeSubscription(found.id, now());
        logger.info({ ...log, was: found.paused }, 'digest resumed');
        options.onChange?.();
        const lines = [`${describeSchedule(found.schedule, found.timezone)}, ${whenNext(found)}.`];
        if (found.paused.by === 'error')
          lines.push(`It had stopped because the platform refused a post: ${found.paused.reason}.`);
        return digestReply(command, { heading: `Digest ${found.id} resumed`, lines, scope: 'channel' });
      }
      default: {
        const unknown: never = command;
        throw new Error(`unknown digest change ${JSON.stringify(unknown)}`);
      }
    }
  }

  async function preview(command: Extract<DigestCommand, { type: 'preview' }>, target: DigestTarget) {
    let subscription: Subscription | undefined;
    if (command.id) {
      const found = await owned(command, command.id, target);
      if (!('id' in found)) return found;
      subscription = found;
    } else {
      const all = await store.listSubscriptions({ target });
      const soonest = (s: Subscription) =>
        s.paused ? Number.POSITIVE_INFINITY : (nextOf(s)?.getTime() ?? Number.POSITIVE_INFINITY);
      subscription = all.sort((a, b) => soonest(a) - soonest(b))[0];
    }
    if (!subscription) {
      return digestReply(command, {
        heading: 'No digests in this channel',
        lines: [`Start one with: ${EXAMPLE}`],
        scope: 'asker',
      });
    }
    const { newCases, cases } = await pickDigestCases(store, options.knowledge, subscription);
    const next = nextOf(subscription) ?? now();
    const message = buildDigestMessage({
      subscription,
      deliveryId: 'preview',
      scheduledAt: next,
      late: false,
      newCases,
      cases,
      countries,
    });
    const lines = [
      `Preview of digest ${subscription.id}, due ${formatInZone(next, subscription.timezone)}${subscription.paused ? ' (paused)' : ''}.`,
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
    });
  }

  return {
    async handle(command, ctx) {
      if (command.type === 'help')
        return digestReply(command, {
          heading: 'Channel digests',
          lines: digestHelpLines(options.defaultTimezone),
          scope: 'asker',
        });
      if ((ctx.platform !== 'slack' && ctx.platform !== 'discord') || !ctx.channelId) {
        const lines = [
          'Digests are posted to Slack and Discord channels: use these commands in the channel.',
        ];
        return digestReply(command, { heading: 'Digests need a channel', lines, scope: 'asker' });
      }
      const target: DigestTarget = { platform: ctx.platform, channelId: ctx.channelId };
      if (ctx.teamId) target.teamId = ctx.teamId;
      switch (command.type) {
        case 'list':
          return list(command, target);
        case 'preview':
          return preview(command, target);
        case 'subscribe':
        case 'unsubscribe':
        case 'pause':
        case 'resume':
          if (!ctx.canManageDigests) {
            return digestReply(command, {
              heading: 'You cannot change digests here',
              lines: [manageRefusal(target.platform)],
              scope: 'asker',
            });
          }
          return command.type === 'subscribe'
            ? subscribe(command, target, ctx)
            : change(command, target, ctx);
        default: {
          const unknown: never = command;
          throw new Error(`unknown digest command ${JSON.stringify(unknown)}`);
        }
      }
    },
  };
}
