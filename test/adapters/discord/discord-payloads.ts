import { PermissionFlagsBits } from 'discord.js';

// Gateway payloads as Discord sends them (API v10), for the fake to dispatch.

let snowflake = 1_300_000_000_000_000_000n;
/** A fresh, increasing 19-digit id. */
export function nextSnowflake(): string {
  snowflake += 1n;
  return snowflake.toString();
}

export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfAkEx.fake-token-for-tests-only';
export const TEST_APPLICATION_ID = '1000000000000000001';
export const GUILD_ID = '1100000000000000001';
export const CHANNEL_ID = '1100000000000000002';
export const MOD_ROLE_ID = '1100000000000000003';
export const DM_CHANNEL_ID = '1100000000000000004';

export const BOT_USER = {
  id: TEST_APPLICATION_ID,
  username: 'casebot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

export const ALICE = {
  id: '1200000000000000001',
  username: 'alice',
  discriminator: '0',
  global_name: 'Alice',
  avatar: null,
};
/** A second person, for conversations two people share. */
export const BOB = {
  id: '1200000000000000009',
  username: 'bob',
  discriminator: '0',
  global_name: 'Bob',
  avatar: null,
};
export const OTHER_BOT = {
  id: '1200000000000000002',
  username: 'otherbot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

const EVERYONE_PERMISSIONS = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;

function member(user: object, roles: string[] = []) {
  return {
    user,
    roles,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
  };
}

export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Test Server',
    icon: null,
    owner_id: '1200000000000000099',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: String(EVERYONE_PERMISSIONS),
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
      {
        id: MOD_ROLE_ID,
        name: 'Mods',
        permissions: String(PermissionFlagsBits.ManageChannels),
        position: 1,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: true,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    members: [member(BOT_USER)],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        guild_id: GUILD_ID,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      },
    ],
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    premium_tier: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
  };
}

/** MESSAGE_CREATE in the server channel (or a DM with `dm: true`). */
export function messageCreate(options: {
  content: string;
  author?: typeof ALICE | typeof OTHER_BOT | typeof BOT_USER;
  dm?: boolean;
  roles?: string[];
  mentionsBot?: boolean;
  /** A public thread in the server channel, not yet known to the client. */
  threadId?: string;
}) {
  const author = options.author ?? ALICE;
  const base = {
    id: nextSnowflake(),
    channel_id: options.threadId ?? (options.dm ? DM_CHANNEL_ID : CHANNEL_ID),
    // Discord adds this to MESSAGE_CREATE; discord.js needs it to build an uncached channel.
    channel_type: options.threadId ? 11 : options.dm ? 1 : 0,
    author,
    content: options.content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionsBot ? [BOT_USER] : [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
  return options.dm
    ? base
    : { ...base, guild_id: GUILD_ID, member: { ...member(author, options.roles), user: undefined } };
}

interface InteractionOptions {
  dm?: boolean;
  roles?: string[];
  /** The member's permissions in the channel, as Discord computes them. */
  permissions?: bigint;
}

function interactionBase(type: number, options: InteractionOptions) {
  const base = {
    id: nextSnowflake(),
    application_id: TEST_APPLICATION_ID,
    type,
    token: `itoken-${nextSnowflake()}`,
    version: 1,
    locale: 'en-US',
    app_permissions: String(EVERYONE_PERMISSIONS),
    entitlements: [],
    attachment_size_limit: 8_388_608,
  };
  if (options.dm) {
    return {
      ...base,
      channel_id: DM_CHANNEL_ID,
      channel: { id: DM_CHANNEL_ID, type: 1, recipients: [ALICE] },
      user: ALICE,
      context: 1,
      authorizing_integration_owners: { '0': GUILD_ID },
    };
  }
  return {
    ...base,
    guild_id: GUILD_ID,
    guild_locale: 'en-US',
    channel_id: CHANNEL_ID,
    channel: {
      id: CHANNEL_ID,
      type: 0,
      guild_id: GUILD_ID,
      name: 'general',
      permissions: String(EVERYONE_PERMISSIONS),
    },
    member: {
      ...member(ALICE, options.roles),
      permissions: String(options.permissions ?? EVERYONE_PERMISSIONS),
    },
    context: 0,
    authorizing_integration_owners: { '0': GUILD_ID },
  };
}

/** A string or boolean option, or one with an explicit type (a wrong type, as a stale client sends). */
type OptionValue = string | boolean | { type: number; value: unknown };

/** `/initiatives <sub> name:value …` */
export function slashCommand(
  sub: string,
  values: Record<string, OptionValue> = {},
  options: InteractionOptions = {},
) {
  return {
    ...interactionBase(2, options),
    data: {
      id: '1000000000000000100',
      name: 'initiatives',
      type: 1,
      options: [
        {
          type: 1,
          name: sub,
          options: Object.entries(values).map(([name, value]) =>
            typeof value === 'object'
              ? { name, ...value }
              : { type: typeof value === 'boolean' ? 5 : 3, name, value },
          ),
        },
      ],
    },
  };
}

/** Autocomplete while typing `focused` in `/initiatives <sub>`. */
export function autocomplete(sub: string, focused: string, typed: string, options: InteractionOptions = {}) {
  return {
    ...interactionBase(4, options),
    data: {
      id: '1000000000000000100',
      name: 'initiatives',
      type: 1,
      options: [{ type: 1, name: sub, options: [{ type: 3, name: focused, value: typed, focused: true }] }],
    },
  };
}

/** A message of the bot's as Discord's API returns it; `body` is what was sent (content, embeds…). */
export function botMessage(channelId: string, body: unknown, at: Date): object {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    id: b.id ?? nextSnowflake(),
    channel_id: channelId,
    author: BOT_USER,
    content: b.content ?? '',
    timestamp: at.toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: b.embeds ?? [],
    components: b.components ?? [],
    pinned: false,
    type: b.message_reference ? 19 : 0,
    flags: b.flags ?? 0,
  };
}

/** A click on a button of `message` (a message object as the fake returned it, or built). */
export function buttonClick(
  customId: string,
  message: { id?: string; flags?: number; components?: unknown[]; content?: string; embeds?: unknown[] },
  options: InteractionOptions = {},
) {
  return {
    ...interactionBase(3, options),
    data: { custom_id: customId, component_type: 2 },
    message: botMessage(options.dm ? DM_CHANNEL_ID : CHANNEL_ID, message, new Date()),
  };
}

/** A message command (Apps → `name`) on a message in the server channel, as Discord sends it. */
export function messageCommand(name: string, target: { content: string }, options: InteractionOptions = {}) {
  const message = messageCreate({ content: target.content, ...(options.dm ? { dm: true } : {}) });
  const { member: _member, guild_id: _guild, ...resolved } = message as Record<string, unknown>;
  return {
    ...interactionBase(2, options),
    data: {
      id: '1000000000000000200',
      name,
      type: 3,
      target_id: message.id,
      resolved: { messages: { [message.id]: resolved } },
    },
  };
}

/** A choice in a string select menu of `message`: `values` are the chosen options' values. */
export function selectChoice(
  customId: string,
  values: string[],
  message: { id?: string; flags?: number; components?: unknown[]; content?: string; embeds?: unknown[] },
  options: InteractionOptions = {},
) {
  return {
    ...interactionBase(3, options),
    data: { custom_id: customId, component_type: 3, values },
    message: botMessage(options.dm ? DM_CHANNEL_ID : CHANNEL_ID, message, new Date()),
  };
}

/**
 * A submitted modal (MODAL_SUBMIT, type 5) as Discord sends it for a modal of label components:
 * each label with the text input it holds and what was typed in it.
 */
export function modalSubmit(
  customId: string,
  values: Record<string, string>,
  options: InteractionOptions = {},
) {
  let componentId = 0;
  return {
    ...interactionBase(5, options),
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([field, value]) => ({
        type: 18,
        id: ++componentId,
        component: { type: 4, id: ++componentId, custom_id: field, value },
      })),
    },
  };
}
