import type { MessageCreateOptions } from 'discord.js';
import type { Bot, Logger } from '../../src/index.js';
import type { ButtonIds } from './button-ids.js';
import type { DiscordConfig } from './config.js';
import type { DiscordMessagePayload } from './render.js';

/** What the event handlers need; tests pass their own bot, logger and timings. */
export interface HandlerDeps {
  bot: Bot;
  logger: Logger;
  config: DiscordConfig;
  buttonIds: ButtonIds;
  /** How long to wait for the core before deferring an interaction (Discord allows 3 s). */
  deferAfterMs: number;
  /** Waits between retries of an interaction response; tests inject one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The payload as discord.js options for editing or updating a message (whose flags cannot
 * change). discord.js turns `repliedUser` into `replied_user` itself.
 */
export function toMessageOptions(payload: DiscordMessagePayload) {
  return {
    content: payload.content,
    embeds: payload.embeds,
    components: payload.components,
    allowedMentions: { parse: [], repliedUser: payload.allowed_mentions.replied_user ?? false },
  } satisfies MessageCreateOptions;
}

/** The payload as options for a new interaction reply, ephemeral flag included. */
export function toReplyOptions(payload: DiscordMessagePayload) {
  const options = toMessageOptions(payload);
  return payload.flags === undefined ? options : { ...options, flags: payload.flags };
}
