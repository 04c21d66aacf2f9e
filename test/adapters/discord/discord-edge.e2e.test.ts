import { GatewayIntentBits, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordConfig } from '../../../adapters/discord/config.js';
import { SENT_BY_DM } from '../../../adapters/discord/handle-message.js';
import { type RunningDiscord, startDiscord } from '../../../adapters/discord/main.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import { buildErrorReply, type Surface } from '../../../src/index.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import {
  BOT_USER,
  buttonClick,
  GUILD_ID,
  messageCreate,
  slashCommand,
  TEST_APPLICATION_ID,
  TEST_TOKEN,
} from './discord-payloads.js';
import { FakeDiscord, type RecordedRequest } from './fake-discord.js';
import { createButtonIds } from './memory-button-ids.js';
import { deferred, helpReply, recordingLogger, scriptedBot } from './test-doubles.js';

// Slow, failing and private answers, the Message Content intent off, a bad token, and
// command registration: a scripted core over the same fake Discord.

interface Body {
  type?: number;
  content?: string;
  flags?: number;
  embeds?: unknown[];
  data?: { content?: string; flags?: number; embeds?: { fields?: unknown[] }[] };
  message_reference?: { message_id: string };
  recipient_id?: string;
}

const digestPreview: ReplyContent = {
  type: 'digest',
  intent: { type: 'digest', command: { type: 'preview' } },
  heading: 'Next digest here',
  lines: ['Three cases on health'],
  scope: 'asker',
  cases: [],
  total: 0,
  actions: [],
};

let fake: FakeDiscord;
let running: RunningDiscord | undefined;
let pending = deferred<ReplyContent>();
let fail = false;
const logger = recordingLogger();
const bot = scriptedBot(async (text) => {
  if (fail) throw new Error('core exploded');
  if (text === 'search slow') return pending.promise;
  if (text.startsWith('digest')) return digestPreview;
  return helpReply(`You said: ${text}`);
});
const config: DiscordConfig = { token: TEST_TOKEN, prefix: '!initiatives', messageContent: false };

beforeAll(async () => {
  fake = await new FakeDiscord().listen();
  running = await startDiscord({ config: { ...config, apiUrl: fake.apiUrl }, bot, logger, deferAfterMs: 50 });
});

afterEach(() => {
  fail = false;
});

afterAll(async () => {
  await running?.stop();
  await fake?.close();
});

const body = (r: RecordedRequest) => r.body as Body;

/** The core's one apology as Discord shows it on this surface. */
function apologyOn(surface: Surface) {
  const reply = buildErrorReply({ platform: 'discord', surface });
  return renderDiscordReply(reply, { buttonIds: createButtonIds() }).content;
}

function webhookEdit(interaction: { token: string }): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) =>
      r.method === 'PATCH' &&
      r.path === `/webhooks/${TEST_APPLICATION_ID}/${interaction.token}/messages/@original`,
    'an edit of the original response',
  );
}

function replyTo(messageId: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => body(r)?.message_reference?.message_id === messageId, 'a reply');
}

describe('with the Message Content intent off', () => {
  it('does not ask for it, and says so in the log', () => {
    const identify = fake.frames.find((f) => f.op === 2)?.d as { intents: number };
    expect(identify.intents & GatewayIntentBits.MessageContent).toBe(0);
    expect(logger.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        msg: expect.stringContaining('DISCORD_MESSAGE_CONTENT is off'),
      }),
    );
  });

  it('ignores the prefix in server channels but answers mentions', async () => {
    const prefixed = messageCreate({ content: '!initiatives help' });
    const mention = messageCreate({ content: `<@${BOT_USER.id}> AI`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', prefixed);
    fake.dispatch('MESSAGE_CREATE', mention);
    expect(body(await replyTo(mention.id)).content).toBe('**You said: AI**');
    expect(fake.requests.some((r) => body(r)?.message_reference?.message_id === prefixed.id)).toBe(false);
  });
});

describe('slow answers', () => {
  it('defers a slash command within 3 s, then edits the response', async () => {
    pending = deferred<ReplyContent>();
    const interaction = slashCommand('search', { query: 'slow' });
    const sentAt = fake.dispatch('INTERACTION_CREATE', interaction);
    const defer = await fake.callbackOf(interaction);
    expect(defer.at - sentAt).toBeLessThan(3000);
    expect(body(defer)).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    pending.resolve(helpReply('Finally'));
    const edit = await webhookEdit(interaction);
    expect(body(edit)).toMatchObject({
      content: '**Finally**',
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it('defers a button click as an update, then edits the message', async () => {
    pending = deferred<ReplyContent>();
    const click = buttonClick('r:search slow', {});
    fake.dispatch('INTERACTION_CREATE', click);
    expect(body(await fake.callbackOf(click))).toEqual({ type: 6 });
    pending.resolve(helpReply('Page two'));
    expect(body(await webhookEdit(click)).content).toBe('**Page two**');
  });
});

describe('failures', () => {
  it('apologises for a failed slash command, logs it with the interaction id, and keeps running', async () => {
    fail = true;
    const interaction = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect(body(await fake.callbackOf(interaction))).toMatchObject({
      type: 4,
      data: { content: apologyOn({ type: 'slash-command' }), flags: MessageFlags.Ephemeral },
    });
    const logged = logger.entries.find((e) => e.level === 'error' && e.obj.interactionId === interaction.id);
    expect(logged?.obj.err).toBeInstanceOf(Error);
    fail = false;
    const next = slashCommand('countries');
    fake.dispatch('INTERACTION_CREATE', next);
    expect(body(await fake.callbackOf(next)).data?.content).toBe('**You said: countries**');
  });

  it('apologises after a deferral with a follow-up', async () => {
    pending = deferred<ReplyContent>();
    const interaction = slashCommand('search', { query: 'slow' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    await fake.callbackOf(interaction);
    pending.reject(new Error('late failure'));
    const followUp = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${TEST_APPLICATION_ID}/${interaction.token}`,
      'a follow-up',
    );
    expect(body(followUp)).toMatchObject({
      content: apologyOn({ type: 'slash-command' }),
      flags: MessageFlags.Ephemeral,
    });
  });

  it('apologises privately for a failed button click', async () => {
    fail = true;
    const click = buttonClick('r:search AI page 2', {});
    fake.dispatch('INTERACTION_CREATE', click);
    expect(body(await fake.callbackOf(click))).toMatchObject({
      type: 4,
      data: { content: apologyOn({ type: 'button', on: 'channel-message' }), flags: MessageFlags.Ephemeral },
    });
  });

  it('apologises for a failed message command', async () => {
    fail = true;
    const message = messageCreate({ content: `<@${BOT_USER.id}> help`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    expect(body(await replyTo(message.id)).content).toBe(apologyOn({ type: 'mention' }));
    expect(logger.entries).toContainEqual(
      expect.objectContaining({ level: 'error', obj: expect.objectContaining({ messageId: message.id }) }),
    );
  });
});

describe('context and private answers', () => {
  it('tells the core who asked, where, and whether they may manage digests', async () => {
    bot.asked.length = 0;
    const mod = slashCommand('help', {}, { permissions: PermissionFlagsBits.ManageChannels });
    fake.dispatch('INTERACTION_CREATE', mod);
    await fake.callbackOf(mod);
    const member = slashCommand('help');
    fake.dispatch('INTERACTION_CREATE', member);
    await fake.callbackOf(member);
    expect(bot.asked.map((a) => a.ctx)).toEqual([
      {
        platform: 'discord',
        surface: { type: 'slash-command', requested: 'private' },
        teamId: GUILD_ID,
        channelId: mod.channel_id,
        userId: expect.any(String),
        canManageDigests: true,
      },
      {
        platform: 'discord',
        surface: { type: 'slash-command', requested: 'private' },
        teamId: GUILD_ID,
        channelId: member.channel_id,
        userId: expect.any(String),
        canManageDigests: false,
      },
    ]);
  });

  it('answers a private reply to a click on a public message ephemerally instead of updating it', async () => {
    const click = buttonClick('r:digest preview', {});
    fake.dispatch('INTERACTION_CREATE', click);
    expect(body(await fake.callbackOf(click))).toMatchObject({
      type: 4,
      data: { content: '**Next digest here**', flags: MessageFlags.Ephemeral },
    });
  });

  it('sends a private answer to a channel message by DM', async () => {
    const message = messageCreate({ content: `<@${BOT_USER.id}> digest preview`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    expect(body(await replyTo(message.id)).content).toBe(SENT_BY_DM);
    const dm = fake.requests.find((r) => r.path === '/users/@me/channels');
    expect(body(dm as RecordedRequest).recipient_id).toBe(message.author.id);
    const dmMessage = fake.requests.find(
      (r) => /^\/channels\/\d+\/messages$/.test(r.path) && body(r).content === '**Next digest here**',
    );
    expect(dmMessage).toBeDefined();
  });
});

describe('start and registration', () => {
  it('refuses a bad token with a coded error, never echoing the token', async () => {
    const other = await new FakeDiscord().listen();
    other.rejectToken = true;
    try {
      await expect(
        startDiscord({ config: { ...config, apiUrl: other.apiUrl }, bot, logger: recordingLogger() }),
      ).rejects.toMatchObject({
        code: 'DISCORD_START_FAILED',
        message: expect.not.stringContaining(TEST_TOKEN),
      });
    } finally {
      await other.close();
    }
  });

  it('registers /initiatives and "Find related cases" in one server when DISCORD_GUILD_ID is set, else globally', async () => {
    const base = { ...config, apiUrl: fake.apiUrl, applicationId: TEST_APPLICATION_ID };
    expect(await registerCommands({ config: { ...base, guildId: GUILD_ID }, logger })).toEqual({
      scope: 'guild',
      names: ['initiatives', 'Find related cases'],
    });
    expect(await registerCommands({ config: base, logger })).toEqual({
      scope: 'global',
      names: ['initiatives', 'Find related cases'],
    });
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/applications/${TEST_APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
      `/applications/${TEST_APPLICATION_ID}/commands`,
    ]);
    expect(puts[0]?.headers.authorization).toBe(`Bot ${TEST_TOKEN}`);
    expect(puts[0]?.body).toEqual([
      expect.objectContaining({ name: 'initiatives', type: 1 }),
      // A message command: in every message's Apps menu, in servers and DMs with the bot.
      { name: 'Find related cases', type: 3, contexts: [0, 1], integration_types: [0] },
    ]);
  });
});

describe('options Discord should have checked', () => {
  it.each<[string, string, Record<string, string | boolean | { type: number; value: unknown }>, RegExp]>([
    [
      'a missing required option',
      'show',
      {},
      /^`\/initiatives show` needs the option `id` \(The case id\)\./,
    ],
    [
      'a required option of the wrong type',
      'search',
      { query: { type: 4, value: 42 } },
      /^The option `query` of `\/initiatives search` takes text \(Words to look for, optionally a country\)\./,
    ],
    [
      'an optional option of the wrong type',
      'random',
      { public: { type: 3, value: 'yes' } },
      /^The option `public` of `\/initiatives random` takes True or False/,
    ],
  ])('answers %s privately, naming the option and the usage', async (_what, sub, values, message) => {
    const asked = bot.asked.length;
    const interaction = slashCommand(sub, values);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await fake.callbackOf(interaction);
    expect(body(callback).type).toBe(4);
    expect(body(callback).data?.flags).toBe(MessageFlags.Ephemeral);
    const content = body(callback).data?.content ?? '';
    expect(content).toMatch(message);
    expect(content).toMatch(new RegExp(`\\nUsage: \`/initiatives ${sub}( |\`)`));
    expect(bot.asked.length).toBe(asked);
    expect(JSON.stringify(body(callback))).not.toContain(apologyOn({ type: 'slash-command' }));
  });

  it('shows each subcommand’s usage with its required options first and the optional ones in brackets', async () => {
    const interaction = slashCommand('show', { public: true });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = await fake.callbackOf(interaction);
    expect(body(callback).data?.content).toContain(
      'Usage: `/initiatives show id:<text> [public:<True|False>]`',
    );
  });
});
