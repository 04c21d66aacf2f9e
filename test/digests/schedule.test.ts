import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNextRunCache } from '../../src/digests/next-run-cache.js';
import {
  cronPatternOf,
  describeSchedule,
  latestRunAtOrBefore,
  nextRunAfter,
  runsBetween,
  type Schedule,
} from '../../src/digests/schedule.js';
import { formatInZone, normalizeTimeZone, suggestTimeZones } from '../../src/digests/time-zone.js';

const daily = (hour: number, minute: number): Schedule => ({ type: 'daily', time: { hour, minute } });
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('schedules across daylight-saving changes', () => {
  it.each([
    // Paris: 09:00 is 08:00 UTC in winter, 07:00 UTC in summer (clocks go forward 29 Mar 2026).
    [
      'Europe/Paris',
      daily(9, 0),
      '2026-03-27T12:00:00Z',
      ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ],
    [
      'Europe/Paris',
      daily(9, 0),
      '2026-10-23T12:00:00Z',
      ['2026-10-24T07:00:00.000Z', '2026-10-25T08:00:00.000Z', '2026-10-26T08:00:00.000Z'],
    ],
    // New York: clocks go forward 8 Mar and back 1 Nov 2026.
    [
      'America/New_York',
      daily(9, 0),
      '2026-03-06T18:00:00Z',
      ['2026-03-07T14:00:00.000Z', '2026-03-08T13:00:00.000Z', '2026-03-09T13:00:00.000Z'],
    ],
    [
      'America/New_York',
      daily(9, 0),
      '2026-10-30T18:00:00Z',
      ['2026-10-31T13:00:00.000Z', '2026-11-01T14:00:00.000Z', '2026-11-02T14:00:00.000Z'],
    ],
  ])('%s %j from %s fires at 09:00 local every day', (zone, schedule, from, expected) => {
    const runs = runsBetween(schedule, zone, new Date(from), new Date('2027-01-01T00:00:00Z'), 3);
    expect(iso(runs)).toEqual(expected);
    for (const run of runs) expect(formatInZone(run, zone).endsWith('09:00')).toBe(true);
  });

  it('posts 02:30 on a spring-forward day when the clock has jumped, at 03:00 local (Paris)', () => {
    const runs = runsBetween(
      daily(2, 30),
      'Europe/Paris',
      new Date('2026-03-28T12:00:00Z'),
      new Date('2027-01-01Z'),
      2,
    );
    expect(iso(runs)).toEqual(['2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z']);
    expect(formatInZone(runs[0]!, 'Europe/Paris')).toBe('Sun 29 Mar 2026 03:00');
  });

  it('posts 02:30 on a spring-forward day at 03:00 local (New York)', () => {
    const runs = runsBetween(
      daily(2, 30),
      'America/New_York',
      new Date('2026-03-07T12:00:00Z'),
      new Date('2027-01-01Z'),
      2,
    );
    expect(iso(runs)).toEqual(['2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z']);
    expect(formatInZone(runs[0]!, 'America/New_York')).toBe('Sun 8 Mar 2026 03:00');
  });

  it('posts a time that occurs twice on a fall-back day once, at its first occurrence', () => {
    const ny = runsBetween(
      daily(1, 30),
      'America/New_York',
      new Date('2026-10-31T12:00:00Z'),
      new Date('2027-01-01Z'),
      2,
    );
    // 01:30 EDT (05:30 UTC), not again at 01:30 EST (06:30 UTC).
    expect(iso(ny)).toEqual(['2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
    const paris = runsBetween(
      daily(2, 30),
      'Europe/Paris',
      new Date('2026-10-24T12:00:00Z'),
      new Date('2027-01-01Z'),
      2,
    );
    // 02:30 CEST (00:30 UTC), not again at 02:30 CET (01:30 UTC).
    expect(iso(paris)).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
  });

  it('weekly schedules keep their local time across the change', () => {
    const weekly: Schedule = { type: 'weekly', day: 'sun', time: { hour: 2, minute: 30 } };
    const runs = runsBetween(
      weekly,
      'Europe/Paris',
      new Date('2026-03-20T00:00:00Z'),
      new Date('2027-01-01Z'),
      3,
    );
    expect(iso(runs)).toEqual([
      '2026-03-22T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-04-05T00:30:00.000Z',
    ]);
  });

  it('finds the latest slot at or before an instant, including one exactly at it', () => {
    const at = new Date('2026-03-30T07:00:00Z');
    expect(latestRunAtOrBefore(daily(9, 0), 'Europe/Paris', at)?.toISOString()).toBe(
      '2026-03-30T07:00:00.000Z',
    );
    expect(latestRunAtOrBefore(daily(9, 0), 'Europe/Paris', new Date(at.getTime() - 1))?.toISOString()).toBe(
      '2026-03-29T07:00:00.000Z',
    );
    expect(nextRunAfter(daily(9, 0), 'Europe/Paris', at)?.toISOString()).toBe('2026-03-31T07:00:00.000Z');
  });
});

describe('schedule words and patterns', () => {
  it('describes each kind of schedule', () => {
    expect(
      describeSchedule({ type: 'weekly', day: 'mon', time: { hour: 9, minute: 0 } }, 'Europe/Paris'),
    ).toBe('every Monday at 09:00 Europe/Paris');
    expect(describeSchedule(daily(7, 5), 'UTC')).toBe('every day at 07:05 UTC');
    expect(describeSchedule({ type: 'cron', expression: '0 9 * * 1-5' }, 'UTC')).toBe(
      'weekdays at 09:00 UTC',
    );
  });

  it('says in words a cron schedule people name, and shows any other as typed', () => {
    const words = (expression: string) => describeSchedule({ type: 'cron', expression }, 'UTC');
    expect(words('0 8 * * 1-5')).toBe('weekdays at 08:00 UTC');
    expect(words('30 9 1 * *')).toBe('on the 1st of each month at 09:30 UTC');
    expect(words('0 9 * * 1,4')).toBe('every Monday and Thursday at 09:00 UTC');
    expect(words('0 18 * * 0,6')).toBe('weekends at 18:00 UTC');
    expect(words('*/15 9-17 * * 1-5')).toBe('on cron "*/15 9-17 * * 1-5" UTC');
  });

  it('turns daily and weekly schedules into cron patterns', () => {
    expect(cronPatternOf(daily(7, 5))).toBe('5 7 * * *');
    expect(cronPatternOf({ type: 'weekly', day: 'sun', time: { hour: 18, minute: 30 } })).toBe('30 18 * * 0');
  });

  it('formats instants in the zone', () => {
    expect(formatInZone(new Date('2026-11-30T08:00:00Z'), 'Europe/Paris')).toBe('Mon 30 Nov 2026 09:00');
    expect(formatInZone(new Date('2026-11-30T08:00:00Z'), 'America/New_York', { time: false })).toBe(
      'Mon 30 Nov 2026',
    );
  });

  it('normalises zone names and suggests zones for a city', () => {
    expect(normalizeTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(normalizeTimeZone('utc')).toBe('UTC');
    expect(normalizeTimeZone('Mars/Olympus')).toBeUndefined();
    expect(normalizeTimeZone('+02:00')).toBeUndefined();
    expect(suggestTimeZones('paris')).toEqual(['Europe/Paris']);
    expect(suggestTimeZones('new york')).toEqual(['America/New_York']);
  });
});

describe('createNextRunCache', () => {
  it('answers exactly as nextRunAfter, whatever order the instants come in', () => {
    const start = Date.parse('2026-03-01T00:00:00Z');
    const schedules: Array<[Schedule, string]> = [
      [daily(2, 30), 'Europe/Paris'],
      [{ type: 'weekly', day: 'sun', time: { hour: 1, minute: 30 } }, 'America/New_York'],
      [{ type: 'cron', expression: '0 */6 * * *' }, 'UTC'],
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 0, max: 300 * 24 * 60 })), { maxLength: 30 }),
        (queries) => {
          const cache = createNextRunCache();
          for (const [which, minutes] of queries) {
            const [schedule, zone] = schedules[which]!;
            const after = new Date(start + minutes * 60_000);
            expect(cache.nextAfter(String(which), schedule, zone, after)).toEqual(
              nextRunAfter(schedule, zone, after),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('recomputes when the schedule changes', () => {
    const cache = createNextRunCache();
    const at = new Date('2026-11-24T00:00:00Z');
    expect(cache.nextAfter('s', daily(9, 0), 'UTC', at)).toEqual(new Date('2026-11-24T09:00:00Z'));
    expect(cache.nextAfter('s', daily(8, 0), 'UTC', at)).toEqual(new Date('2026-11-24T08:00:00Z'));
    expect(cache.nextAfter('s', daily(8, 0), 'Europe/Paris', at)).toEqual(new Date('2026-11-24T07:00:00Z'));
  });
});
