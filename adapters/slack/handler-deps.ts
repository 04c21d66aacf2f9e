import type { Logger } from 'pino';
import type { Bot, ChatContext, DigestHandler, Reply } from '../../src/index.js';
import type { AnswerBudget } from '../shared/answer-within.js';
import type { SlackOrigin } from './chat-context.js';
import type { SlackConfig } from './config.js';
import { renderSlackReply } from './render.js';
import type { FallbackClient, Responder, ResponseDelivery } from './response-delivery.js';

/** What the handlers need; tests pass their own bot, logger and delivery. */
export interface HandlerDeps {
  bot: Bot;
  config: SlackConfig;
  logger: Logger;
  /** Answers through response_url, with retries and a Web API fallback. */
  delivery: ResponseDelivery;
  /** How long a slash command waits for its answer to send it in the acknowledgement. */
  answerBudget: AnswerBudget;
  /** The digest handler the bot was given: the App Home lists the person's channels' digests from it. */
  digests?: DigestHandler;
}

/** Ids that tie a log line to one Slack request. */
export type RequestIds = SlackOrigin & { requestId?: string | undefined; kind: string };

/**
 * One request a handler took on: `answer` does its work and delivers the answer; should it
 * throw, the one catch in handlers.ts logs it with `ids` and sends `apologise` the core's
 * apology for `ctx`.
 */
export interface SlackRequest {
  ids: RequestIds;
  ctx: ChatContext;
  answer(): Promise<void>;
  apologise(apology: Reply): Promise<unknown>;
}

/** Visible messages never unfurl case links into large previews. */
export const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** The response_url of a request, with Bolt's per-request client for the fallback. */
export function responderFor(
  delivery: ResponseDelivery,
  responseUrl: string,
  client: FallbackClient,
  ids: RequestIds,
): Responder {
  return delivery.to({ responseUrl, client, channelId: ids.channelId, userId: ids.userId, ids });
}

/**
 * Where a request has no response_url (a form submitted, a click on a link preview): an answer
 * for the channel is posted there, any other only to the person.
 */
export function postReplyIn(
  client: FallbackClient,
  config: SlackConfig,
  { channelId, userId }: { channelId: string; userId: string },
): (reply: Reply) => Promise<unknown> {
  return (reply) => {
    const message = renderSlackReply(reply, { commandPrefix: config.command });
    return reply.visibility === 'channel'
      ? client.chat.postMessage({ channel: channelId, ...message, ...NO_UNFURL })
      : client.chat.postEphemeral({ channel: channelId, user: userId, ...message });
  };
}
