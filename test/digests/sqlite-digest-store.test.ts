import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DigestStore, NewDelivery } from '../../src/digests/digest-store.js';
import { openSqliteDigestStore } from '../../src/digests/sqlite-digest-store.js';
import type { Subscription } from '../../src/digests/subscription.js';
import { tempDir } from './digest-fixtures.js';

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

describe('openSqliteDigestStore', () => {
  const dirs: Array<{ remove(): void }> = [];
  const stores: DigestStore[] = [];
  const open = (file: string) => {
    const store = openSqliteDigestStore(file);
    stores.push(store);
    return store;
  };
  const fresh = () => {
    const dir = tempDir();
    dirs.push(dir);
    return { file: dir.file, store: open(dir.file) };
  };
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('creates the schema once, in WAL mode, recording each migration', async () => {
    const { file } = fresh();
    open(file);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    } finally {
      db.close();
    }
  });

  it('stores, lists, pauses, resumes and deletes subscriptions', async () => {
    const { store } = fresh();
    const s1 = subscription('s1', { country: 'FR', topic: 'health', createdBy: 'U1' });
    expect(await store.createSubscription(s1)).toBe(true);
    expect(await store.createSubscription(s1)).toBe(false);
    await store.createSubscription(subscription('s2', { target: { platform: 'discord', channelId: 'D1' } }));
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
  });

  it('lets one claim per subscription and slot win, across connections to one file', async () => {
    const { file, store } = fresh();
    const other = open(file);
    expect(await store.claimSlot(claim('d1'))).toBe(true);
    expect(await other.claimSlot(claim('d2'))).toBe(false);
    expect(await other.claimSlot(claim('d3', { scheduledAt: at('2026-11-03T08:00:00Z') }))).toBe(true);
    expect(await store.lastScheduledAt('s1')).toEqual(at('2026-11-03T08:00:00Z'));
    expect((await store.lastDelivery('s1'))?.id).toBe('d3');
  });

  it('hands a due delivery to one taker only', async () => {
    const { file, store } = fresh();
    const other = open(file);
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
  });

  it('records sent cases in the channel history, latest posts ranked highest', async () => {
    const { store } = fresh();
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
    expect(await store.getDelivery('d2')).toMatchObject({ status: 'sent', messageId: 'm2', late: true });
  });

  it('keeps the first time a case was seen', async () => {
    const { store } = fresh();
    expect(await store.recordCases(['a', 'b'], at('2026-11-01T00:00:00Z'))).toBe(2);
    expect(await store.recordCases(['a', 'b', 'c'], at('2026-11-05T00:00:00Z'))).toBe(1);
    expect(await store.caseFirstSeen(['a', 'c', 'z'])).toEqual(
      new Map([
        ['a', at('2026-11-01T00:00:00Z').getTime()],
        ['c', at('2026-11-05T00:00:00Z').getTime()],
      ]),
    );
  });

  it('keeps its data across reopening, and migrates nothing twice', async () => {
    const { file, store } = fresh();
    await store.createSubscription(subscription('s1'));
    await store.close();
    const again = open(file);
    expect((await again.getSubscription('s1'))?.id).toBe('s1');
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT COUNT(*) FROM schema_migrations').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('cannot turn a sent delivery back into retrying, failed or skipped', async () => {
    const { store } = fresh();
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
});
