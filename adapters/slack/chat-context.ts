import type { ChatContext, Surface } from '../../src/index.js';
import type { SlackConfig } from './config.js';

/** Where a request came from, as Slack's payload says it. */
export interface SlackOrigin {
  teamId?: string | undefined;
  channelId?: string | undefined;
  userId?: string | undefined;
  /** The thread the request came from (the parent message's `ts`): its conversation is the thread's. */
  threadTs?: string | undefined;
}

/**
 * The core's view of who asked, where and how (`surface`, from which the core decides who
 * sees the answer); digest permissions follow `SLACK_DIGEST_MANAGERS`.
 */
export function chatContext(
  origin: SlackOrigin,
  config: Pick<SlackConfig, 'digestManagers'>,
  surface: Surface,
): ChatContext {
  const ctx: ChatContext = { platform: 'slack', surface };
  if (origin.teamId) ctx.teamId = origin.teamId;
  if (origin.channelId) ctx.channelId = origin.channelId;
  if (origin.userId) ctx.userId = origin.userId;
  if (origin.threadTs) ctx.threadId = origin.threadTs;
  ctx.canManageDigests =
    config.digestManagers.length === 0 ||
    (origin.userId !== undefined && config.digestManagers.includes(origin.userId));
  return ctx;
}
