import { type ChatContext, formatCommand, type Reply } from '../../src/index.js';
import type { SlackConfig } from './config.js';

/** What a user sees when a handler fails: short, no details (those go to the log). */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

/** Where a request came from, as Slack's payload says it. */
export interface SlackOrigin {
  teamId?: string | undefined;
  channelId?: string | undefined;
  userId?: string | undefined;
}

/** The core's view of who asked and where; digest permissions follow `SLACK_DIGEST_MANAGERS`. */
export function chatContext(origin: SlackOrigin, config: Pick<SlackConfig, 'digestManagers'>): ChatContext {
  const ctx: ChatContext = { platform: 'slack' };
  if (origin.teamId) ctx.teamId = origin.teamId;
  if (origin.channelId) ctx.channelId = origin.channelId;
  if (origin.userId) ctx.userId = origin.userId;
  ctx.canManageDigests =
    config.digestManagers.length === 0 ||
    (origin.userId !== undefined && config.digestManagers.includes(origin.userId));
  return ctx;
}

/**
 * The command that shows this same answer again, for "Share in channel". A random pick is
 * shared as `show <id>` so the channel sees the case the asker saw, not another draw.
 * Digest replies are not shared (they can be private, and they belong to one channel).
 */
export function shareCommandFor(reply: Reply, command: string): string | undefined {
  if (reply.type === 'digest') return undefined;
  const only = reply.cases[0];
  if (reply.intent.type === 'random' && reply.cases.length === 1 && only !== undefined)
    return `show ${only.id}`;
  return command.trim() === '' ? formatCommand(reply.intent) : command;
}
