import { afterEach, describe, expect, it } from 'vitest';
import { type ArmTimer, createLeaseKeeper } from '../../../adapters/shared/lease-keeper.js';
import { type LeaseStore, openSqliteStore, type Store, StoreError } from '../../../src/index.js';
import { recordingLogger } from '../../support/recording-logger.js';

const TTL = 15_000;
const RENEW = 5_000;
const RETRY = 5_000;

/** A clock and timers the test moves by hand; `advance` fires what falls due, in order. */
function manualTime() {
  let at = 1_000_000;
  const timers: { due: number; fn: () => void; live: boolean; owner: string }[] = [];
  const dead = new Set<string>();
  const settle = async () => {
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  return {
    now: () => at,
    settle,
    /** Timers of one replica; `kill(owner)` drops them all, as a SIGKILL would. */
    timerFor(owner: string): ArmTimer {
      return (ms, fn) => {
        const entry = { due: at + ms, fn, live: !dead.has(owner), owner };
        timers.push(entry);
        return () => {
          entry.live = false;
        };
      };
    },
    kill(owner: string) {
      dead.add(owner);
      for (const t of timers) if (t.owner === owner) t.live = false;
    },
    async advance(ms: number) {
      const end = at + ms;
      for (;;) {
        const next = timers.filter((t) => t.live && t.due <= end).sort((a, b) => a.due - b.due)[0];
        if (!next) break;
        at = next.due;
        next.live = false;
        next.fn();
        await settle();
      }
      at = end;
      await settle();
    },
  };
}

const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

function setup() {
  const time = manualTime();
  const store = openSqliteStore({ file: ':memory:', now: () => new Date(time.now()) });
  stores.push(store);
  /** Which replicas run the job now; `overlaps` records any moment two did. */
  const running = new Set<string>();
  const overlaps: string[][] = [];
  const replica = (holder: string, options: { leases?: LeaseStore; startJob?: () => Promise<void> } = {}) => {
    const logger = recordingLogger();
    const keeper = createLeaseKeeper({
      leases: options.leases ?? store.leases,
      name: 'discord-gateway',
      holder,
      ttlMs: TTL,
      renewEveryMs: RENEW,
      retryEveryMs: RETRY,
      startJob: async () => {
        await options.startJob?.();
        running.add(holder);
        if (running.size > 1) overlaps.push([...running]);
      },
      stopJob: async () => {
        running.delete(holder);
      },
      logger,
      now: time.now,
      timer: time.timerFor(holder),
    });
    return { keeper, logger };
  };
  return { time, store, running, overlaps, replica };
}

/** Advances a second at a time until `done()`; returns the time it took. */
async function until(
  time: ReturnType<typeof manualTime>,
  done: () => boolean,
  limit: number,
): Promise<number> {
  const from = time.now();
  while (!done() && time.now() - from < limit) await time.advance(1000);
  return time.now() - from;
}

describe('lease keeper', () => {
  it('runs the job on one replica; the others stand by, naming the holder', async () => {
    const { replica, running } = setup();
    expect(await replica('a').keeper.start()).toEqual({ type: 'holding' });
    expect(await replica('b').keeper.start()).toEqual({ type: 'standby', holder: 'a' });
    expect(await replica('c').keeper.start()).toEqual({ type: 'standby', holder: 'a' });
    expect([...running]).toEqual(['a']);
  });

  it('keeps the lease while renewing, however long', async () => {
    const { replica, running, time } = setup();
    await replica('a').keeper.start();
    const b = replica('b');
    await b.keeper.start();
    await time.advance(10 * TTL);
    expect([...running]).toEqual(['a']);
    expect(b.keeper.state).toEqual({ type: 'standby', holder: 'a' });
  });

  it('hands over at the next try when the holder stops and releases', async () => {
    const { replica, running, time, store } = setup();
    const a = replica('a');
    await a.keeper.start();
    await replica('b').keeper.start();
    await a.keeper.stop();
    expect(running.size).toBe(0);
    expect(await store.leases.holder('discord-gateway')).toBeUndefined();
    expect(await until(time, () => running.has('b'), 2 * RETRY)).toBeLessThanOrEqual(RETRY);
  });

  it('takes over within ttl + retry when the holder dies without a word, never two at once', async () => {
    const { replica, running, time, overlaps } = setup();
    await replica('a').keeper.start();
    await replica('b').keeper.start();
    await replica('c').keeper.start();
    await time.advance(2 * RENEW + 1234);
    time.kill('a');
    running.delete('a');
    const took = await until(time, () => running.size > 0, 3 * TTL);
    expect(running.size).toBe(1);
    // a last renewed at most RENEW before it died.
    expect(took).toBeGreaterThanOrEqual(TTL - RENEW);
    expect(took).toBeLessThanOrEqual(TTL + RETRY);
    expect(overlaps).toEqual([]);
  });

  it('stops the job as soon as a renewal finds the lease taken over', async () => {
    const { replica, running, time, store } = setup();
    await replica('a').keeper.start();
    // Another replica took it (a's renewals were lost, its clock ran late…): a must stop.
    await store.leases.release('discord-gateway', 'a');
    await store.leases.acquire('discord-gateway', 'b', TTL);
    await time.advance(RENEW);
    expect(running.has('a')).toBe(false);
  });

  it('keeps the job while the store fails briefly, and stops it before the lease may expire', async () => {
    const { replica, running, time, store } = setup();
    let failing = false;
    const leases: LeaseStore = {
      ...store.leases,
      acquire: (...args) =>
        failing ? Promise.reject(new StoreError('STORE_UNREACHABLE', 'down')) : store.leases.acquire(...args),
      renew: (...args) =>
        failing ? Promise.reject(new StoreError('STORE_UNREACHABLE', 'down')) : store.leases.renew(...args),
      holder: (name) =>
        failing ? Promise.reject(new StoreError('STORE_UNREACHABLE', 'down')) : store.leases.holder(name),
    };
    const a = replica('a', { leases });
    await a.keeper.start();
    failing = true;
    await time.advance(RENEW);
    expect(running.has('a')).toBe(true);
    await time.advance(TTL);
    expect(running.has('a')).toBe(false);
    expect(a.keeper.state).toEqual({ type: 'standby' });
    const stoppedAt = time.now();
    failing = false;
    await until(time, () => running.has('a'), 2 * TTL);
    expect(time.now() - stoppedAt).toBeLessThanOrEqual(RETRY + 1000);
  });

  it('fails the first start when the job cannot start, and gives the lease up', async () => {
    const { replica, store } = setup();
    const a = replica('a', { startJob: () => Promise.reject(new Error('token refused')) });
    await expect(a.keeper.start()).rejects.toThrow('token refused');
    expect(await store.leases.holder('discord-gateway')).toBeUndefined();
    await a.keeper.stop();
  });
});
