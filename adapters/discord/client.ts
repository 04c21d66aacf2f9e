import { Client, type ClientOptions, GatewayIntentBits, Partials, type RESTOptions } from 'discord.js';
import type { DiscordConfig } from './config.js';

/**
 * The gateway intents casebot asks for. Mentions and DMs carry their content without the
 * privileged Message Content intent; only the prefix in server channels needs it.
 */
export function discordIntents(config: Pick<DiscordConfig, 'messageContent'>): GatewayIntentBits[] {
  const intents = [
    GatewayIntentBits.Guilds,
    GatewayIntentBits.GuildMessages,
    GatewayIntentBits.DirectMessages,
  ];
  if (config.messageContent) intents.push(GatewayIntentBits.MessageContent);
  return intents;
}

/**
 * A discord.js client for casebot: REST pointed at `apiUrl` when set, pings off by default.
 * `rest` adds REST options, such as the digests' `rejectOnRateLimit`.
 */
export function createDiscordClient(config: DiscordConfig, rest: Partial<RESTOptions> = {}): Client {
  const options: ClientOptions = {
    intents: discordIntents(config),
    // DM channels are not cached before their first message; without this their messages are dropped.
    partials: [Partials.Channel],
    // Second line of defence: every payload sets its own allowed_mentions too.
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
  };
  options.rest = config.apiUrl ? { ...rest, api: config.apiUrl } : rest;
  return new Client(options);
}
