import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIND_RELATED_COMMAND } from '../../../adapters/discord/find-related.js';
import type { RunningDiscord } from '../../../adapters/discord/main.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import type { Bot, Case, Surface } from '../../../src/index.js';
import { startBuiltInDiscord, stopBuiltInDiscord } from './built-in-discord.js';
import { expectWithinDiscordLimits } from './discord-limits.js';
import { messageCommand } from './discord-payloads.js';
import type { FakeDiscord } from './fake-discord.js';
import { createButtonIds } from './memory-button-ids.js';

// "Find related cases" (a message command) through the real discord.js client and fake Discord.

interface Callback {
  type: number;
  data: {
    content: string;
    embeds: unknown[];
    components: unknown[];
    flags?: number;
    allowed_mentions: unknown;
  };
}

const SLASH: Surface = { type: 'slash-command' };
let fake: FakeDiscord;
let running: RunningDiscord;
let bot: Bot;
let linked: Case;

beforeAll(async () => {
  ({ fake, bot, running } = await startBuiltInDiscord({ messageContent: false }));
  linked = bot.knowledge.cases.find((c) => c.url !== undefined)!;
});

afterAll(() => stopBuiltInDiscord({ fake, running }));

/** The payload the core's answer to `command` renders to, asked as the adapter asks. */
async function expectedFor(command: string) {
  const reply = await bot.answer(command, { platform: 'discord', surface: SLASH });
  return renderDiscordReply(reply, { buttonIds: createButtonIds() });
}

describe('Find related cases (Discord message command)', () => {
  it('answers privately with the cases like the message text', async () => {
    const text = 'Has anyone trained <@1200000000000000009> public officials in digital skills? help';
    const interaction = messageCommand(FIND_RELATED_COMMAND, { content: text });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.callbackOf(interaction)).body as Callback;
    expect(callback.type).toBe(4);
    expect(callback.data.flags).toBe(MessageFlags.Ephemeral);
    const expected = await expectedFor(
      'similar to "Has anyone trained public officials in digital skills? help"',
    );
    expect(callback.data).toMatchObject({
      content: expected.content,
      embeds: expected.embeds,
      allowed_mentions: { parse: [] },
    });
    expectWithinDiscordLimits(callback.data as never);
  });

  it('answers a message linking a case with its card, then the cases like it as a follow-up', async () => {
    const interaction = messageCommand(FIND_RELATED_COMMAND, { content: `look at this <${linked.url}> !` });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.callbackOf(interaction)).body as Callback;
    expect(callback.type).toBe(4);
    const card = await expectedFor(`show ${linked.id}`);
    expect(callback.data).toMatchObject({ content: card.content, embeds: card.embeds });
    const followUp = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(`/webhooks/`) && r.path.includes(interaction.token),
      'the follow-up',
    );
    const similar = await expectedFor(`similar ${linked.id}`);
    expect(followUp.body).toMatchObject({ content: similar.content, embeds: similar.embeds });
  });

  it('answers a message without words with help, privately', async () => {
    const interaction = messageCommand(FIND_RELATED_COMMAND, { content: '' });
    fake.dispatch('INTERACTION_CREATE', interaction);
    const callback = (await fake.callbackOf(interaction)).body as Callback;
    const help = await expectedFor('help');
    expect(callback.data).toMatchObject({ content: help.content, embeds: help.embeds });
  });
});
