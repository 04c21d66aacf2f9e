import { type APIStringSelectComponent, ComponentType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningDiscord } from '../../../adapters/discord/main.js';
import type { DiscordMessagePayload } from '../../../adapters/discord/payload.js';
import { type Bot, parseIntent } from '../../../src/index.js';
import { startBuiltInDiscord, stopBuiltInDiscord } from './built-in-discord.js';
import { expectWithinDiscordLimits } from './discord-limits.js';
import { selectChoice, slashCommand } from './discord-payloads.js';
import type { FakeDiscord } from './fake-discord.js';

// The real discord.js client, the real core on the built-in knowledge, a fake Discord on 127.0.0.1.

interface Callback {
  type: number;
  data?: DiscordMessagePayload;
}

let fake: FakeDiscord;
let running: RunningDiscord;
let bot: Bot;

beforeAll(async () => {
  ({ fake, bot, running } = await startBuiltInDiscord());
});

afterAll(() => stopBuiltInDiscord({ fake, running }));

function selectsOf(message: DiscordMessagePayload): APIStringSelectComponent[] {
  return message.components.flatMap((row) =>
    row.components.flatMap((c) => (c.type === ComponentType.StringSelect ? [c] : [])),
  );
}

async function ask(query: string): Promise<DiscordMessagePayload> {
  const command = slashCommand('search', { query });
  fake.dispatch('INTERACTION_CREATE', command);
  const shown = ((await fake.callbackOf(command)).body as Callback).data;
  expect(shown).toBeDefined();
  return shown!;
}

describe('Discord filter menus end to end (discord.js against the fake Discord)', () => {
  it('a search carries country, topic and year menus within five rows; choosing a country updates the message with the narrowed answer', async () => {
    const shown = await ask('services');
    expectWithinDiscordLimits(shown);
    const selects = selectsOf(shown);
    expect(selects.map((s) => s.placeholder)).toEqual([
      'Filter by country',
      'Filter by topic',
      'Filter by year',
    ]);
    const country = selects[0]!;
    const chosen = country.options[0]!;
    expect(chosen.value.startsWith('r:')).toBe(true);
    const command = chosen.value.slice(2);
    const intent = parseIntent(command);
    expect(intent).toMatchObject({ type: 'search', query: 'services' });
    expect(intent.type === 'search' && intent.filters.countries?.length).toBe(1);

    const choice = selectChoice(country.custom_id, [chosen.value], {
      ...shown,
      flags: MessageFlags.Ephemeral,
    });
    fake.dispatch('INTERACTION_CREATE', choice);
    const callback = (await fake.callbackOf(choice)).body as Callback;
    // Type 7: the message the menu is on is updated in place.
    expect(callback.type).toBe(7);
    const narrowed = await bot.answer(command);
    expect(narrowed.type).toBe('results');
    expect(callback.data?.content).toContain(narrowed.heading);
    expect(callback.data?.content).toContain(`${narrowed.total} case`);
    // The option said how many cases the narrowed answer has.
    expect(chosen.label).toMatch(new RegExp(`\\(${narrowed.total}\\)$`));
    expectWithinDiscordLimits(callback.data!);
    expect(selectsOf(callback.data!).flatMap((s) => s.options.map((o) => o.value))).not.toContain(
      chosen.value,
    );
  });

  it('a year chosen from a list keeps its other filter', async () => {
    const shown = await ask('services');
    const year = selectsOf(shown).find((s) => s.placeholder === 'Filter by year');
    const chosen = year?.options[0];
    expect(chosen).toBeDefined();
    const choice = selectChoice(year!.custom_id, [chosen!.value], {
      ...shown,
      flags: MessageFlags.Ephemeral,
    });
    fake.dispatch('INTERACTION_CREATE', choice);
    const callback = (await fake.callbackOf(choice)).body as Callback;
    expect(callback.type).toBe(7);
    const intent = parseIntent(chosen!.value.slice(2));
    expect(intent).toMatchObject({ type: 'search', query: 'services' });
    const years = intent.type === 'search' ? intent.filters.years : undefined;
    expect(years?.from).toBe(years?.to);
    expect(callback.data?.content).toContain((await bot.answer(chosen!.value.slice(2))).heading);
  });

  it('a shown case offers "Compare with…" its similar cases; choosing one compares the two in place', async () => {
    const shownCase = bot.knowledge.cases[0]!;
    const shown = await ask(`show ${shownCase.id}`);
    expectWithinDiscordLimits(shown);
    const compare = selectsOf(shown).find((s) => s.custom_id === 'compare');
    expect(compare?.placeholder).toBe('Compare with…');
    const chosen = compare!.options[0]!;
    const command = chosen.value.slice(2);
    const intent = parseIntent(command);
    expect(intent.type).toBe('compare');
    const ids = intent.type === 'compare' ? intent.ids : [];
    expect(ids[0]).toBe(shownCase.id);
    expect(chosen.label).toBe(bot.knowledge.cases.find((c) => c.id === ids[1])?.title.slice(0, 100));

    const choice = selectChoice(compare!.custom_id, [chosen.value], {
      ...shown,
      flags: MessageFlags.Ephemeral,
    });
    fake.dispatch('INTERACTION_CREATE', choice);
    const callback = (await fake.callbackOf(choice)).body as Callback;
    expect(callback.type).toBe(7);
    const compared = await bot.answer(command);
    expect(compared.type).toBe('compare');
    expect(callback.data?.content).toContain(compared.heading);
    expectWithinDiscordLimits(callback.data!);
  });
});
