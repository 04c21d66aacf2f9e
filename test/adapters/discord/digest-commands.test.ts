import { describe, expect, it } from 'vitest';
import type { OptionReader } from '../../../adapters/discord/command-spec.js';
import { buildInitiativesCommand } from '../../../adapters/discord/commands.js';
import { parseIntent } from '../../../src/index.js';
import { commandText } from './command-text.js';

function digest(sub: string, values: Record<string, string | number | boolean> = {}): OptionReader {
  return {
    getSubcommand: () => sub,
    getSubcommandGroup: () => 'digest',
    getString: (name) => (typeof values[name] === 'string' ? values[name] : null),
    getBoolean: (name) => (typeof values[name] === 'boolean' ? values[name] : null),
    getInteger: (name) => (typeof values[name] === 'number' ? values[name] : null),
  };
}

describe('/initiatives digest', () => {
  it('is a subcommand group; changes have no public option, list has one', () => {
    const group = buildInitiativesCommand().options?.find((o) => o.name === 'digest');
    expect(group?.type).toBe(2);
    const subs = group && 'options' in group ? (group.options ?? []) : [];
    const shape = subs.map((sub) => [
      sub.name,
      ('options' in sub ? (sub.options ?? []) : []).map((o) => `${o.name}${o.required ? '!' : ''}:${o.type}`),
    ]);
    expect(shape).toEqual([
      ['subscribe', ['schedule!:3', 'country:3', 'topic:3', 'count:4', 'tz:3']],
      ['setup', []],
      ['list', ['public:5']],
      ['unsubscribe', ['id:3']],
      ['pause', ['id:3']],
      ['resume', ['id:3']],
      ['preview', ['id:3']],
    ]);
    const subscribe = subs[0];
    const options = subscribe && 'options' in subscribe ? (subscribe.options ?? []) : [];
    expect(options[1]).toMatchObject({ name: 'country', autocomplete: true });
    expect(options[3]).toMatchObject({ name: 'count', min_value: 1, max_value: 10 });
  });

  it.each([
    ['subscribe', { schedule: 'weekly mon 09:00' }, 'digest subscribe weekly mon 09:00'],
    [
      'subscribe',
      { schedule: 'daily 08:30', country: 'United Kingdom', topic: 'health', count: 5, tz: 'Europe/London' },
      'digest subscribe daily 08:30 country "United Kingdom" topic "health" count 5 tz "Europe/London"',
    ],
    [
      'subscribe',
      { schedule: 'cron "0 9 * * 1"', topic: 'say "count" tz' },
      'digest subscribe cron "0 9 * * 1" topic "say count tz"',
    ],
    ['subscribe', { schedule: 'daily', topic: '  ' }, 'digest subscribe daily'],
    ['list', { public: true }, 'digest list'],
    ['unsubscribe', { id: 'k3m9xa' }, 'digest unsubscribe k3m9xa'],
    ['pause', { id: ' k3m9xa ' }, 'digest pause k3m9xa'],
    ['resume', { id: 'k3m9xa' }, 'digest resume k3m9xa'],
    ['pause', {}, 'digest pause'],
    ['preview', {}, 'digest preview'],
    ['preview', { id: 'k3m9xa' }, 'digest preview k3m9xa'],
  ])('%s %j → %j', (sub, values, text) => {
    expect(commandText(digest(sub, values))).toBe(text);
  });

  it('gives the core text it reads as the same command', () => {
    const text = commandText(
      digest('subscribe', { schedule: 'weekly fri 17:00', topic: 'country planning', count: 2 }),
    );
    expect(parseIntent(text ?? '')).toEqual({
      type: 'digest',
      command: { type: 'subscribe', args: 'weekly fri 17:00 topic "country planning" count 2' },
    });
  });
});
