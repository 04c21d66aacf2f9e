import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JsonValue, Store } from '../../src/store/store.js';
import { StoreError } from '../../src/store/store-error.js';
import { MAX_VALUE_BYTES } from '../../src/store/store-values.js';
import { type FakeClock, fakeClock } from '../digests/digest-fixtures.js';

/** One database of the backend under test; each `open` is another connection, as another process would have. */
export interface StoreDatabase {
  open(options: { now: () => Date; maxConversations?: number }): Promise<Store>;
  remove(): Promise<void>;
}

const MINUTE = 60_000;

/** The rejection of `promise`, which must fail with a StoreError. */
async function storeError(promise: Promise<unknown>): Promise<StoreError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/**
 * The behaviour every Store must have, run against each backend with the same tests. Expiry is
 * decided by the injected clock in both backends, so no test waits for real time.
 */
export function describeStoreContract(backend: string, createDatabase: () => Promise<StoreDatabase>): void {
  describe(`Store contract: ${backend}`, () => {
    let database: StoreDatabase;
    let clock: FakeClock;
    const opened: Store[] = [];
    const open = async (options: { maxConversations?: number } = {}) => {
      const store = await database.open({ now: clock.now, ...options });
      opened.push(store);
      return store;
    };

    beforeEach(async () => {
      clock = fakeClock('2026-11-23T09:00:00Z');
      database = await createDatabase();
    });
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      await database.remove();
    });

    describe('claims', () => {
      it('lets one claim of a key win until its time is up, then one more', async () => {
        const store = await open();
        expect(await store.claims.claim('slack:event:Ev1', MINUTE)).toBe(true);
        expect(await store.claims.claim('slack:event:Ev1', MINUTE)).toBe(false);
        expect(await store.claims.claim('slack:event:Ev2', MINUTE)).toBe(true);
        clock.advance(MINUTE - 1);
        expect(await store.claims.claim('slack:event:Ev1', MINUTE)).toBe(false);
        clock.advance(1);
        expect(await store.claims.claim('slack:event:Ev1', MINUTE)).toBe(true);
        expect(await store.claims.claim('slack:event:Ev1', MINUTE)).toBe(false);
      });

      it('can be released, so that a redelivery is handled after all', async () => {
        const store = await open();
        await store.claims.claim('discord:interaction:1', MINUTE);
        await store.claims.release('discord:interaction:1');
        expect(await store.claims.claim('discord:interaction:1', MINUTE)).toBe(true);
        await store.claims.release('never-claimed');
      });

      it('gives each key to exactly one of many callers on two connections at once', async () => {
        const [a, b] = [await open(), await open()];
        const keys = Array.from({ length: 20 }, (_, i) => `event-${i}`);
        const attempts = keys.flatMap((key) => [a, b, a, b].map((store) => store.claims.claim(key, MINUTE)));
        const results = await Promise.all(attempts);
        for (let i = 0; i < keys.length; i += 1) {
          expect(results.slice(i * 4, i * 4 + 4).filter(Boolean)).toHaveLength(1);
        }
      });

      it('takes any string as a key: long, with NUL, or that looks like a stored hash', async () => {
        const store = await open();
        await fc.assert(
          fc.asyncProperty(
            fc.uniqueArray(fc.string({ maxLength: 300, unit: 'binary' }), { minLength: 2, maxLength: 4 }),
            async (keys) => {
              const prefixed = keys.map((key) => `p${clock.now().getTime()}:${key}`);
              for (const key of prefixed) expect(await store.claims.claim(key, MINUTE)).toBe(true);
              for (const key of prefixed) expect(await store.claims.claim(key, MINUTE)).toBe(false);
              clock.advance(1);
            },
          ),
          { numRuns: 25 },
        );
        const long = 'x'.repeat(5_000);
        expect(await store.claims.claim(long, MINUTE)).toBe(true);
        expect(await store.claims.claim(`${long}y`, MINUTE)).toBe(true);
        expect(await store.claims.claim(long, MINUTE)).toBe(false);
      });

      it('refuses a time-to-live that is not a positive whole number of milliseconds', async () => {
        const store = await open();
        for (const ttl of [0, -1, 1.5, Number.NaN, 40 * 24 * 3_600_000]) {
          await expect(store.claims.claim('k', ttl)).rejects.toBeInstanceOf(RangeError);
        }
      });
    });

    describe('contexts', () => {
      const values: JsonValue[] = [
        { caseIds: ['opsi-1', 'opsi-2'], page: 2, query: 'digital inclusion', filters: { country: 'KR' } },
        'plain text with emoji 🚀, Korean 디지털 and a NUL \u0000 inside',
        [1, 2.5, -3e10, true, false, null],
        null,
      ];

      it('keeps a value under a short id that another connection can read, until its time is up', async () => {
        const [a, b] = [await open(), await open()];
        const ids = [];
        for (const value of values) {
          const id = await a.contexts.put(value, 15 * MINUTE);
          expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
          ids.push(id);
        }
        expect(new Set(ids).size).toBe(values.length);
        for (const [i, id] of ids.entries()) expect(await b.contexts.get(id)).toEqual(values[i]);
        clock.advance(15 * MINUTE);
        for (const id of ids) expect(await b.contexts.get(id)).toBeUndefined();
      });

      it('answers undefined, never an error, for an id it never gave', async () => {
        const store = await open();
        for (const id of [
          '',
          'AAAAAAAAAAAAAAAAAAAAAA',
          'x'.repeat(5_000),
          'bad\u0000id',
          "'; DROP TABLE contexts; --",
        ]) {
          expect(await store.contexts.get(id)).toBeUndefined();
        }
      });

      it('refuses a value over the size bound', async () => {
        const store = await open();
        await expect(store.contexts.put('x'.repeat(MAX_VALUE_BYTES), MINUTE)).rejects.toBeInstanceOf(
          RangeError,
        );
        await expect(store.contexts.put('x'.repeat(MAX_VALUE_BYTES - 2), MINUTE)).resolves.toMatch(/^.{22}$/);
      });
    });

    describe('conversations', () => {
      it('keeps the last value per conversation for its time-to-live from the last set', async () => {
        const [a, b] = [await open(), await open()];
        await a.conversations.set('slack:T1:C1:U1', { intent: 'search', page: 1 }, 30 * MINUTE);
        await a.conversations.set('slack:T1:C1:U2', { intent: 'country', country: 'FI' }, 30 * MINUTE);
        clock.advance(20 * MINUTE);
        await b.conversations.set('slack:T1:C1:U1', { intent: 'search', page: 2 }, 30 * MINUTE);
        expect(await a.conversations.get('slack:T1:C1:U1')).toEqual({ intent: 'search', page: 2 });
        clock.advance(10 * MINUTE);
        expect(await b.conversations.get('slack:T1:C1:U2')).toBeUndefined();
        expect(await b.conversations.get('slack:T1:C1:U1')).toEqual({ intent: 'search', page: 2 });
        await b.conversations.delete('slack:T1:C1:U1');
        expect(await a.conversations.get('slack:T1:C1:U1')).toBeUndefined();
        expect(await a.conversations.get('discord:G1:C1:U1')).toBeUndefined();
      });

      it('keeps at most maxConversations after a sweep, the least recently set going first', async () => {
        const store = await open({ maxConversations: 3 });
        for (const key of ['a', 'b', 'c', 'd', 'e']) {
          await store.conversations.set(key, key, 30 * MINUTE);
          clock.advance(1_000);
        }
        await store.conversations.set('a', 'again', 30 * MINUTE);
        expect(await store.sweep()).toMatchObject({ conversations: 2 });
        const kept = [];
        for (const key of ['a', 'b', 'c', 'd', 'e']) kept.push(await store.conversations.get(key));
        expect(kept).toEqual(['again', undefined, undefined, 'd', 'e']);
      });
    });

    describe('leases', () => {
      it('is held by one holder, renewed by it alone, and taken over only once it expires', async () => {
        const [a, b] = [await open(), await open()];
        const start = clock.now();
        expect(await a.leases.acquire('discord-gateway', 'replica-a', 30_000)).toBe(true);
        expect(await b.leases.acquire('discord-gateway', 'replica-b', 30_000)).toBe(false);
        expect(await b.leases.holder('discord-gateway')).toEqual({
          holder: 'replica-a',
          acquiredAt: start,
          expiresAt: new Date(start.getTime() + 30_000),
        });
        clock.advance(20_000);
        expect(await a.leases.renew('discord-gateway', 'replica-a', 30_000)).toBe(true);
        expect(await b.leases.renew('discord-gateway', 'replica-b', 30_000)).toBe(false);
        expect(await a.leases.acquire('discord-gateway', 'replica-a', 30_000)).toBe(true);
        expect((await b.leases.holder('discord-gateway'))?.acquiredAt).toEqual(start);
        clock.advance(29_999);
        expect(await b.leases.acquire('discord-gateway', 'replica-b', 30_000)).toBe(false);
        clock.advance(1);
        expect(await b.leases.holder('discord-gateway')).toBeUndefined();
        expect(await b.leases.acquire('discord-gateway', 'replica-b', 30_000)).toBe(true);
        expect(await a.leases.renew('discord-gateway', 'replica-a', 30_000)).toBe(false);
        expect(await a.leases.holder('discord-gateway')).toMatchObject({
          holder: 'replica-b',
          acquiredAt: clock.now(),
        });
      });

      it('is free at once when its holder releases it; a release by another changes nothing', async () => {
        const [a, b] = [await open(), await open()];
        await a.leases.acquire('discord-gateway', 'replica-a', 30_000);
        await b.leases.release('discord-gateway', 'replica-b');
        expect((await b.leases.holder('discord-gateway'))?.holder).toBe('replica-a');
        await a.leases.release('discord-gateway', 'replica-a');
        expect(await a.leases.holder('discord-gateway')).toBeUndefined();
        expect(await b.leases.acquire('discord-gateway', 'replica-b', 30_000)).toBe(true);
        expect(await a.leases.renew('discord-gateway', 'replica-a', 30_000)).toBe(false);
      });

      it('goes to exactly one of several replicas asking at once', async () => {
        const stores = [await open(), await open(), await open()];
        const won = await Promise.all(
          stores.flatMap((store, i) => [
            store.leases.acquire('discord-gateway', `replica-${i}`, 30_000),
            store.leases.acquire('digest-leader', `replica-${i}`, 30_000),
          ]),
        );
        expect(won.filter((held, i) => held && i % 2 === 0)).toHaveLength(1);
        expect(won.filter((held, i) => held && i % 2 === 1)).toHaveLength(1);
      });

      it('refuses an empty or oversized name or holder', async () => {
        const store = await open();
        await expect(store.leases.acquire('', 'a', 1_000)).rejects.toBeInstanceOf(RangeError);
        await expect(store.leases.acquire('gateway', 'x'.repeat(201), 1_000)).rejects.toBeInstanceOf(
          RangeError,
        );
        await expect(store.leases.holder('nul\u0000name')).rejects.toBeInstanceOf(RangeError);
      });
    });

    describe('upkeep', () => {
      it('sweeps what expired, and nothing that did not', async () => {
        const store = await open();
        await store.claims.claim('old', MINUTE);
        await store.contexts.put('old', MINUTE);
        await store.conversations.set('old', 'old', MINUTE);
        await store.leases.acquire('old', 'a', MINUTE);
        clock.advance(MINUTE);
        const fresh = await store.contexts.put('fresh', MINUTE);
        await store.claims.claim('fresh', MINUTE);
        expect(await store.sweep()).toEqual({ claims: 1, contexts: 1, conversations: 1, leases: 1 });
        expect(await store.contexts.get(fresh)).toBe('fresh');
        expect(await store.claims.claim('fresh', MINUTE)).toBe(false);
        expect(await store.sweep()).toEqual({ claims: 0, contexts: 0, conversations: 0, leases: 0 });
      });

      it('keeps its data when reopened', async () => {
        const store = await open();
        const id = await store.contexts.put({ kept: true }, MINUTE);
        await store.claims.claim('kept', MINUTE);
        await store.close();
        const again = await open();
        expect(await again.contexts.get(id)).toEqual({ kept: true });
        expect(await again.claims.claim('kept', MINUTE)).toBe(false);
      });

      it('is healthy while open; after close, pings unhealthy and fails every call with STORE_CLOSED', async () => {
        const store = await open();
        expect(await store.ping()).toMatchObject({ type: 'healthy', backend: store.backend });
        await store.close();
        await store.close();
        expect(await store.ping()).toMatchObject({ type: 'unhealthy', error: { code: 'STORE_CLOSED' } });
        expect((await storeError(store.claims.claim('k', MINUTE))).code).toBe('STORE_CLOSED');
        expect((await storeError(store.digests.getSubscription('s1'))).code).toBe('STORE_CLOSED');
        await store.digests.close();
      });

      it("closing the digests' view leaves the store open", async () => {
        const store = await open();
        await store.digests.close();
        expect(await store.claims.claim('k', MINUTE)).toBe(true);
        expect(await store.digests.listSubscriptions()).toEqual([]);
      });
    });
  });
}
