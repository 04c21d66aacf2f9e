import type { DigestCommandDeps, DigestHandlerOptions } from './digest-command-deps.js';
import type { DigestHandler } from './digest-handler.js';
import { inScope, summariseSubscription } from './digest-overview.js';
import { digestHelpLines, digestReply, manageRefusal } from './digest-reply.js';
import { handleDigestChange } from './handle-digest-change.js';
import { handleDigestInfo } from './handle-digest-info.js';
import { handleDigestList } from './handle-digest-list.js';
import { handleDigestPause } from './handle-digest-pause.js';
import { handleDigestPreview } from './handle-digest-preview.js';
import { handleDigestResume } from './handle-digest-resume.js';
import { handleDigestSubscribe } from './handle-digest-subscribe.js';
import { handleDigestUnsubscribe } from './handle-digest-unsubscribe.js';
import type { DigestTarget } from './subscription.js';

export type { DigestHandlerOptions };

/**
 * Answers `digest …` commands in a channel. Anyone may list, preview and ask for help; changes
 * need `ctx.canManageDigests` (decided by the adapter) and happen only in the channel that owns
 * the subscription. Store failures are left to the adapter's one error handler.
 */
export function createDigestHandler(options: DigestHandlerOptions): DigestHandler {
  return {
    async overview(scope) {
      const now = options.now();
      const subscriptions = await options.store.listSubscriptions();
      const digests = subscriptions
        .filter((s) => inScope(s.target, scope))
        .map((s) => summariseSubscription(s, options.countries, now));
      return { type: 'available', digests };
    },
    async handle(command, ctx, cases) {
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
      const deps: DigestCommandDeps = { ...options, target, cases };
      if (command.type === 'list') return handleDigestList(command, deps);
      if (command.type === 'preview') return handleDigestPreview(command, deps);
      if (command.type === 'info') return handleDigestInfo(command, deps);
      if (!ctx.canManageDigests) {
        return digestReply(command, {
          heading: 'You cannot change digests here',
          lines: [manageRefusal(target.platform)],
          scope: 'asker',
        });
      }
      switch (command.type) {
        case 'subscribe':
          return handleDigestSubscribe(command, ctx, deps);
        case 'unsubscribe':
          return handleDigestUnsubscribe(command, ctx, deps);
        case 'pause':
          return handleDigestPause(command, ctx, deps);
        case 'resume':
          return handleDigestResume(command, ctx, deps);
        case 'change':
          return handleDigestChange(command, ctx, deps);
        default: {
          const unknown: never = command;
          throw new Error(`unknown digest command ${JSON.stringify(unknown)}`);
        }
      }
    },
  };
}
