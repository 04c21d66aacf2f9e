import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSubscription, type SubscriptionErrorCode } from '../../src/digests/parse-subscription.js';
import type { SubscriptionSpec } from '../../src/digests/subscription.js';
import * as countries from '../../src/knowledge/countries/index.js';
import { testCountries } from './digest-fixtures.js';

const options = { defaultTimezone: 'UTC', countries: testCountries, now: new Date('2026-11-24T12:00:00Z') };
const parse = (args: string) => parseSubscription(args, options);
const nine = { hour: 9, minute: 0 };

describe('parseSubscription: commands that work', () => {
  it.each<[string, SubscriptionSpec]>([
    ['daily', { schedule: { type: 'daily', time: nine }, timezone: 'UTC', count: 3 }],
    [
      'daily 08:30',
      { schedule: { type: 'daily', time: { hour: 8, minute: 30 } }, timezone: 'UTC', count: 3 },
    ],
    ['DAILY 6pm', { schedule: { type: 'daily', time: { hour: 18, minute: 0 } }, timezone: 'UTC', count: 3 }],
    ['daily 12am', { schedule: { type: 'daily', time: { hour: 0, minute: 0 } }, timezone: 'UTC', count: 3 }],
    ['weekly', { schedule: { type: 'weekly', day: 'mon', time: nine }, timezone: 'UTC', count: 3 }],
    ['weekly fri', { schedule: { type: 'weekly', day: 'fri', time: nine }, timezone: 'UTC', count: 3 }],
    [
      'weekly Thursday 14:15',
      { schedule: { type: 'weekly', day: 'thu', time: { hour: 14, minute: 15 } }, timezone: 'UTC', count: 3 },
    ],
    [
      'weekly 7:05 sun',
      { schedule: { type: 'weekly', day: 'sun', time: { hour: 7, minute: 5 } }, timezone: 'UTC', count: 3 },
    ],
    [
      'weekly mon 09:00 country France topic health count 3 tz Europe/Paris',
      {
        schedule: { type: 'weekly', day: 'mon', time: nine },
        timezone: 'Europe/Paris',
        country: 'FR',
        topic: 'health',
        count: 3,
      },
    ],
    [
      'daily tz america/new_york count 10 topic open data country united states',
      {
        schedule: { type: 'daily', time: nine },
        timezone: 'America/New_York',
        topic: 'open data',
        country: 'US',
        count: 10,
      },
    ],
    [
      'cron "0 9 * * 1-5"',
      { schedule: { type: 'cron', expression: '0 9 * * 1-5' }, timezone: 'UTC', count: 3 },
    ],
    [
      'cron “30 8 1 * *” count 1',
      { schedule: { type: 'cron', expression: '30 8 1 * *' }, timezone: 'UTC', count: 1 },
    ],
    [
      'cron 0 9 * * mon topic ai',
      { schedule: { type: 'cron', expression: '0 9 * * mon' }, timezone: 'UTC', topic: 'ai', count: 3 },
    ],
  ])('%s', (args, spec) => {
    expect(parse(args)).toEqual({ type: 'parsed', spec });
  });

  it('uses DIGEST_TZ when no zone is given', () => {
    const parsed = parseSubscription('daily', { ...options, defaultTimezone: 'Europe/Paris' });
    expect(parsed.type === 'parsed' && parsed.spec.timezone).toBe('Europe/Paris');
  });
});

describe('parseSubscription: mistakes come back as values with a fix', () => {
  it.each<[string, SubscriptionErrorCode, RegExp]>([
    ['', 'missing-schedule', /daily, weekly or cron/],
    ['hourly', 'unknown-schedule', /"hourly" is not a schedule/],
    ['monday 9:00', 'unknown-schedule', /Start with daily, weekly or cron/],
    ['daily 25:00', 'bad-time', /"25:00" is not a time of day/],
    ['daily 9:75', 'bad-time', /HH:MM/],
    ['daily 13pm', 'bad-time', /not a time/],
    ['daily noon', 'bad-time', /"noon"/],
    ['weekly funday 09:00', 'bad-day', /"funday" is not a day of the week/],
    ['cron', 'missing-cron', /in quotes/],
    ['cron "61 9 * * *"', 'bad-cron', /not a 5-field cron expression/],
    ['cron "0 9 * * * *"', 'bad-cron', /5-field/],
    ['cron "0 9 30 2 *"', 'cron-never-runs', /never runs/],
    ['cron "*/5 * * * *"', 'too-frequent', /hourly at most/],
    ['daily 09:00 every week', 'unexpected-text', /"every week"/],
    ['daily topic', 'missing-value', /topic needs a value/],
    ['daily count 2 count 3', 'duplicate-option', /count is given twice/],
    ['daily country Atlantis', 'unknown-country', /"Atlantis"/],
    ['daily count 0', 'bad-count', /1 to 10/],
    ['daily count 11', 'bad-count', /1 to 10/],
    ['daily count three', 'bad-count', /"three"/],
    ['daily tz Mars/Olympus', 'bad-timezone', /"Mars\/Olympus" is not a time zone/],
    ['daily tz +02:00', 'bad-timezone', /IANA/],
  ])('%j → %s', (args, code, message) => {
    const parsed = parse(args);
    if (parsed.type !== 'invalid') throw new Error(`expected a mistake, got ${JSON.stringify(parsed)}`);
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message).toMatch(message);
    // The example offered must itself be a command that works.
    expect(parse(parsed.error.example.replace(/^digest subscribe /, '')).type).toBe('parsed');
  });

  it('suggests near countries and zones', () => {
    const country = parse('daily country Fran');
    expect(country.type === 'invalid' && country.error.suggestions).toEqual(['France']);
    const zone = parse('weekly tz Paris');
    expect(zone.type === 'invalid' && zone.error).toMatchObject({
      code: 'bad-timezone',
      suggestions: ['Europe/Paris'],
      message: '"Paris" is not a time zone I know. Did you mean Europe/Paris?',
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const parsed = parse(text);
        expect(['parsed', 'invalid']).toContain(parsed.type);
      }),
      { numRuns: 300 },
    );
    const words = fc.constantFrom(
      'daily',
      'weekly',
      'cron',
      'mon',
      '09:00',
      '"',
      'country',
      'topic',
      'count',
      'tz',
      '5',
      '*',
      'x',
    );
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), (tokens) => {
        expect(['parsed', 'invalid']).toContain(parse(tokens.join(' ')).type);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseSubscription with the real country list', () => {
  const real = (args: string) => parseSubscription(args, { ...options, countries });

  it('resolves names people type and suggests near ones', () => {
    const parsed = real('weekly country south korea topic ai');
    expect(parsed.type === 'parsed' && parsed.spec.country).toBe('KR');
    const typo = real('weekly country Frnace');
    expect(typo.type === 'invalid' && typo.error).toMatchObject({
      code: 'unknown-country',
      message: 'I don\'t know the country "Frnace". Did you mean France?',
      suggestions: ['France'],
    });
  });
});

describe('words that name Object.prototype members', () => {
  it.each(['weekly __proto__ 09:00', 'weekly constructor', 'daily __proto__ x', 'daily toString 1'])(
    '%s is a mistake, not a crash',
    (args) => {
      expect(parse(args).type).toBe('invalid');
    },
  );
});
