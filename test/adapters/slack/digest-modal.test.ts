import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readDigestForm,
  renderDigestModal,
  type SubmittedValues,
} from '../../../adapters/slack/digest-modal.js';
import { hostileText } from './slack-limits.js';

const NOW = new Date('2026-11-24T08:57:00Z');

function values(
  f: Partial<Record<'schedule' | 'day' | 'time' | 'tz' | 'country' | 'topic' | 'count', string>>,
) {
  const v: SubmittedValues = {
    schedule: { schedule: { selected_option: { value: f.schedule ?? 'weekly' } } },
    day: { day: { selected_option: f.day === undefined ? null : { value: f.day } } },
    time: { time: { selected_time: f.time ?? '09:00' } },
  };
  for (const field of ['tz', 'country', 'topic', 'count'] as const)
    v[field] = { [field]: { value: f[field] ?? null } };
  return v;
}

describe('readDigestForm', () => {
  it.each([
    [{ day: 'fri', time: '08:15' }, 'weekly fri 08:15'],
    [{ schedule: 'daily', day: 'fri', time: '07:00' }, 'daily 07:00'],
    [
      { day: 'mon', country: ' United  Kingdom ', topic: 'open "data"', count: '4', tz: 'Europe/London' },
      `weekly mon 09:00 country "United Kingdom" topic "open 'data'" count "4" tz "Europe/London"`,
    ],
  ])('reads %j as digest subscribe %s', (fields, args) => {
    expect(readDigestForm(values(fields), NOW)).toEqual({ type: 'valid', args });
  });

  it.each([
    [{ country: 'Narnia' }, 'country'],
    [{ count: '0' }, 'count'],
    [{ count: 'three' }, 'count'],
    [{ tz: 'Nowhere/Else' }, 'tz'],
    [{ time: '25:99' }, 'time'],
  ])('puts the mistake in %j under %s', (fields, field) => {
    const result = readDigestForm(values(fields), NOW);
    expect(result.type).toBe('invalid');
    if (result.type === 'invalid') expect(Object.keys(result.errors)).toEqual([field]);
  });

  it('never throws on anything typed, and names only fields the form has', () => {
    const blocks = new Set(renderDigestModal('C1').blocks.map((b) => b.block_id));
    const typed = fc.option(hostileText(120), { nil: undefined });
    fc.assert(
      fc.property(typed, typed, typed, typed, (tz, country, topic, count) => {
        const fields = {
          ...(tz && { tz }),
          ...(country && { country }),
          ...(topic && { topic }),
          ...(count && { count }),
        };
        const result = readDigestForm(values(fields), NOW);
        if (result.type === 'invalid') {
          for (const [field, message] of Object.entries(result.errors)) {
            expect(blocks.has(field)).toBe(true);
            expect(message.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });
});
