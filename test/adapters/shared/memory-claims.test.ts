import { describe, expect, it } from 'vitest';
import { createMemoryClaims } from '../../../adapters/shared/memory-claims.js';
import { createEventDeduper } from '../../../adapters/slack/event-deduper.js';

// A clock far from 0, as Date.now() is.
const START = 1_700_000_000_000;

describe('createMemoryClaims', () => {
  it('grants a key once while its claim holds, and again once it expired', async () => {
    let now = START;
    const claims = createMemoryClaims({ now: () => now });
    expect(await claims.claim('a', 1000)).toBe(true);
    expect(await claims.claim('a', 1000)).toBe(false);
    expect(await claims.claim('b', 1000)).toBe(true);
    now = START + 1000;
    expect(await claims.claim('a', 1000)).toBe(false);
    now = START + 1001;
    expect(await claims.claim('a', 1000)).toBe(true);
    expect(await claims.claim('a', 1000)).toBe(false);
  });

  it('keeps each key for its own TTL', async () => {
    let now = START;
    const claims = createMemoryClaims({ now: () => now });
    await claims.claim('long', 60_000);
    await claims.claim('short', 10);
    now = START + 5_000;
    expect(await claims.claim('short', 10)).toBe(true);
    expect(await claims.claim('long', 60_000)).toBe(false);
  });

  it('holds at most maxEntries keys, dropping the least recently claimed', async () => {
    const claims = createMemoryClaims({ now: () => START, maxEntries: 3 });
    for (const key of ['a', 'b', 'c', 'd']) expect(await claims.claim(key, 60_000)).toBe(true);
    expect(await claims.claim('d', 60_000)).toBe(false);
    expect(await claims.claim('a', 60_000)).toBe(true);
  });

  it('forgets a released claim, as the store’s claims do', async () => {
    const claims = createMemoryClaims({ now: () => START });
    await claims.claim('k', 60_000);
    await claims.release('k');
    expect(await claims.claim('k', 60_000)).toBe(true);
    await claims.release('never-claimed');
  });

  it('refuses a TTL that is not a positive whole number of milliseconds, as the store’s claims do', async () => {
    const claims = createMemoryClaims({ now: () => START });
    for (const ttl of [0, -1, 1.5, Number.NaN, 40 * 24 * 3_600_000])
      await expect(claims.claim('k', ttl)).rejects.toBeInstanceOf(RangeError);
  });
});

describe('createEventDeduper', () => {
  it('reports an event id seen within the TTL as a duplicate, and forgets it afterwards', async () => {
    let now = START;
    const deduper = createEventDeduper(createMemoryClaims({ now: () => now }), 1000);
    expect(await deduper.isDuplicate('Ev1')).toBe(false);
    expect(await deduper.isDuplicate('Ev1')).toBe(true);
    expect(await deduper.isDuplicate('Ev2')).toBe(false);
    now = START + 999;
    expect(await deduper.isDuplicate('Ev1')).toBe(true);
    now = START + 1001;
    expect(await deduper.isDuplicate('Ev1')).toBe(false);
  });

  it('claims under a Slack namespace, apart from other keys in a shared store', async () => {
    const claims = createMemoryClaims({ now: () => START });
    const deduper = createEventDeduper(claims);
    expect(await claims.claim('Ev9', 60_000)).toBe(true);
    expect(await deduper.isDuplicate('Ev9')).toBe(false);
    expect(await claims.claim('slack:event:Ev9', 60_000)).toBe(false);
  });
});
