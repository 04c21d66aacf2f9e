import { type APIStringSelectComponent, ComponentType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordMessagePayload } from '../../../adapters/discord/payload.js';
import { type Bot, parseIntent } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { type DiscordEndpoint, startDiscordEndpoint, stopDiscordEndpoint } from './built-in-discord.js';
import { expectWithinDiscordLimits } from './discord-limits.js';
import { selectChoice, slashCommand } from './discord-payloads.js';
import type { FakeDiscord } from './fake-discord.js';

// Filter menus and "Compare with…" over the HTTP interactions endpoint, as `npm start` serves it
// with DISCORD_PUBLIC_KEY: signed requests in, the updated message (type 7) in the HTTP response,
// nothing at the callback endpoint.

interface Callback {
  type: number;
  data?: DiscordMessagePayload;
}

let fake: FakeDiscord;
let url: string;
let endpoint: DiscordEndpoint | undefined;
let bot: Bot;

beforeAll(async () => {
  bot = await builtInBot();
  endpoint = await startDiscordEndpoint(bot);
  ({ fake, url } = endpoint);
});

afterAll(async () => {
  await stopDiscordEndpoint(endpoint);
});

const callbacksTo = (id: string) => fake.requests.filter((r) => r.path.startsWith(`/interactions/${id}/`));

function selectsOf(message: DiscordMessagePayload): APIStringSelectComponent[] {
  return message.components.flatMap((row) =>
    row.components.flatMap((c) => (c.type === ComponentType.StringSelect ? [c] : [])),
  );
}

/** `/initiatives search <query>` over HTTP: the answer is in the HTTP response. */
async function ask(query: string): Promise<DiscordMessagePayload> {
  const command = slashCommand('search', { query });
  const callback = (await fake.postInteraction(url, command)).body as Callback;
  expect(callback.type).toBe(4);
  expect(callback.data).toBeDefined();
  return callback.data!;
}

/** Chooses `value` in the select `customId` of `shown`; returns the HTTP response's callback. */
async function choose(shown: DiscordMessagePayload, customId: string, value: string): Promise<Callback> {
  const choice = selectChoice(customId, [value], { ...shown, flags: MessageFlags.Ephemeral });
  const answer = await fake.postInteraction(url, choice);
  expect(answer.status).toBe(200);
  expect(callbacksTo(choice.id)).toEqual([]);
  return answer.body as Callback;
}

describe('Discord menus over the HTTP interactions endpoint', () => {
  it('a country chosen from a search menu updates the message in the HTTP response (type 7)', async () => {
    const shown = await ask('services');
    const country = selectsOf(shown).find((s) => s.placeholder === 'Filter by country');
    const chosen = country?.options[0];
    expect(chosen?.value.startsWith('r:')).toBe(true);
    const command = chosen!.value.slice(2);
    const intent = parseIntent(command);
    expect(intent).toMatchObject({ type: 'search', query: 'services' });
    expect(intent.type === 'search' && intent.filters.countries?.length).toBe(1);

    const callback = await choose(shown, country!.custom_id, chosen!.value);
    expect(callback.type).toBe(7);
    const narrowed = await bot.answer(command);
    expect(narrowed.type).toBe('results');
    expect(callback.data?.content).toContain(narrowed.heading);
    expect(chosen!.label).toMatch(new RegExp(`\\(${narrowed.total}\\)$`));
    expectWithinDiscordLimits(callback.data!);
  });

  it('"Compare with…" chosen on a shown case compares the two in the HTTP response (type 7)', async () => {
    const shownCase = bot.knowledge.cases[0]!;
    const shown = await ask(`show ${shownCase.id}`);
    const compare = selectsOf(shown).find((s) => s.custom_id === 'compare');
    expect(compare?.placeholder).toBe('Compare with…');
    const chosen = compare!.options[0]!;
    const command = chosen.value.slice(2);
    const intent = parseIntent(command);
    expect(intent.type === 'compare' && intent.ids[0]).toBe(shownCase.id);

    const callback = await choose(shown, compare!.custom_id, chosen.value);
    expect(callback.type).toBe(7);
    const compared = await bot.answer(command);
    expect(compared.type).toBe('compare');
    expect(callback.data?.content).toContain(compared.heading);
    expectWithinDiscordLimits(callback.data!);
  });
});
