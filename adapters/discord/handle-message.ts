import type { Message } from 'discord.js';
import { messageContext } from './chat-context.js';
import { type HandlerDeps, renderWithButtons } from './handler-deps.js';
import { parseMessageText } from './parse-message-text.js';
import { toMessageOptions } from './payload.js';

export const SENT_BY_DM = 'I sent you the answer in a direct message.';
export const DM_CLOSED =
  'That answer is only for you, but I cannot send you direct messages here. Use `/initiatives` instead.';
const NO_PINGS = { parse: [], repliedUser: false };

/** Answers a message command in the channel, replying to it without pinging anyone. */
export async function handleMessage(message: Message, deps: HandlerDeps): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.system || message.webhookId) return;
  const text = parseMessageText(
    { content: message.content, inGuild: message.inGuild() },
    { botId, prefix: deps.config.prefix, messageContent: deps.config.messageContent },
  );
  if (text === undefined) return;
  if (deps.claimMessage && !(await deps.claimMessage(message.id))) return;
  const reply = await deps.bot.answer(text, messageContext(message));
  const options = toMessageOptions(await renderWithButtons(reply, deps));
  if (reply.visibility === 'private' && message.inGuild()) {
    // Messages in a channel cannot be ephemeral: a private answer goes to the asker's DMs.
    const sent = await message.author.send(options).then(
      () => true,
      (err: unknown) => {
        deps.logger.warn({ err, messageId: message.id }, 'could not DM a private answer');
        return false;
      },
    );
    await message.reply({ content: sent ? SENT_BY_DM : DM_CLOSED, allowedMentions: NO_PINGS });
    return;
  }
  await message.reply(options);
}
