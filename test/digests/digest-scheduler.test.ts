import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/digests/schedule.js';
import { createSubscriptionChanges } from '../../src/digests/subscription-changes.js';
import { makeCase } from './digest-fixtures.js';
import { channel, createHarness, type Harness, HOUR, MINUTE } from './scheduler-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const daily = (hour: number, minute: number): Schedule => ({ type: 'daily', time: { hour, minute } });

/** Lets the scheduler's own timer drive it: jump the clock to each wake-up and fire. */
async function runUntil(h: Harness, process: ReturnType<Harness['spawn']>, until: string) {
  for (let i = 0; i < 100; i += 1) {
    const wakeAt = process.scheduler.wakeAt;
    if (!wakeAt || wakeAt.getTime() > new Date(until).getTime()) return;
    await h.wake(process);
  }
  throw new Error('scheduler kept waking up');
}

describe('digest scheduler: time', () => {
  it.each([
    [
      'Europe/Paris',
      daily(2, 30),
      '2026-03-27T12:00:00Z',
      ['2026-03-28T01:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z'],
    ],
    [
      'Europe/Paris',
      daily(2, 30),
      '2026-10-23T12:00:00Z',
      ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
    ],
    [
      'America/New_York',
      daily(2, 30),
      '2026-03-06T12:00:00Z',
      ['2026-03-07T07:30:00.000Z', '2026-03-08T07:00:00.000Z', '2026-03-09T06:30:00.000Z'],
    ],
    [
      'America/New_York',
      daily(1, 30),
      '2026-10-30T12:00:00Z',
      ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
    ],
    [
      'Europe/Paris',
      { type: 'weekly', day: 'mon', time: { hour: 9, minute: 0 } },
      '2026-03-20T12:00:00Z',
      ['2026-03-23T08:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ],
    [
      'America/New_York',
      { type: 'cron', expression: '0 9 * * 1-5' },
      '2026-10-29T14:00:00Z',
      ['2026-10-30T13:00:00.000Z', '2026-11-02T14:00:00.000Z', '2026-11-03T14:00:00.000Z'],
    ],
  ] as const)('%s %j from %s posts once per slot, on time', async (timezone, schedule, start, expected) => {
    harness = createHarness(start);
    const process = harness.spawn();
    await harness.subscribe('s1', { timezone, schedule });
    await process.scheduler.start();
    await runUntil(harness, process, expected.at(-1)!);
    expect(harness.poster.posts.map((p) => p.at.toISOString())).toEqual(expected);
    expect(harness.poster.posts.every((p) => p.message.notice === undefined)).toBe(true);
    expect(harness.deliveries().map((d) => [d.scheduled_at, d.status, d.late])).toEqual(
      expected.map((at) => [at, 'sent', 0]),
    );
  });

  it('arms its timer for the next slot, and earlier after a new subscription', async () => {
    harness = createHarness('2026-11-24T12:00:00Z');
    const process = harness.spawn({ maxSleepMs: MINUTE });
    await harness.subscribe('s1', { schedule: daily(9, 0) });
    await process.scheduler.start();
    expect(process.scheduler.wakeAt).toEqual(new Date('2026-11-24T12:01:00Z'));
    const other = harness.spawn();
    await other.scheduler.start();
    expect(other.scheduler.wakeAt).toEqual(new Date('2026-11-25T09:00:00Z'));
    await harness.subscribe('s2', { schedule: daily(13, 0) });
    other.scheduler.reschedule();
    await other.scheduler.tick();
    await other.scheduler.tick();
    expect(other.scheduler.wakeAt).toEqual(new Date('2026-11-24T13:00:00Z'));
    await other.scheduler.stop();
    expect(other.timer.pending).toBeUndefined();
  });

  it('re-arms on the changes the digest handler announces, from start until stop', async () => {
    harness = createHarness('2026-11-24T12:00:00Z');
    const changes = createSubscriptionChanges();
    const process = harness.spawn({ changes });
    await harness.subscribe('s1', { schedule: daily(9, 0) });
    // Before start, nothing listens: the first tick reads the store anyway.
    changes.notify();
    expect(process.scheduler.wakeAt).toBeUndefined();
    await process.scheduler.start();
    expect(process.scheduler.wakeAt).toEqual(new Date('2026-11-25T09:00:00Z'));

    await harness.subscribe('s2', { schedule: daily(13, 0) });
    changes.notify();
    await process.scheduler.tick(); // the re-arming reads the store after the queued tick
    await new Promise((resolve) => setImmediate(resolve));
    expect(process.scheduler.wakeAt).toEqual(new Date('2026-11-24T13:00:00Z'));

    await process.scheduler.stop();
    await harness.subscribe('s3', { schedule: daily(12, 30) });
    changes.notify();
    await new Promise((resolve) => setImmediate(resolve));
    expect(process.scheduler.wakeAt).toBeUndefined();
  });

  it('never re-posts a slot after a restart', async () => {
    harness = createHarness('2026-11-24T08:00:00Z');
    const first = harness.spawn();
    await harness.subscribe('s1');
    harness.clock.set('2026-11-24T09:00:00Z');
    await first.scheduler.start();
    expect(harness.poster.posts).toHaveLength(1);
    await first.scheduler.stop();

    harness.clock.set('2026-11-24T09:00:30Z');
    const second = harness.spawn();
    await second.scheduler.start();
    harness.clock.set('2026-11-24T11:00:00Z');
    await second.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(1);
    expect(harness.deliveries()).toHaveLength(1);
  });

  it('lets two schedulers on one database file post each slot once', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    const a = harness.spawn();
    const b = harness.spawn();
    await harness.subscribe('s1', { schedule: daily(9, 0) });
    await harness.subscribe('s2', { schedule: daily(9, 0), target: { ...channel, channelId: 'C2' } });
    for (let day = 0; day < 5; day += 1) {
      harness.clock.set(new Date(Date.parse('2026-11-23T09:00:00Z') + day * 24 * HOUR));
      await Promise.all([a.scheduler.tick(), b.scheduler.tick(), a.scheduler.tick()]);
    }
    expect(harness.poster.posts).toHaveLength(10);
    const slots = harness.poster.posts.map((p) => `${p.message.subscriptionId} ${p.at.toISOString()}`);
    expect(new Set(slots).size).toBe(10);
  });

  it('after downtime shorter than DIGEST_CATCHUP, posts the latest missed slot once, marked late', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    await harness.subscribe('s1');
    harness.clock.set('2026-11-23T14:00:00Z'); // 5 h after the 09:00 slot; catch-up is 6 h
    const process = harness.spawn();
    await process.scheduler.start();
    harness.clock.advance(MINUTE);
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(1);
    expect(harness.poster.posts[0]?.message.notice).toBe(
      'Posted late: this digest was due Mon 23 Nov 2026 09:00.',
    );
    expect(harness.deliveries().map((d) => [d.scheduled_at, d.status, d.late])).toEqual([
      ['2026-11-23T09:00:00.000Z', 'sent', 1],
    ]);
  });

  it('after downtime longer than DIGEST_CATCHUP, skips and logs the missed slot, then posts the next on time', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    await harness.subscribe('s1');
    harness.clock.set('2026-11-23T15:00:01Z');
    const process = harness.spawn();
    await process.scheduler.start();
    expect(harness.poster.posts).toHaveLength(0);
    expect(harness.deliveries().map((d) => [d.scheduled_at, d.status, d.error])).toEqual([
      ['2026-11-23T09:00:00.000Z', 'skipped', 'missed while casebot was not running'],
    ]);
    expect(process.logger.entries.find((e) => e.level === 'warn')?.obj).toMatchObject({
      subscriptionId: 's1',
      skipped: 1,
    });
    await runUntil(harness, process, '2026-11-24T09:00:00Z');
    expect(harness.poster.posts.map((p) => p.at.toISOString())).toEqual(['2026-11-24T09:00:00.000Z']);
  });

  it('after days down, posts only the latest slot within the window and skips the older ones', async () => {
    harness = createHarness('2026-11-20T08:00:00Z');
    await harness.subscribe('s1');
    harness.clock.set('2026-11-23T10:00:00Z');
    const process = harness.spawn();
    const report = await process.scheduler.start();
    expect(report).toMatchObject({ claimed: 1, sent: 1, skipped: 3 });
    expect(harness.deliveries().map((d) => [d.scheduled_at.slice(0, 10), d.status])).toEqual([
      ['2026-11-20', 'skipped'],
      ['2026-11-21', 'skipped'],
      ['2026-11-22', 'skipped'],
      ['2026-11-23', 'sent'],
    ]);
  });

  it('with DIGEST_CATCHUP=0, still posts a slot its timer fired a moment late for', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    await harness.subscribe('s1');
    const process = harness.spawn({ catchupMs: 0 });
    await process.scheduler.start();
    harness.clock.set('2026-11-23T09:00:00.250Z');
    await process.scheduler.tick();
    expect(harness.deliveries().map((d) => [d.status, d.late])).toEqual([['sent', 0]]);
  });

  it('leaves subscriptions of platforms it has no poster for alone', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    await harness.subscribe('s1', { target: { platform: 'discord', teamId: 'G1', channelId: 'D1' } });
    harness.clock.set('2026-11-23T09:00:00Z');
    await harness.spawn().scheduler.start();
    expect(harness.deliveries()).toEqual([]);
  });

  it('skips, and logs, a slot when no case matches the filters', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    await harness.subscribe('s1', { topic: 'nothing-has-this-tag' });
    harness.clock.set('2026-11-23T09:00:00Z');
    const process = harness.spawn();
    await process.scheduler.start();
    expect(harness.poster.posts).toHaveLength(0);
    expect(harness.deliveries().map((d) => [d.status, d.error])).toEqual([
      ['skipped', 'no case matches the filters'],
    ]);
  });
});

describe('digest scheduler: case selection', () => {
  it('rotates through every matching case before repeating, with new cases first under New', async () => {
    harness = createHarness('2026-11-23T08:00:00Z');
    const process = harness.spawn();
    await harness.subscribe('s1', { count: 2 });
    await process.scheduler.start();
    const sent = async (iso: string) => {
      harness.clock.set(iso);
      await process.scheduler.tick();
      const message = harness.poster.posts.at(-1)!.message;
      return { newCases: message.newCases.map((c) => c.id), cases: message.cases.map((c) => c.id) };
    };
    expect(await sent('2026-11-23T09:00:00Z')).toEqual({ newCases: [], cases: ['a', 'b'] });
    expect(await sent('2026-11-24T09:00:00Z')).toEqual({ newCases: [], cases: ['c', 'd'] });
    harness.knowledge.set([...harness.knowledge.knowledge.cases, makeCase('f')]);
    harness.clock.set('2026-11-24T12:00:00Z');
    await process.scheduler.tick(); // the catalogue notes 'f' as first seen now
    expect(await sent('2026-11-25T09:00:00Z')).toEqual({ newCases: ['f'], cases: ['e'] });
    expect(await sent('2026-11-26T09:00:00Z')).toEqual({ newCases: [], cases: ['a', 'b'] });
  });
});
