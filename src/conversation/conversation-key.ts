import type { ChatContext } from '../chat-context.js';

/**
 * Which conversation a message belongs to: the console session; a thread (its participants
 * share it, as they share what it shows); otherwise one person in one channel or DM. Undefined
 * when the context cannot tell people apart: then nothing is remembered, rather than mixed.
 */
export function conversationKey(ctx: ChatContext): string | undefined {
  if (ctx.platform === 'cli') return `cli:${ctx.channelId ?? 'console'}`;
  const place = [ctx.platform, ctx.teamId ?? '-', ctx.channelId ?? '-'].join(':');
  if (ctx.threadId && ctx.channelId) return `${place}:thread:${ctx.threadId}`;
  if (ctx.channelId && ctx.userId) return `${place}:user:${ctx.userId}`;
  return undefined;
}
