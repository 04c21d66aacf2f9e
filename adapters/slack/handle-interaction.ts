import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import type { Reply, Surface } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import { type HandlerDeps, NO_UNFURL, postReplyIn, responderFor, type SlackRequest } from './handler-deps.js';
import { parseMessageText } from './parse-message-text.js';
import { renderSlackReply } from './render.js';
import { parseActionId } from './render-buttons.js';
import type { Responder } from './response-delivery.js';
import type { ResponseMessage } from './response-url-post.js';

/**
 * The slash command, not yet acknowledged: an answer ready within the budget goes in the
 * acknowledgement itself (what a bare app does, one round trip less); a slower one follows the
 * empty acknowledgement through the response_url, with its retries and fallback.
 */
export function slashCommandRequest(
  { command, client, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest {
  const { bot, config, delivery, answerBudget } = deps;
  const origin = { teamId: command.team_id, channelId: command.channel_id, userId: command.user_id };
  const ids = { kind: 'command', requestId: command.trigger_id, ...origin };
  const respond = responderFor(delivery, command.response_url, client, ids);
  const ctx = chatContext(origin, config, { type: 'slash-command' });
  const messageOf = (reply: Reply): ResponseMessage => {
    const message = renderSlackReply(reply, { commandPrefix: config.command });
    return reply.visibility === 'channel'
      ? { response_type: 'in_channel', ...message, ...NO_UNFURL }
      : { response_type: 'ephemeral', ...message };
  };
  // Bolt refuses a second ack; whatever happens, the request is acknowledged exactly once.
  let acked = false;
  const acknowledge = async (message?: ResponseMessage) => {
    acked = true;
    await (message === undefined ? ack() : ack(message));
  };
  const send = async (reply: Reply) => {
    if (acked) return respond.send(messageOf(reply));
    return acknowledge(messageOf(reply));
  };
  return {
    ids,
    ctx,
    answer: async () => {
      const timed = await answerBudget(bot.answer(parseMessageText(command.text ?? ''), ctx));
      if (timed.type === 'in-time') {
        await send(timed.value);
        return;
      }
      await acknowledge();
      await send(await timed.value);
    },
    apologise: send,
  };
}

/**
 * A click on one of casebot's buttons (acknowledged already): the command it carries is
 * answered through the response_url, in place of the asker's own message, privately beside a
 * message the channel sees, or in the channel when the core says so (Share).
 */
export function buttonRequest(
  args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest | undefined {
  const { body, action, client } = args;
  const { bot, config, delivery } = deps;
  // A filter menu's choice carries its command as a button does.
  const command =
    action.type === 'button'
      ? (action.value ?? '')
      : action.type === 'static_select'
        ? action.selected_option.value
        : undefined;
  if (command === undefined) return undefined;
  if (body.response_url === undefined) return unfurlButtonRequest(args, command, deps);
  const kind = parseActionId(action.action_id);
  const origin = {
    teamId: body.team?.id,
    channelId: body.channel?.id,
    userId: body.user.id,
    threadTs: body.message?.thread_ts ?? body.container?.thread_ts,
  };
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
  return {
    ids,
    ctx,
    answer: async () => {
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
    apologise: (apology) =>
      respond.send({ response_type: 'ephemeral', replace_original: false, ...render(apology) }),
  };
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

/**
 * A click on a button of a link preview (chat.unfurl): Slack sends no response_url for those
 * (`container.type` is `message_attachment`, `is_app_unfurl`), so the answer goes to the one
 * who clicked with chat.postEphemeral in the channel, or to the channel when the core says so.
 */
function unfurlButtonRequest(
  { body, action, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  command: string,
  deps: HandlerDeps,
): SlackRequest | undefined {
  const channelId = body.channel?.id;
  if (channelId === undefined) return undefined;
  const kind = parseActionId(action.action_id);
  const userId = body.user.id;
  const origin = { teamId: body.team?.id, channelId, userId };
  const ids = { kind: `action:${kind}`, requestId: body.trigger_id, ...origin };
  const surface: Surface =
    kind === 'share'
      ? { type: 'button', on: 'channel-message', requested: 'channel' }
      : { type: 'button', on: 'channel-message' };
  const ctx = chatContext(origin, deps.config, surface);
  const send = postReplyIn(client, deps.config, { channelId, userId });
  return {
    ids,
    ctx,
    answer: async () => {
      await send(await deps.bot.answer(command, ctx));
    },
    apologise: send,
  };
}
