/** What decides whether a message is a command for casebot. */
export interface MessageFacts {
  content: string;
  /** Sent in a server channel (not a DM). */
  inGuild: boolean;
}

export interface MessageCommandOptions {
  botId: string;
  prefix: string;
  /** The Message Content intent is on: without it, server messages arrive empty unless they mention the bot. */
  messageContent: boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The text to hand to the core, or `undefined` when the message is not for casebot: a mention
 * of the bot (anywhere in servers and DMs), the prefix (needs the Message Content intent in
 * servers), or anything in a DM. The mention and prefix are removed.
 */
export function parseMessageText(message: MessageFacts, options: MessageCommandOptions): string | undefined {
  // The punctuation people type after a mention ("@casebot, AI") goes with it.
  const mention = new RegExp(`\\s*<@!?${options.botId}>[\\s,:]*`, 'g');
  const prefix = new RegExp(`^\\s*${escapeRegExp(options.prefix)}(?=\\s|$)`, 'i');
  const mentioned = mention.test(message.content);
  const withoutMention = message.content.replace(mention, ' ').trim();
  if (mentioned) return withoutMention.replace(prefix, '').trim();
  const prefixed = prefix.test(message.content);
  if (prefixed && (options.messageContent || !message.inGuild))
    return message.content.replace(prefix, '').trim();
  if (!message.inGuild && message.content.trim() !== '') return message.content.trim();
  return undefined;
}
