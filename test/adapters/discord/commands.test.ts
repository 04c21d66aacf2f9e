import { describe, expect, it } from 'vitest';
import type { OptionReader, SubcommandGroupSpec } from '../../../adapters/discord/command-spec.js';
import { buildInitiativesCommand } from '../../../adapters/discord/commands.js';
import { commandText } from './command-text.js';

function options(
  sub: string,
  values: Record<string, string | boolean | number> = {},
  group: string | null = null,
): OptionReader {
  return {
    getSubcommand: () => sub,
    getSubcommandGroup: () => group,
    getString: (name) => (typeof values[name] === 'string' ? values[name] : null),
    getBoolean: (name) => (typeof values[name] === 'boolean' ? values[name] : null),
    getInteger: (name) => (typeof values[name] === 'number' ? values[name] : null),
  };
}

describe('/initiatives', () => {
  it('defines the subcommands, each with a public option, and autocompletes countries', () => {
    const json = buildInitiativesCommand();
    expect(json.name).toBe('initiatives');
    expect(json.contexts).toEqual([0, 1]);
    const subs = (json.options ?? []).filter((s) => s.type === 1);
    expect(subs.map((s) => s.name)).toEqual(['search', 'random', 'country', 'countries', 'show', 'help']);
    for (const sub of subs) {
      const opts = 'options' in sub ? (sub.options ?? []) : [];
      expect(opts.at(-1)).toMatchObject({ name: 'public', type: 5, required: false });
    }
    const random = subs.find((s) => s.name === 'random');
    expect(random && 'options' in random ? random.options?.slice(0, 2) : undefined).toEqual([
      expect.objectContaining({ name: 'country', type: 3, autocomplete: true }),
      expect.objectContaining({ name: 'topic', type: 3 }),
    ]);
    const country = subs.find((s) => s.name === 'country');
    expect(country && 'options' in country ? country.options?.[0] : undefined).toMatchObject({
      name: 'name',
      required: true,
      autocomplete: true,
    });
  });

  it.each([
    ['search', { query: 'AI in health' }, 'search AI in health'],
    ['random', {}, 'random'],
    ['random', { country: 'Japan', topic: 'health' }, 'random Japan health'],
    ['random', { topic: 'climate', public: true }, 'random climate'],
    ['country', { name: 'South Korea' }, 'country South Korea'],
    ['countries', {}, 'countries'],
    ['show', { id: 'abc123' }, 'show abc123'],
    ['help', { public: false }, 'help'],
  ])('%s %j → %j', (sub, values, text) => {
    expect(commandText(options(sub, values))).toBe(text);
  });

  it('does not know a subcommand it never defined', () => {
    expect(commandText(options('teleport'))).toBeUndefined();
  });

  it('takes subcommand groups such as the coming `digest …`', () => {
    const digest: SubcommandGroupSpec = {
      name: 'digest',
      description: 'Channel digests',
      subcommands: [{ name: 'list', description: 'Subscriptions here', toText: () => 'digest list' }],
    };
    const json = buildInitiativesCommand(undefined, [digest]);
    expect(json.options?.at(-1)).toMatchObject({
      name: 'digest',
      type: 2,
      options: [{ name: 'list', type: 1 }],
    });
    expect(commandText(options('list', {}, 'digest'), undefined, [digest])).toBe('digest list');
  });
});
