import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Reply } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import { type HandlerDeps, NO_UNFURL, type SlackRequest } from './handler-deps.js';
import { parseMessageText } from './parse-message-text.js';
import { renderSlackReply } from './render.js';

/** A mention of casebot in a channel: answered in its thread, privately when the core says so. */
export function mentionRequest(
  { event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest | undefined {
  const { bot, config } = deps;
  // A mention inside a direct message also arrives as a message event, answered there.
  if (event.channel.startsWith('D')) return undefined;
  // The answer goes in a thread (the mention's own, or the one it is in): that thread is the conversation.
  const threadTs = event.thread_ts ?? event.ts;
  const origin = { teamId: context.teamId, channelId: event.channel, userId: event.user, threadTs };
  const ids = { kind: 'app_mention', requestId: body.event_id, ...origin };
  const ctx = chatContext(origin, config, { type: 'mention' });
  const send = (reply: Reply) =>
    reply.visibility === 'private' && event.user
      ? client.chat.postEphemeral({
          channel: event.channel,
          user: event.user,
          thread_ts: threadTs,
          ...renderSlackReply(reply),
        })
      : client.chat.postMessage({
          channel: event.channel,
          thread_ts: threadTs,
          ...renderSlackReply(reply),
          ...NO_UNFURL,
        });
  return {
    ids,
    ctx,
    answer: async () => {
      await send(await bot.answer(parseMessageText(event.text, context.botUserId), ctx));
    },
    apologise: send,
  };
}

/** What a person typed to casebot in a direct message: answered there. */
export function directMessageRequest(
  { message, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest | undefined {
  const { bot, config } = deps;
  // Only what a person typed in a direct message; edits, joins and bots' posts are not questions.
  if (message.channel_type !== 'im' || message.subtype !== undefined) return undefined;
  if (message.bot_id !== undefined) return undefined;
  const origin = {
    teamId: context.teamId,
    channelId: message.channel,
    userId: message.user,
    threadTs: message.thread_ts,
  };
  const ids = {
    kind: 'message.im',
    requestId: 'event_id' in body ? String(body.event_id) : undefined,
    ...origin,
  };
  const inThread = message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {};
  const ctx = chatContext(origin, config, { type: 'direct-message' });
  // In a DM every answer is the asker's alone: it is posted there.
  const send = (reply: Reply) =>
    client.chat.postMessage({
      channel: message.channel,
      ...inThread,
      ...renderSlackReply(reply),
      ...NO_UNFURL,
    });
  return {
    ids,
    ctx,
    answer: async () => {
      await send(await bot.answer(parseMessageText(message.text ?? '', context.botUserId), ctx));
    },
    apologise: send,
  };
}
