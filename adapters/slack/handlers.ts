import type { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Bot, Reply } from '../../src/index.js';
import { APOLOGY, chatContext, type SlackOrigin, shareCommandFor } from './chat-context.js';
import type { SlackConfig } from './config.js';
import { parseSlackText } from './parse-slack-text.js';
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
 * The one place a handler's failure is caught: logged with the request's ids, a short
 * apology to the user, and the app keeps running.
 */
async function guarded(
  log: Logger,
  ids: RequestIds,
  work: () => Promise<void>,
  apologise: (text: string) => Promise<unknown>,
): Promise<void> {
  const started = performance.now();
  try {
    await work();
    log.debug({ ...ids, ms: Math.round(performance.now() - started) }, 'slack request answered');
  } catch (err) {
    log.error({ err, ...ids }, 'slack request failed');
    try {
      await apologise(APOLOGY);
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
    await guarded(
      logger,
      ids,
      async () => {
        const text = parseSlackText(command.text ?? '');
        const reply = await bot.answer(text, chatContext(origin, config));
        if (reply.type === 'digest' && !reply.private) {
          // A digest subscribed, changed or listed concerns the whole channel: it sees the answer.
          await respond.send({
            response_type: 'in_channel',
            ...renderSlackReply(reply, { commandPrefix: config.command }),
            ...NO_UNFURL,
          });
        } else {
          await respond.send({ response_type: 'ephemeral', ...renderPrivate(reply, text, config) });
        }
      },
      (apology) => respond.send({ response_type: 'ephemeral', text: apology }),
    );
  });

  app.event('app_mention', async ({ event, body, context, client }) => {
    // A mention inside a direct message also arrives as a message event, answered there.
    if (event.channel.startsWith('D')) return;
    const origin = { teamId: context.teamId, channelId: event.channel, userId: event.user };
    const ids = { kind: 'app_mention', requestId: body.event_id, ...origin };
    const threadTs = event.thread_ts ?? event.ts;
    await guarded(
      logger,
      ids,
      async () => {
        const text = parseSlackText(event.text, context.botUserId);
        const reply = await bot.answer(text, chatContext(origin, config));
        const message = renderSlackReply(reply);
        if (reply.type === 'digest' && reply.private && event.user) {
          await client.chat.postEphemeral({
            channel: event.channel,
            user: event.user,
            thread_ts: threadTs,
            ...message,
          });
        } else {
          await client.chat.postMessage({
            channel: event.channel,
            thread_ts: threadTs,
            ...message,
            ...NO_UNFURL,
          });
        }
      },
      (apology) => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, text: apology }),
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
    await guarded(
      logger,
      ids,
      async () => {
        const text = parseSlackText(message.text ?? '', context.botUserId);
        const reply = await bot.answer(text, chatContext(origin, config));
        await client.chat.postMessage({
          channel: message.channel,
          ...inThread,
          ...renderSlackReply(reply),
          ...NO_UNFURL,
        });
      },
      (apology) => client.chat.postMessage({ channel: message.channel, ...inThread, text: apology }),
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
      await guarded(
        logger,
        ids,
        async () => {
          const reply = await bot.answer(command, chatContext(origin, config));
          if (kind === 'share') {
            await shareInChannel(respond, reply, body.user.id, ephemeral);
          } else if (ephemeral || inDm) {
            // The asker's own message: update it in place.
            const message = inDm ? renderSlackReply(reply) : renderPrivate(reply, command, config);
            await respond.send({ replace_original: true, ...message });
          } else {
            // A message the whole channel sees: answer the one who clicked, without changing it.
            await respond.send({
              response_type: 'ephemeral',
              replace_original: false,
              ...renderPrivate(reply, command, config),
            });
          }
        },
        (apology) => respond.send({ response_type: 'ephemeral', replace_original: false, text: apology }),
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

/** An answer only the asker sees, with "Share in channel" when it can be shared. */
function renderPrivate(reply: Reply, command: string, config: SlackConfig) {
  const share = shareCommandFor(reply, command);
  return renderSlackReply(reply, {
    commandPrefix: config.command,
    ...(share === undefined ? {} : { shareCommand: share }),
  });
}

/** Posts the answer visibly, saying who shared it, then removes the private copy (if it was shared). */
async function shareInChannel(
  respond: Responder,
  reply: Reply,
  userId: string,
  ephemeral: boolean,
): Promise<void> {
  const shared = await respond.send({
    response_type: 'in_channel',
    replace_original: false,
    ...renderSlackReply(reply, { sharedBy: userId }),
    ...NO_UNFURL,
  });
  if (ephemeral && shared.type === 'delivered') await respond.send({ delete_original: true });
}
