import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import { type Bot, buildErrorReply, type ChatContext, type Reply, type Surface } from '../../src/index.js';
import { chatContext, type SlackOrigin } from './chat-context.js';
import type { SlackConfig } from './config.js';
import { parseSlackText } from './parse-message-text.js';
import { ACTION_ID_PATTERN, parseActionId, renderSlackReply } from './render.js';
import type { FallbackClient, Responder, ResponseDelivery } from './response-delivery.js';

export interface HandlerDeps {
  bot: Bot;
  config: SlackConfig;
  logger: Logger;
  /** Answers through response_url, with retries and a Web API fallback. */
  delivery: ResponseDelivery;
}

/** Ids that tie a log line to one Slack request. */
type RequestIds = SlackOrigin & { requestId?: string | undefined; kind: string };

/**
 * The one place a handler's failure is caught: logged with the request's ids, the core's
 * apology to the user, and the app keeps running.
 */
async function guarded(
  log: Logger,
  ids: RequestIds,
  ctx: ChatContext,
  work: () => Promise<void>,
  apologise: (apology: Reply) => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  try {
    await work();
    log.debug({ ...ids, ms: Math.round(performance.now() - started) }, 'slack request answered');
  } catch (err) {
    log.error({ err, ...ids }, 'slack request failed');
    try {
      await apologise(buildErrorReply(ctx));
    } catch (apologyErr) {
      log.error({ err: apologyErr, ...ids }, 'could not send the apology');
    }
  }
}

/** Visible messages never unfurl case links into large previews. */
const NO_UNFURL = { unfurl_links: false, unfurl_media: false } as const;

/** Slash command, mentions, direct messages and buttons. */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const { bot, config, logger, delivery } = deps;

  app.command(config.command, async ({ command, ack, client }) => {
    // Acknowledge first: the answer follows through response_url, whatever it costs.
    await ack();
    const origin = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
    const ids = { kind: 'command', requestId: command.trigger_id, ...origin };
    const respond = responderFor(delivery, command.response_url, client, ids);
    const ctx = chatContext(origin, config, { type: 'slash-command' });
    const answer = (reply: Reply) => {
      const message = renderSlackReply(reply, { commandPrefix: config.command });
      return reply.visibility === 'channel'
        ? respond.send({ response_type: 'in_channel', ...message, ...NO_UNFURL })
        : respond.send({ response_type: 'ephemeral', ...message });
    };
    await guarded(
      logger,
      ids,
      ctx,
      async () => {
        await answer(await bot.answer(parseSlackText(command.text ?? ''), ctx));
      },
      answer,
    );
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    // A mention inside a direct message also arrives as a message event, answered there.
    if (event.channel.startsWith('D')) return;
    const origin = { teamId: context.teamId, channelId: event.channel, userId: event.user };
    const ids = { kind: 'app_mention', requestId: body.event_id, ...origin };
    const threadTs = event.thread_ts ?? event.ts;
    const ctx = chatContext(origin, config, { type: 'mention' });
    const answer = (reply: Reply) =>
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
    await guarded(
      logger,
      ids,
      ctx,
      async () => {
        await answer(await bot.answer(parseSlackText(event.text, context.botUserId), ctx));
      },
      answer,
    );
  });

  app.message(async ({ message, body, context, client }) => {
    // Only what a person typed in a direct message; edits, joins and bots' posts are not questions.
    if (message.channel_type !== 'im' || message.subtype !== undefined) return;
    if (message.bot_id !== undefined) return;
    const origin = { teamId: context.teamId, channelId: message.channel, userId: message.user };
    const ids = {
      kind: 'message.im',
      requestId: 'event_id' in body ? String(body.event_id) : undefined,
      ...origin,
    };
    const inThread = message.thread_ts !== undefined ? { thread_ts: message.thread_ts } : {};
    const ctx = chatContext(origin, config, { type: 'direct-message' });
    // In a DM every answer is the asker's alone: it is posted there.
    const answer = (reply: Reply) =>
      client.chat.postMessage({
        channel: message.channel,
        ...inThread,
        ...renderSlackReply(reply),
        ...NO_UNFURL,
      });
    await guarded(
      logger,
      ids,
      ctx,
      async () => {
        await answer(await bot.answer(parseSlackText(message.text ?? '', context.botUserId), ctx));
      },
      answer,
    );
  });

  app.action(
    { type: 'block_actions', action_id: ACTION_ID_PATTERN },
    async ({ ack, body, action, client }) => {
      await ack();
      if (action.type !== 'button' || body.response_url === undefined) return;
      const kind = parseActionId(action.action_id);
      const command = action.value ?? '';
      const origin = { teamId: body.team?.id, channelId: body.channel?.id, userId: body.user.id };
      const ids = { kind: `action:${kind}`, requestId: body.trigger_id, ...origin };
      const respond = responderFor(delivery, body.response_url, client, ids);
      const ephemeral = body.container?.is_ephemeral === true;
      const inDm = origin.channelId?.startsWith('D') === true;
      const on = inDm ? 'direct-message' : ephemeral ? 'private-message' : 'channel-message';
      // The Share button asks for the answer in the channel.
      const surface: Surface =
        kind === 'share' ? { type: 'button', on, requested: 'channel' } : { type: 'button', on };
      const ctx = chatContext(origin, config, surface);
      // Examples in help read as slash commands, except in a DM, where people just type.
      const render = (reply: Reply) => renderSlackReply(reply, inDm ? {} : { commandPrefix: config.command });
      await guarded(
        logger,
        ids,
        ctx,
        async () => {
          const reply = await bot.answer(command, ctx);
          if (reply.visibility === 'channel') {
            await shareInChannel(respond, reply, kind === 'share' ? body.user.id : undefined, ephemeral);
          } else if (ephemeral || inDm) {
            // The asker's own message: update it in place.
            await respond.send({ replace_original: true, ...render(reply) });
          } else {
            // A message the whole channel sees: answer the one who clicked, without changing it.
            await respond.send({ response_type: 'ephemeral', replace_original: false, ...render(reply) });
          }
        },
        (apology) =>
          respond.send({ response_type: 'ephemeral', replace_original: false, ...render(apology) }),
      );
    },
  );

  // Buttons casebot does not own (an older version's, another block's): acknowledged at once,
  // so the clicker sees no error and Slack gets no 404 three seconds later.
  app.action({ type: 'block_actions', action_id: NOT_CASEBOT_ACTION }, async ({ ack, body }) => {
    await ack();
    logger.debug(
      { kind: 'action:unknown', requestId: body.trigger_id },
      'acknowledged an action casebot does not own',
    );
  });
}

/** Every action id that {@link ACTION_ID_PATTERN} does not match. */
const NOT_CASEBOT_ACTION = new RegExp(`^(?!(?:${ACTION_ID_PATTERN.source.slice(1, -1)})$)`);

/** The response_url of a request, with Bolt's per-request client for the fallback. */
function responderFor(
  delivery: ResponseDelivery,
  responseUrl: string,
  client: FallbackClient,
  ids: RequestIds,
): Responder {
  return delivery.to({ responseUrl, client, channelId: ids.channelId, userId: ids.userId, ids });
}

/** Posts the answer visibly; a shared one says who shared it, and the private copy goes. */
async function shareInChannel(
  respond: Responder,
  reply: Reply,
  sharedBy: string | undefined,
  ephemeral: boolean,
): Promise<void> {
  const shared = await respond.send({
    response_type: 'in_channel',
    replace_original: false,
    ...renderSlackReply(reply, sharedBy === undefined ? {} : { sharedBy }),
    ...NO_UNFURL,
  });
  if (sharedBy !== undefined && ephemeral && shared.type === 'delivered')
    await respond.send({ delete_original: true });
}
