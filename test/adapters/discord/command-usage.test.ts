import { ApplicationCommandOptionType as T } from 'discord.js';
import { describe, expect, it } from 'vitest';
import {
  findOptionProblem,
  type OptionLookup,
  renderOptionProblem,
} from '../../../adapters/discord/command-usage.js';

type Given = Record<string, { type: T; value?: unknown }>;

function lookup(sub: string, given: Given = {}, group: string | null = null): OptionLookup {
  return {
    get: (name) => given[name] ?? null,
    getSubcommand: () => sub,
    getSubcommandGroup: () => group,
  };
}

describe('findOptionProblem', () => {
  it('finds nothing wrong with options as declared', () => {
    expect(findOptionProblem(lookup('search', { query: { type: T.String, value: 'AI' } }))).toBeUndefined();
    expect(findOptionProblem(lookup('random'))).toBeUndefined();
    expect(
      findOptionProblem(
        lookup(
          'subscribe',
          { schedule: { type: T.String, value: 'daily 09:00' }, count: { type: T.Integer, value: 3 } },
          'digest',
        ),
      ),
    ).toBeUndefined();
  });

  it('names a missing or empty required option with the usage of its subcommand', () => {
    for (const given of [{}, { id: { type: T.String, value: '' } }] as Given[]) {
      expect(findOptionProblem(lookup('show', given))).toEqual({
        type: 'missing',
        command: '/initiatives show',
        option: 'id',
        description: 'The case id',
        expected: 'text',
        usage: '/initiatives show id:<text> [public:<True|False>]',
      });
    }
  });

  it('names an option given with another type than declared, in a group too', () => {
    const problem = findOptionProblem(
      lookup(
        'subscribe',
        { schedule: { type: T.String, value: 'daily' }, count: { type: T.String, value: 'three' } },
        'digest',
      ),
    );
    expect(problem).toMatchObject({
      type: 'wrong-type',
      command: '/initiatives digest subscribe',
      option: 'count',
      expected: 'a whole number from 1 to 10',
      usage:
        '/initiatives digest subscribe schedule:<text> [country:<text>] [topic:<text>] [count:<1–10>] [tz:<text>]',
    });
  });

  it('leaves unknown subcommands to the caller', () => {
    expect(findOptionProblem(lookup('teleport'))).toBeUndefined();
    expect(findOptionProblem(lookup('teleport', {}, 'digest'))).toBeUndefined();
  });
});

describe('renderOptionProblem', () => {
  it('says which option, what it takes, and how the command is used', () => {
    const missing = findOptionProblem(lookup('country'));
    expect(missing && renderOptionProblem(missing)).toBe(
      '`/initiatives country` needs the option `name` (Country name).\n' +
        'Usage: `/initiatives country name:<text> [public:<True|False>]`',
    );
    const wrong = findOptionProblem(lookup('search', { query: { type: T.Integer, value: 4 } }));
    expect(wrong && renderOptionProblem(wrong)).toBe(
      'The option `query` of `/initiatives search` takes text (Words to look for, optionally a country).\n' +
        'Usage: `/initiatives search query:<text> [public:<True|False>]`',
    );
  });
});
