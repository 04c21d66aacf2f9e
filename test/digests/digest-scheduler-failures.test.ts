import { afterEach, describe, expect, it } from 'vitest';
import { DigestPostError, makeCase } from './digest-fixtures.js';
import { createHarness, type Harness, MINUTE } from './scheduler-harness.js';

let harness: Harness;
afterEach(async () => {
  await harness.close();
});

const SLOT = '2026-11-23T09:00:00Z';

async function subscribedAtSlot() {
  harness = createHarness('2026-11-23T08:00:00Z');
  await harness.subscribe('s1');
  harness.clock.set(SLOT);
}

describe('digest scheduler: a crash between claim and post', () => {
  it('marks the delivery sent when the channel already shows it, without posting again', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: true });
    expect(harness.deliveries().map((d) => d.status)).toEqual(['claimed']);

    harness.clock.advance(5 * MINUTE); // restarted after the claim's lease ended
    const restarted = harness.spawn();
    const report = await restarted.scheduler.start();
    expect(report).toMatchObject({ recovered: 1, sent: 0, claimed: 0 });
    expect(harness.poster.posts).toHaveLength(1);
    const [delivery] = harness.deliveries();
    expect(harness.poster.finds).toEqual([delivery?.id]);
    expect(delivery).toMatchObject({ status: 'sent', message_id: 'm1', attempts: 2 });
  });

  it('posts it at restart when the channel does not show it, with the same delivery id, marked late', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: false });

    harness.clock.advance(5 * MINUTE);
    const restarted = harness.spawn();
    expect(await restarted.scheduler.start()).toMatchObject({ sent: 1, recovered: 0 });
    const [first, second] = harness.poster.posts;
    expect(second?.message.deliveryId).toBe(first?.message.deliveryId);
    expect(second?.message.notice).toBe('Posted late: this digest was due Mon 23 Nov 2026 09:00.');
    expect(harness.deliveries().map((d) => [d.status, d.late])).toEqual([['sent', 1]]);
    expect(harness.poster.posts).toHaveLength(2);
  });

  it('waits for the lease when restarted quickly, then resolves the claim', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: true });

    harness.clock.advance(MINUTE);
    const restarted = harness.spawn();
    await restarted.scheduler.start();
    expect(harness.poster.finds).toEqual([]);
    expect(restarted.scheduler.wakeAt).toEqual(new Date('2026-11-23T09:03:00Z'));
    await harness.wake(restarted);
    expect(harness.deliveries().map((d) => d.status)).toEqual(['sent']);
    expect(harness.poster.posts).toHaveLength(1);
  });

  it('skips an interrupted delivery older than the catch-up window that never reached the channel', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: false });

    harness.clock.set('2026-11-23T16:00:00Z');
    await harness.spawn().scheduler.start();
    expect(harness.poster.posts).toHaveLength(1);
    expect(harness.deliveries().map((d) => [d.status, d.error])).toEqual([
      ['skipped', 'interrupted, and older than the catch-up window'],
    ]);
  });
});

describe('digest scheduler: failures', () => {
  it('retries a rate-limited post after Retry-After, without looking for it first', async () => {
    await subscribedAtSlot();
    harness.poster.fail(new DigestPostError('rate-limited', 'ratelimited', { retryAfterMs: 45_000 }));
    const process = harness.spawn();
    expect(await process.scheduler.start()).toMatchObject({ claimed: 1, retrying: 1 });
    expect(process.scheduler.wakeAt).toEqual(new Date('2026-11-23T09:00:45Z'));
    expect(harness.deliveries()).toMatchObject([{ status: 'retrying', error: 'ratelimited' }]);

    harness.clock.set('2026-11-23T09:00:44Z');
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(1);
    await harness.wake(process);
    expect(harness.poster.posts).toHaveLength(2);
    expect(harness.poster.finds).toEqual([]);
    expect(harness.deliveries()).toMatchObject([{ status: 'sent', attempts: 2, late: 0 }]);
  });

  it('retries server errors with growing delays, checking the channel first, then succeeds', async () => {
    await subscribedAtSlot();
    harness.poster.fail(
      new DigestPostError('transient', 'HTTP 502'),
      new DigestPostError('transient', 'HTTP 503'),
    );
    const process = harness.spawn();
    await process.scheduler.start();
    const waits: number[] = [];
    while (harness.deliveries()[0]?.status === 'retrying') {
      waits.push(process.scheduler.wakeAt!.getTime() - harness.clock.now().getTime());
      await harness.wake(process);
    }
    expect(waits).toEqual([30_000, 60_000]);
    expect(harness.poster.posts).toHaveLength(3);
    expect(harness.poster.finds).toHaveLength(2);
    expect(harness.deliveries()).toMatchObject([{ status: 'sent', attempts: 3 }]);
  });

  it('keeps retrying past the catch-up window: that window is for slots missed while down', async () => {
    await subscribedAtSlot();
    harness.poster.fail(new DigestPostError('transient', 'HTTP 502'));
    const process = harness.spawn({ catchupMs: 10_000, retry: { baseDelayMs: 5 * MINUTE } });
    await process.scheduler.start();
    await harness.wake(process);
    expect(harness.deliveries()).toMatchObject([{ status: 'sent', attempts: 2, late: 1 }]);
  });

  it('treats an unclassified error as transient', async () => {
    await subscribedAtSlot();
    harness.poster.fail(new Error('socket hang up'));
    const process = harness.spawn();
    expect(await process.scheduler.start()).toMatchObject({ retrying: 1 });
    expect(harness.deliveries()).toMatchObject([{ status: 'retrying', error: 'socket hang up' }]);
  });

  it('gives up after the last attempt, records the failure and logs it', async () => {
    await subscribedAtSlot();
    const failures = Array.from({ length: 3 }, () => new DigestPostError('transient', 'HTTP 500'));
    harness.poster.fail(...failures);
    const process = harness.spawn({ retry: { maxAttempts: 3 } });
    await process.scheduler.start();
    for (let i = 0; i < 2; i += 1) {
      await harness.wake(process);
    }
    expect(harness.poster.posts).toHaveLength(3);
    expect(harness.deliveries()).toMatchObject([
      { status: 'failed', error: 'HTTP 500 (gave up after 3 attempts)' },
    ]);
    expect(process.logger.entries.filter((e) => e.level === 'error').map((e) => e.msg)).toEqual([
      'digest post failed for good',
    ]);
    // The subscription goes on: the next slot is posted.
    harness.clock.set('2026-11-24T09:00:00Z');
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(4);
  });

  it('pauses the subscription with the reason on a permanent error, and posts again once resumed', async () => {
    await subscribedAtSlot();
    harness.poster.fail(new DigestPostError('permanent', 'channel_not_found'));
    const process = harness.spawn();
    expect(await process.scheduler.start()).toMatchObject({ paused: 1 });
    const subscription = await process.store.getSubscription('s1');
    expect(subscription?.paused).toEqual({ by: 'error', reason: 'channel_not_found', at: new Date(SLOT) });
    expect(harness.deliveries()).toMatchObject([{ status: 'failed', error: 'channel_not_found' }]);
    expect(process.logger.entries.find((e) => e.level === 'warn')).toMatchObject({
      obj: { subscriptionId: 's1', reason: 'channel_not_found' },
      msg: 'digest refused by the platform; subscription paused',
    });

    harness.clock.set('2026-11-24T09:00:00Z');
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(1);

    harness.clock.set('2026-11-24T12:00:00Z');
    await process.store.resumeSubscription('s1', harness.clock.now());
    await process.scheduler.tick(); // the 24th's slot was missed while paused: not posted
    expect(harness.poster.posts).toHaveLength(1);
    harness.clock.set('2026-11-25T09:00:00Z');
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(2);
  });

  it('drops a pending retry of a subscription that was removed', async () => {
    await subscribedAtSlot();
    harness.poster.fail(new DigestPostError('rate-limited', 'ratelimited', { retryAfterMs: 1_000 }));
    const process = harness.spawn();
    await process.scheduler.start();
    await process.store.deleteSubscription('s1');
    harness.clock.advance(1_000);
    await process.scheduler.tick();
    expect(harness.poster.posts).toHaveLength(1);
    expect(harness.deliveries()).toMatchObject([{ status: 'skipped', error: 'unsubscribed' }]);
  });

  it('skips an interrupted delivery whose cases left the knowledge meanwhile', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: false });
    harness.knowledge.set([makeCase('z')]);
    harness.clock.advance(5 * MINUTE);
    expect(await harness.spawn().scheduler.start()).toMatchObject({ skipped: 1, sent: 0 });
    expect(harness.poster.posts).toHaveLength(1);
    expect(harness.deliveries()).toMatchObject([
      { status: 'skipped', error: 'its cases are no longer in the knowledge' },
    ]);
  });

  it('counts a failed search for the interrupted delivery as an attempt to retry', async () => {
    await subscribedAtSlot();
    await harness.crashMidPost({ reached: false });
    harness.poster.findFailure = new DigestPostError('transient', 'HTTP 500');
    harness.clock.advance(5 * MINUTE);
    const restarted = harness.spawn();
    expect(await restarted.scheduler.start()).toMatchObject({ retrying: 1 });
    harness.poster.findFailure = undefined;
    await harness.wake(restarted);
    expect(harness.deliveries()).toMatchObject([{ status: 'sent', attempts: 3 }]);
    expect(harness.poster.posts).toHaveLength(2);
  });
});
