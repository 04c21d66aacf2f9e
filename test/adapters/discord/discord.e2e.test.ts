import { GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPIRED_BUTTON } from '../../../adapters/discord/handle-interaction.js';
import type { RunningDiscord } from '../../../adapters/discord/main.js';
import type { DiscordMessagePayload } from '../../../adapters/discord/payload.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import type { Bot, Surface } from '../../../src/index.js';
import { startBuiltInDiscord, stopBuiltInDiscord } from './built-in-discord.js';
import { expectWithinDiscordLimits } from './discord-limits.js';
import {
  ALICE,
  autocomplete,
  BOB,
  BOT_USER,
  buttonClick,
  CHANNEL_ID,
  DM_CHANNEL_ID,
  GUILD_ID,
  messageCreate,
  OTHER_BOT,
  slashCommand,
  TEST_TOKEN,
} from './discord-payloads.js';
import type { FakeDiscord, RecordedRequest } from './fake-discord.js';
import { createButtonIds } from './memory-button-ids.js';
import { recordingLogger } from './test-doubles.js';

// The real discord.js client, the real core on the built-in knowledge, a fake Discord on 127.0.0.1.

interface SentMessage {
  content: string;
  embeds: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
  components: { components: { label: string; custom_id: string; style: number }[] }[];
  allowed_mentions: unknown;
  message_reference?: { message_id: string };
  flags?: number;
}

interface Callback {
  type: number;
  data?: SentMessage & { choices?: { name: string; value: string }[] };
}

const NO_PINGS = { parse: [], replied_user: false };
const DISCORD_DEADLINE_MS = 3000;

let fake: FakeDiscord;
let running: RunningDiscord;
let bot: Bot;
const logger = recordingLogger();

beforeAll(async () => {
  ({ fake, bot, running } = await startBuiltInDiscord({ logger }));
});

afterAll(() => stopBuiltInDiscord({ fake, running }));

function replyTo(messageId: string): Promise<RecordedRequest> {
  return fake.waitForRequest(
    (r) => r.method === 'POST' && (r.body as SentMessage)?.message_reference?.message_id === messageId,
    `a reply to message ${messageId}`,
  );
}

const MENTION: Surface = { type: 'mention' };

/** The core's answer to `text` as the adapter asks for it: same text, same surface. */
function answerOn(text: string, surface: Surface) {
  return bot.answer(text, { platform: 'discord', surface });
}

/** The expected payload for `text`, rendered from the core's own answer. */
async function expectedFor(text: string, surface: Surface = MENTION) {
  return renderDiscordReply(await answerOn(text, surface), { buttonIds: createButtonIds() });
}

function buttons(message: SentMessage) {
  return message.components.flatMap((row) => row.components);
}

describe('Discord adapter over a fake Discord', () => {
  it('connects with the real gateway protocol: JSON, no compression, our intents, heartbeats', async () => {
    expect(running.gateway()?.user.id).toBe(BOT_USER.id);
    expect(fake.connectQueries[0]?.get('v')).toBe('10');
    expect(fake.connectQueries[0]?.get('encoding')).toBe('json');
    const identify = await fake.waitForFrame((f) => f.op === 2, 'IDENTIFY');
    expect(identify.d).toMatchObject({
      token: TEST_TOKEN,
      intents:
        GatewayIntentBits.Guilds |
        GatewayIntentBits.GuildMessages |
        GatewayIntentBits.DirectMessages |
        GatewayIntentBits.MessageContent,
    });
    await fake.waitForFrame((f) => f.op === 1, 'a heartbeat');
    expect(running.gateway()?.guilds.cache.get(GUILD_ID)?.name).toBe('Test Server');
  });

  it('answers a mention in a server channel with embeds, pinging no one', async () => {
    const message = messageCreate({ content: `<@${BOT_USER.id}> AI in Korea`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.path).toBe(`/channels/${CHANNEL_ID}/messages`);
    const body = request.body as SentMessage;
    const expected = await expectedFor('AI in Korea');
    expect(body).toMatchObject({
      content: expected.content,
      embeds: expected.embeds,
      components: expected.components,
      allowed_mentions: NO_PINGS,
    });
    expect(body.embeds.length).toBeGreaterThan(0);
  });

  it('answers the prefix command (Message Content intent on)', async () => {
    const message = messageCreate({ content: '!initiatives countries' });
    fake.dispatch('MESSAGE_CREATE', message);
    const body = (await replyTo(message.id)).body as SentMessage;
    expect(body.embeds).toEqual((await expectedFor('countries')).embeds);
    expect(body.embeds[0]?.description).toMatch(/— \d+ cases?/);
  });

  it('answers a mention in a thread it has not seen before', async () => {
    const threadId = '1100000000000000042';
    const message = messageCreate({ content: `<@${BOT_USER.id}> countries`, mentionsBot: true, threadId });
    fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.path).toBe(`/channels/${threadId}/messages`);
  });

  it('answers a direct message without prefix or mention', async () => {
    const message = messageCreate({ content: 'help', dm: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const request = await replyTo(message.id);
    expect(request.path).toBe(`/channels/${DM_CHANNEL_ID}/messages`);
    const expected = await expectedFor('help', { type: 'direct-message' });
    expect((request.body as SentMessage).content).toBe(expected.content);
  });

  it('never answers bots, itself included', async () => {
    const fromBot = messageCreate({
      content: `<@${BOT_USER.id}> help`,
      author: OTHER_BOT,
      mentionsBot: true,
    });
    const fromSelf = messageCreate({
      content: `<@${BOT_USER.id}> help`,
      author: BOT_USER,
      mentionsBot: true,
    });
    const barrier = messageCreate({ content: `<@${BOT_USER.id}> help`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', fromBot);
    fake.dispatch('MESSAGE_CREATE', fromSelf);
    fake.dispatch('MESSAGE_CREATE', barrier);
    await replyTo(barrier.id);
    const repliedTo = fake.requests.map(
      (r) => (r.body as SentMessage | undefined)?.message_reference?.message_id,
    );
    expect(repliedTo).not.toContain(fromBot.id);
    expect(repliedTo).not.toContain(fromSelf.id);
  });

  it('escapes markdown and neutralises @everyone in what the user typed', async () => {
    const message = messageCreate({
      content: `<@${BOT_USER.id}> search @everyone **zzqx** <@&1>`,
      mentionsBot: true,
    });
    fake.dispatch('MESSAGE_CREATE', message);
    const body = (await replyTo(message.id)).body as SentMessage;
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expect(JSON.stringify(body)).not.toMatch(/@everyone|(?<!\\)\*\*zzqx|(?<!\\)<@&1>/);
  });

  it.each([
    ['lunr syntax', 'foo~x php: title:AI^10 +mental -health * "unclosed'],
    ['mentions', '@here <@123456789012345678> <@&1> <#1> <!channel> @everyone'],
    ['other scripts and emoji', '한국 العربية 🇰🇷 👩🏽‍💻'],
    ['a very long message', 'health '.repeat(570)],
  ])('answers a message with %s clearly, within the limits, pinging no one', async (_kind, text) => {
    const message = messageCreate({ content: `<@${BOT_USER.id}> ${text}`, mentionsBot: true });
    fake.dispatch('MESSAGE_CREATE', message);
    const body = (await replyTo(message.id)).body as DiscordMessagePayload;
    expect(body.allowed_mentions).toEqual(NO_PINGS);
    expectWithinDiscordLimits(body);
    expect(body).toMatchObject({ content: (await expectedFor(text)).content });
  });

  it('answers a slash command ephemerally within 3 s, with a Share button', async () => {
    const interaction = slashCommand('search', { query: 'participation' });
    const sentAt = fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await fake.callbackOf(interaction);
    expect(request.at - sentAt).toBeLessThan(DISCORD_DEADLINE_MS);
    expect(request.path).toBe(`/interactions/${interaction.id}/${interaction.token}/callback`);
    const callback = request.body as Callback;
    expect(callback.type).toBe(4);
    const slash: Surface = { type: 'slash-command', requested: 'private' };
    expect((await answerOn('search participation', slash)).shareCommand).toBe('search participation');
    const expected = await expectedFor('search participation', slash);
    expect(callback.data).toMatchObject({
      content: expected.content,
      embeds: expected.embeds,
      components: expected.components,
      allowed_mentions: NO_PINGS,
      flags: MessageFlags.Ephemeral,
    });
    expect(buttons(callback.data as SentMessage).map((b) => b.label)).toContain('Share');
  });

  it('answers publicly with public:true, without a Share button', async () => {
    const interaction = slashCommand('countries', { public: true });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.callbackOf(interaction)).body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data?.flags ?? 0).toBe(0);
    expect(buttons(callback.data as SentMessage).map((b) => b.label)).not.toContain('Share');
  });

  it('autocompletes countries from the knowledge within 3 s', async () => {
    const interaction = autocomplete('country', 'name', 'kor');
    const sentAt = fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await fake.callbackOf(interaction);
    expect(request.at - sentAt).toBeLessThan(DISCORD_DEADLINE_MS);
    const callback = request.body as Callback;
    expect(callback.type).toBe(8);
    const korea = bot.countries().find((c) => c.code === 'KR');
    expect(callback.data?.choices?.[0]).toEqual({
      name: `${korea?.flag} ${korea?.name} (${korea?.count} ${korea?.count === 1 ? 'case' : 'cases'})`,
      value: korea?.name,
    });
    const all = autocomplete('random', 'country', '');
    fake.dispatch('INTERACTION_CREATE', all);
    const choices = ((await fake.callbackOf(all)).body as Callback).data?.choices ?? [];
    expect(choices.length).toBe(Math.min(25, bot.countries().length));
  });

  it('updates the message when "More results" is clicked, keeping the Share button', async () => {
    const first = slashCommand('search', { query: 'government' });
    fake.dispatch('INTERACTION_CREATE', first);
    const shown = ((await fake.callbackOf(first)).body as Callback).data as SentMessage;
    const more = buttons(shown).find((b) => b.label === 'More results');
    expect(more?.custom_id).toBe('r:search government page 2');
    const click = buttonClick(more?.custom_id ?? '', { ...shown, flags: MessageFlags.Ephemeral });
    fake.dispatch('INTERACTION_CREATE', click);
    const callback = (await fake.callbackOf(click)).body as Callback;
    expect(callback.type).toBe(7);
    const onPrivate: Surface = { type: 'button', on: 'private-message' };
    expect((await answerOn('search government page 2', onPrivate)).shareCommand).toBe(
      'search government page 2',
    );
    const expected = await expectedFor('search government page 2', onPrivate);
    expect(callback.data).toMatchObject({
      content: expected.content,
      embeds: expected.embeds,
      components: expected.components,
    });
    expect(callback.data?.content).toMatch(/page 2 of/);
  });

  it('shows a case when "Details" is clicked and shares it publicly with "Share"', async () => {
    const first = slashCommand('search', { query: 'health' });
    fake.dispatch('INTERACTION_CREATE', first);
    const shown = ((await fake.callbackOf(first)).body as Callback).data as SentMessage;
    const details = buttons(shown).find((b) => b.custom_id.startsWith('r:show '));
    const click = buttonClick(details?.custom_id ?? '', { ...shown, flags: MessageFlags.Ephemeral });
    fake.dispatch('INTERACTION_CREATE', click);
    const updated = ((await fake.callbackOf(click)).body as Callback).data as SentMessage;
    const id = details?.custom_id.slice('r:show '.length);
    expect(updated.embeds).toHaveLength(1);
    expect(updated.embeds).toEqual((await expectedFor(`show ${id}`)).embeds);

    const share = buttons(updated).find((b) => b.label === 'Share');
    expect(share?.custom_id).toBe(`s:show ${id}`);
    const shareClick = buttonClick(share?.custom_id ?? '', { ...updated, flags: MessageFlags.Ephemeral });
    fake.dispatch('INTERACTION_CREATE', shareClick);
    const shared = (await fake.callbackOf(shareClick)).body as Callback;
    expect(shared.type).toBe(4);
    expect(shared.data?.flags ?? 0).toBe(0);
    expect(shared.data?.embeds).toEqual(updated.embeds);
    expect(buttons(shared.data as SentMessage).map((b) => b.label)).not.toContain('Share');
  });

  it('shows cases like one when its "Similar" button is clicked: never the case itself, each with why', async () => {
    const first = slashCommand('search', { query: 'telerehabilitation' });
    fake.dispatch('INTERACTION_CREATE', first);
    const shown = ((await fake.callbackOf(first)).body as Callback).data as SentMessage;
    const similar = buttons(shown).find((b) => b.custom_id.startsWith('r:similar '));
    expect(similar?.label).toMatch(/^Similar: /);
    const id = similar?.custom_id.slice('r:similar '.length) ?? '';
    const source = bot.knowledge.cases.find((c) => c.id === id);
    const click = buttonClick(similar?.custom_id ?? '', { ...shown, flags: MessageFlags.Ephemeral });
    fake.dispatch('INTERACTION_CREATE', click);
    const callback = (await fake.callbackOf(click)).body as Callback;
    expect(callback.type).toBe(7);
    const updated = callback.data as SentMessage;
    const expected = await expectedFor(`similar ${id}`);
    expect(updated.embeds).toEqual(expected.embeds);
    expect(updated.content).toContain(`Cases like “${source?.title}”, other countries first`);
    expect(updated.embeds.length).toBeGreaterThan(0);
    for (const embed of updated.embeds) {
      expect(embed.title).not.toBe(source?.title);
      expect(embed.fields?.map((f) => f.name)).toContain('Why it is alike');
    }
    expectWithinDiscordLimits(updated as unknown as DiscordMessagePayload);
  });

  it('follows a conversation in a channel: "next" after a question pages it, for the one who asked', async () => {
    const asked = messageCreate({ content: '!initiatives list all' });
    fake.dispatch('MESSAGE_CREATE', asked);
    await replyTo(asked.id);
    const next = messageCreate({ content: '!initiatives next' });
    fake.dispatch('MESSAGE_CREATE', next);
    const page = (await replyTo(next.id)).body as SentMessage;
    expect(page.content).toContain('page 2 of');
  });

  it('shares a thread’s conversation between the people in it, and keeps it out of the channel', async () => {
    const threadId = '1100000000000000043';
    const say = async (content: string, author: typeof ALICE, inThread = true) => {
      const message = messageCreate({
        content: `!initiatives ${content}`,
        author,
        ...(inThread ? { threadId } : {}),
      });
      fake.dispatch('MESSAGE_CREATE', message);
      const request = await replyTo(message.id);
      expect(request.path).toBe(`/channels/${inThread ? threadId : CHANNEL_ID}/messages`);
      return request.body as SentMessage;
    };
    const asked = await say('list all', ALICE);
    expect(asked.content).toContain('page 1 of');
    // Bob follows up on Alice's question: in a thread, the conversation is the thread's.
    const next = await say('next', BOB);
    expect(next.content).toContain('page 2 of');
    const local = await say('only local ones', BOB);
    expect(local.content).toContain('at local level');
    expect(local.embeds).toEqual((await expectedFor('list at local level')).embeds);
    // Alice points into the list Bob's refinement showed: the thread remembers it for both.
    const firstLocal = (await answerOn('list at local level', MENTION)).cases[0]!;
    const shown = await say('the first one', ALICE);
    expect(shown.embeds).toEqual((await expectedFor(`show ${firstLocal.id}`)).embeds);
    // In the channel itself, Bob has asked nothing yet: the thread's question is not his there.
    const outside = await say('next', BOB, false);
    expect(outside.content).toContain('Nothing to follow up yet');
  });

  it('answers "Another random case" by updating a public message', async () => {
    const message = messageCreate({ content: '!initiatives random' });
    fake.dispatch('MESSAGE_CREATE', message);
    const shown = (await replyTo(message.id)).body as SentMessage;
    const again = buttons(shown).find((b) => b.label === 'Another random case');
    expect(again?.custom_id).toBe('r:random');
    const click = buttonClick(again?.custom_id ?? '', shown);
    fake.dispatch('INTERACTION_CREATE', click);
    const callback = (await fake.callbackOf(click)).body as Callback;
    expect(callback.type).toBe(7);
    expect(callback.data?.embeds).toHaveLength(1);
    expect(buttons(callback.data as SentMessage).map((b) => b.label)).not.toContain('Share');
  });

  it('answers a button whose command it no longer remembers politely', async () => {
    const click = buttonClick('r#forgotten-key', { flags: MessageFlags.Ephemeral });
    fake.dispatch('INTERACTION_CREATE', click);
    const callback = (await fake.callbackOf(click)).body as Callback;
    expect(callback).toEqual({
      type: 4,
      data: expect.objectContaining({ content: EXPIRED_BUTTON, flags: MessageFlags.Ephemeral }),
    });
  });

  it('resumes a dropped gateway session and receives what was sent meanwhile', async () => {
    const resumesBefore = fake.frames.filter((f) => f.op === 6).length;
    fake.dropConnection(4000);
    const whileDown = messageCreate({ content: '!initiatives help' });
    fake.dispatch('MESSAGE_CREATE', whileDown);
    const resume = await fake.waitForFrame(
      (f) => f.op === 6 && fake.frames.filter((g) => g.op === 6).length > resumesBefore,
      'RESUME',
    );
    expect(resume.d).toMatchObject({
      token: TEST_TOKEN,
      session_id: expect.any(String),
      seq: expect.any(Number),
    });
    await replyTo(whileDown.id);
    const after = messageCreate({ content: '!initiatives countries' });
    fake.dispatch('MESSAGE_CREATE', after);
    await replyTo(after.id);
    expect(fake.frames.filter((f) => f.op === 2)).toHaveLength(1);
  });

  it('never logs the token', () => {
    expect(JSON.stringify(logger.entries)).not.toContain(TEST_TOKEN);
    expect(logger.entries.some((e) => e.level === 'error')).toBe(false);
  });
});
