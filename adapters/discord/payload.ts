import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIStringSelectComponent,
  JSONEncodable,
  MessageCreateOptions,
} from 'discord.js';

/** Nothing in a casebot message may ping anyone: no users, roles, @everyone or @here. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [], replied_user: false };

/** A message as Discord's API takes it (create, edit, or interaction callback data). */
export interface DiscordMessagePayload {
  content: string;
  embeds: APIEmbed[];
  /** Rows of buttons, or of one filter menu each. */
  components: APIActionRowComponent<APIButtonComponentWithCustomId | APIStringSelectComponent>[];
  allowed_mentions: APIAllowedMentions;
  /** `MessageFlags.Ephemeral` when only the asker should see it. */
  flags?: number;
}

/**
 * A digest as Discord's create-message API takes it. The delivery id is in the last embed's
 * footer (`ref dl-…`), where `carriesDelivery` (render-digest.ts) finds it again, and in `nonce` with
 * `enforce_nonce`, so Discord itself drops a second copy sent within a few minutes (discord.js
 * retries a POST that timed out or got a 5xx, and such a POST may have gone through).
 */
export interface DiscordDigestPayload {
  content: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: [] };
  nonce?: string;
  enforce_nonce?: true;
}

/**
 * Already in the API's shape: discord.js sends what `toJSON` gives as it is. A plain object it
 * would copy through its JSON transformer, renaming every key of every embed and button to the
 * snake_case they already are (about a tenth of the adapter's time per answer).
 */
const asApiJson = <T>(data: T): JSONEncodable<T> => ({ toJSON: () => data });

/**
 * The payload as discord.js options for editing or updating a message (whose flags cannot
 * change). discord.js turns `repliedUser` into `replied_user` itself.
 */
export function toMessageOptions(payload: DiscordMessagePayload) {
  return {
    content: payload.content,
    embeds: payload.embeds.map(asApiJson),
    components: payload.components.map(asApiJson),
    allowedMentions: { parse: [], repliedUser: payload.allowed_mentions.replied_user ?? false },
  } satisfies MessageCreateOptions;
}

/** The payload as options for a new interaction reply, ephemeral flag included. */
export function toReplyOptions(payload: DiscordMessagePayload) {
  const options = toMessageOptions(payload);
  return payload.flags === undefined ? options : { ...options, flags: payload.flags };
}
