import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DigestStore, NewDelivery } from '../../src/digests/digest-store.js';
import type { Subscription } from '../../src/digests/subscription.js';

/** One database of the backend under test; each `open` is another connection, as another process would have. */
export interface DigestDatabase {
  open(): Promise<{ digests: DigestStore; close(): Promise<void> }>;
  remove(): Promise<void>;
}

const target = { platform: 'slack' as const, teamId: 'T1', channelId: 'C1' };
const at = (iso: string) => new Date(iso);

function subscription(id: string, fields: Partial<Subscription> = {}): Subscription {
  return {
    id,
    target,
    schedule: { type: 'daily', time: { hour: 9, minute: 0 } },
    timezone: 'Europe/Paris',
    count: 3,
    createdAt: at('2026-11-01T00:00:00Z'),
    activeSince: at('2026-11-01T00:00:00Z'),
    ...fields,
  };
}

function claim(id: string, fields: Partial<NewDelivery> = {}): NewDelivery {
  return {
    id,
    subscriptionId: 's1',
    target,
    scheduledAt: at('2026-11-02T08:00:00Z'),
    status: 'claimed',
    late: false,
    caseIds: ['a', 'b'],
    newCaseIds: [],
    claimedAt: at('2026-11-02T08:00:00Z'),
    leaseUntil: at('2026-11-02T08:03:00Z'),
    ...fields,
  };
}

/** The DigestStore contract, the same tests for every backend: exactly-once rests on it. */
export function describeDigestStoreContract(
  backend: string,
  createDatabase: () => Promise<DigestDatabase>,
): void {
  describe(`DigestStore contract: ${backend}`, () => {
    let database: DigestDatabase;
    const closers: Array<() => Promise<void>> = [];
    const open = async () => {
      const opened = await database.open();
      closers.push(opened.close);
      return opened.digests;
    };
    beforeEach(async () => {
      database = await createDatabase();
    });
    afterEach(async () => {
      for (const close of closers.splice(0)) await close();
      await database.remove();
    });

    it('stores, lists, pauses, resumes and deletes subscriptions', async () => {
      const store = await open();
      const s1 = subscription('s1', { country: 'FR', topic: 'health', createdBy: 'U1' });
      expect(await store.createSubscription(s1)).toBe(true);
      expect(await store.createSubscription(s1)).toBe(false);
      await store.createSubscription(
        subscription('s2', { target: { platform: 'discord', channelId: 'D1' } }),
      );
      expect(await store.getSubscription('s1')).toEqual(s1);
      expect((await store.listSubscriptions({ target })).map((s) => s.id)).toEqual(['s1']);
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(['s1', 's2']);

      const pause = { by: 'error' as const, reason: 'channel_not_found', at: at('2026-11-03T00:00:00Z') };
      expect(await store.pauseSubscription('s1', pause)).toBe(true);
      expect((await store.getSubscription('s1'))?.paused).toEqual(pause);
      expect((await store.listSubscriptions({ active: true })).map((s) => s.id)).toEqual(['s2']);

      expect(await store.resumeSubscription('s1', at('2026-11-04T00:00:00Z'))).toBe(true);
      expect(await store.getSubscription('s1')).toEqual({ ...s1, activeSince: at('2026-11-04T00:00:00Z') });
      expect(await store.deleteSubscription('s1')).toBe(true);
      expect(await store.deleteSubscription('s1')).toBe(false);
      expect(await store.getSubscription('s1')).toBeUndefined();
      expect(await store.pauseSubscription('s1', pause)).toBe(false);
      expect(await store.resumeSubscription('s1', at('2026-11-04T00:00:00Z'))).toBe(false);
    });

    it('updates what a subscription posts and when, keeping the rest; clears a filter', async () => {
      const store = await open();
      const s1 = subscription('s1', { country: 'FR', topic: 'health', createdBy: 'U1' });
      await store.createSubscription(s1);
      const pause = { by: 'user' as const, reason: 'paused by user U1', at: at('2026-11-03T00:00:00Z') };
      await store.pauseSubscription('s1', pause);
      const spec = {
        schedule: { type: 'daily' as const, time: { hour: 14, minute: 0 } },
        timezone: 'Europe/Paris',
        topic: 'climate',
        count: 5,
      };
      expect(await store.updateSubscription('s1', spec)).toBe(true);
      const { country: _country, ...kept } = s1;
      expect(await store.getSubscription('s1')).toEqual({ ...kept, ...spec, paused: pause });
      expect(await store.updateSubscription('nope', spec)).toBe(false);
    });

    it('lets one claim per subscription and slot win, across connections to one database', async () => {
      const [store, other] = [await open(), await open()];
      expect(await store.claimSlot(claim('d1'))).toBe(true);
      expect(await other.claimSlot(claim('d2'))).toBe(false);
      expect(await other.claimSlot(claim('d3', { scheduledAt: at('2026-11-03T08:00:00Z') }))).toBe(true);
      expect(await store.lastScheduledAt('s1')).toEqual(at('2026-11-03T08:00:00Z'));
      expect((await store.lastDelivery('s1'))?.id).toBe('d3');
      expect(await store.lastScheduledAt('s9')).toBeUndefined();
      expect(await store.lastDelivery('s9')).toBeUndefined();
    });

    it('gives each slot to exactly one of many claimers racing on three connections', async () => {
      const stores = [await open(), await open(), await open()];
      const slots = Array.from({ length: 10 }, (_, day) =>
        at(`2026-11-${String(day + 2).padStart(2, '0')}T08:00:00Z`),
      );
      const results = await Promise.all(
        slots.flatMap((scheduledAt, day) =>
          stores.map((store, i) => store.claimSlot(claim(`d${day}-${i}`, { scheduledAt }))),
        ),
      );
      for (let day = 0; day < slots.length; day += 1) {
        expect(results.slice(day * 3, day * 3 + 3).filter(Boolean)).toHaveLength(1);
      }
    });

    it('hands a due delivery to one taker only', async () => {
      const [store, other] = [await open(), await open()];
      await store.claimSlot(claim('d1'));
      const early = at('2026-11-02T08:01:00Z');
      expect(await store.dueDeliveries(early)).toEqual([]);
      expect(await store.nextPendingAt()).toEqual(at('2026-11-02T08:03:00Z'));
      const late = at('2026-11-02T08:05:00Z');
      expect((await store.dueDeliveries(late)).map((d) => d.id)).toEqual(['d1']);
      const lease = at('2026-11-02T08:08:00Z');
      const taken = await store.takeDelivery('d1', late, lease);
      expect(taken).toMatchObject({ id: 'd1', status: 'claimed', attempts: 2, leaseUntil: lease });
      expect(await other.takeDelivery('d1', late, lease)).toBeUndefined();

      await store.markRetrying('d1', {
        error: 'ratelimited',
        kind: 'rate-limited',
        nextAttemptAt: at('2026-11-02T08:10:00Z'),
      });
      expect(await other.dueDeliveries(at('2026-11-02T08:09:00Z'))).toEqual([]);
      expect(await other.nextPendingAt()).toEqual(at('2026-11-02T08:10:00Z'));
      const retry = await other.takeDelivery('d1', at('2026-11-02T08:10:00Z'), at('2026-11-02T08:13:00Z'));
      expect(retry).toMatchObject({ attempts: 3, lastErrorKind: 'rate-limited', error: 'ratelimited' });
      await other.markFailed('d1', { error: 'gave up', kind: 'permanent' });
      expect(await store.getDelivery('d1')).toMatchObject({
        status: 'failed',
        error: 'gave up',
        lastErrorKind: 'permanent',
      });
      expect(await store.nextPendingAt()).toBeUndefined();
    });

    it('hands each due delivery to exactly one of three takers racing for it', async () => {
      const stores = [await open(), await open(), await open()];
      const ids = Array.from({ length: 10 }, (_, i) => `d${i}`);
      for (const [i, id] of ids.entries()) {
        await stores[0]!.claimSlot(
          claim(id, { scheduledAt: new Date(Date.parse('2026-11-02T08:00:00Z') + i * 86_400_000) }),
        );
      }
      const now = at('2026-12-01T00:00:00Z');
      const lease = at('2026-12-01T00:03:00Z');
      const taken = await Promise.all(
        ids.flatMap((id) => stores.map((store) => store.takeDelivery(id, now, lease))),
      );
      for (let i = 0; i < ids.length; i += 1) {
        expect(taken.slice(i * 3, i * 3 + 3).filter((d) => d !== undefined)).toHaveLength(1);
      }
    });

    it('records sent cases in the channel history, latest posts ranked highest', async () => {
      const store = await open();
      await store.claimSlot(claim('d1', { caseIds: ['a', 'b'], newCaseIds: ['n'] }));
      await store.markSent('d1', { messageId: 'm1', sentAt: at('2026-11-02T08:00:05Z'), late: false });
      await store.claimSlot(claim('d2', { scheduledAt: at('2026-11-03T08:00:00Z'), caseIds: ['c', 'a'] }));
      await store.markSent('d2', { messageId: 'm2', sentAt: at('2026-11-03T08:00:05Z'), late: true });
      expect(await store.channelHistory(target)).toEqual(
        new Map([
          ['n', 1],
          ['a', 5],
          ['b', 3],
          ['c', 4],
        ]),
      );
      expect(await store.channelHistory({ ...target, channelId: 'C2' })).toEqual(new Map());
      expect(await store.lastChannelDigestAt(target)).toEqual(at('2026-11-03T08:00:05Z'));
      expect(await store.lastChannelDigestAt({ ...target, channelId: 'C2' })).toBeUndefined();
      expect(await store.getDelivery('d2')).toMatchObject({ status: 'sent', messageId: 'm2', late: true });
    });

    it('keeps the first time a case was seen', async () => {
      const store = await open();
      expect(await store.recordCases(['a', 'b'], at('2026-11-01T00:00:00Z'))).toBe(2);
      expect(await store.recordCases(['a', 'b', 'c'], at('2026-11-05T00:00:00Z'))).toBe(1);
      expect(await store.caseFirstSeen(['a', 'c', 'z'])).toEqual(
        new Map([
          ['a', at('2026-11-01T00:00:00Z').getTime()],
          ['c', at('2026-11-05T00:00:00Z').getTime()],
        ]),
      );
      expect(await store.caseFirstSeen([])).toEqual(new Map());
    });

    it('keeps its data across reopening', async () => {
      const store = await open();
      await store.createSubscription(subscription('s1'));
      await closers.pop()?.();
      const again = await open();
      expect((await again.getSubscription('s1'))?.id).toBe('s1');
    });

    it('cannot turn a sent delivery back into retrying, failed or skipped', async () => {
      const store = await open();
      await store.claimSlot(claim('d1'));
      await store.markSent('d1', { messageId: 'm1', sentAt: at('2026-11-02T08:01:00Z'), late: false });
      await store.markRetrying('d1', {
        error: 'timeout',
        kind: 'transient',
        nextAttemptAt: at('2026-11-02T08:10:00Z'),
      });
      await store.markFailed('d1', { error: 'gave up' });
      await store.markSkipped('d1', 'too old');
      expect(await store.lastDelivery('s1')).toMatchObject({ id: 'd1', status: 'sent', messageId: 'm1' });
    });

    it('records a skipped slot with its reason and no lease', async () => {
      const store = await open();
      const { leaseUntil: _, ...withoutLease } = claim('d1');
      await store.claimSlot({ ...withoutLease, status: 'skipped', error: 'no case matches the filters' });
      const delivery = await store.getDelivery('d1');
      expect(delivery).toMatchObject({
        status: 'skipped',
        error: 'no case matches the filters',
        attempts: 0,
      });
      expect(delivery?.leaseUntil).toBeUndefined();
      expect(await store.dueDeliveries(at('2026-12-01T00:00:00Z'))).toEqual([]);
    });
  });
}
