import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { caseLinksOf, type Reply, relatedCommands } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import { type HandlerDeps, responderFor, type SlackRequest } from './handler-deps.js';
import { parseMessageText } from './parse-message-text.js';
import { renderSlackReply } from './render.js';

/** The message shortcut "Find related cases", as manifest.yml declares it. */
export const FIND_RELATED_CALLBACK_ID = 'casebot_find_related';

/**
 * "Find related cases" on a message (acknowledged already): the core's answers about that
 * message's text, or about the case it links to, privately to whoever asked, through the
 * response_url, each with its Share button as a slash command's answer has.
 */
export function findRelatedRequest(
  { shortcut, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest {
  const { bot, config, delivery } = deps;
  const origin = { teamId: shortcut.team?.id, channelId: shortcut.channel.id, userId: shortcut.user.id };
  const ids = { kind: 'shortcut:find-related', requestId: shortcut.trigger_id, ...origin };
  const respond = responderFor(delivery, shortcut.response_url, client, ids);
  // Private unless shared, as an answer to the slash command is.
  const ctx = chatContext(origin, config, { type: 'slash-command' });
  const inDm = origin.channelId.startsWith('D');
  const send = (reply: Reply) =>
    respond.send({
      response_type: 'ephemeral',
      ...renderSlackReply(reply, inDm ? {} : { commandPrefix: config.command }),
    });
  const text = shortcut.message.text ?? '';
  return {
    ids,
    ctx,
    answer: async () => {
      const commands = relatedCommands(
        { links: text, plain: parseMessageText(text) },
        caseLinksOf(bot.knowledge.cases),
      );
      for (const command of commands) await send(await bot.answer(command, ctx));
    },
    apologise: send,
  };
}
