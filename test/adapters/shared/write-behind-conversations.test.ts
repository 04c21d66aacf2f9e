import { describe, expect, it } from 'vitest';
import { createWriteBehindConversations } from '../../../adapters/shared/write-behind-conversations.js';
import { type ConversationStore, type JsonValue, silentLogger } from '../../../src/index.js';

/** A store whose writes finish only when the test lets them, recording what reached it in order. */
function gatedStore() {
  const saved = new Map<string, JsonValue>();
  const log: string[] = [];
  const gates: Array<() => void> = [];
  let failNext = false;
  const gate = () => new Promise<void>((resolve) => gates.push(resolve));
  const store: ConversationStore = {
    async get(key) {
      return saved.get(key);
    },
    async set(key, value) {
      await gate();
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      saved.set(key, value);
      log.push(`set ${key}=${JSON.stringify(value)}`);
    },
    async delete(key) {
      await gate();
      saved.delete(key);
      log.push(`delete ${key}`);
    },
  };
  return {
    store,
    saved,
    log,
    /** Lets every write waiting now finish, then lets the writers go on. */
    async release() {
      for (const open of gates.splice(0)) open();
      await new Promise((resolve) => setImmediate(resolve));
    },
    failNextWrite() {
      failNext = true;
    },
  };
}

/** A defer the test opens by hand: nothing is written before it says so. */
function manualDefer() {
  const waiting: Array<() => void> = [];
  return {
    defer: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async open() {
      for (const go of waiting.splice(0)) go();
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

describe('createWriteBehindConversations', () => {
  it('returns from set before the store is written, and a read sees the value meanwhile', async () => {
    const backing = gatedStore();
    const turn = manualDefer();
    const conversations = createWriteBehindConversations(backing.store, {
      logger: silentLogger,
      defer: turn.defer,
    });
    await conversations.set('c1', { at: 1 }, 60_000);
    expect(backing.saved.has('c1')).toBe(false);
    expect(await conversations.get('c1')).toEqual({ at: 1 });
    await turn.open();
    // Being written (the store has not finished): still the newest value.
    expect(await conversations.get('c1')).toEqual({ at: 1 });
    await backing.release();
    expect(backing.saved.get('c1')).toEqual({ at: 1 });
    expect(await conversations.get('c1')).toEqual({ at: 1 });
  });

  it('writes one key in the order given and ends with its newest value', async () => {
    const backing = gatedStore();
    const turn = manualDefer();
    const conversations = createWriteBehindConversations(backing.store, {
      logger: silentLogger,
      defer: turn.defer,
    });
    await conversations.set('c1', { n: 1 }, 60_000);
    await turn.open();
    // While the first write is in the store, two more come: only the newest is written after it.
    await conversations.set('c1', { n: 2 }, 60_000);
    await conversations.set('c1', { n: 3 }, 60_000);
    expect(await conversations.get('c1')).toEqual({ n: 3 });
    await backing.release();
    await backing.release();
    expect(backing.log).toEqual(['set c1={"n":1}', 'set c1={"n":3}']);
    await conversations.delete('c1');
    expect(await conversations.get('c1')).toBeUndefined();
    await turn.open();
    await backing.release();
    expect(backing.log.at(-1)).toBe('delete c1');
    expect(backing.saved.has('c1')).toBe(false);
  });

  it('never makes one conversation wait for another', async () => {
    const backing = gatedStore();
    const turn = manualDefer();
    const conversations = createWriteBehindConversations(backing.store, {
      logger: silentLogger,
      defer: turn.defer,
    });
    await conversations.set('slow', { n: 1 }, 60_000);
    await turn.open();
    // `slow` is stuck in the store; `fast` is read and written regardless.
    await conversations.set('fast', { n: 2 }, 60_000);
    expect(await conversations.get('fast')).toEqual({ n: 2 });
    await turn.open();
    await backing.release();
    expect(backing.log).toEqual(expect.arrayContaining(['set slow={"n":1}', 'set fast={"n":2}']));
  });

  it('flush waits for every accepted write, so none is lost when the store closes', async () => {
    const backing = gatedStore();
    const conversations = createWriteBehindConversations(backing.store, { logger: silentLogger });
    await conversations.set('a', { n: 1 }, 60_000);
    await conversations.set('b', { n: 2 }, 60_000);
    let flushed = false;
    const flushing = conversations.flush().then(() => {
      flushed = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(flushed).toBe(false);
    await backing.release();
    await flushing;
    expect(Object.fromEntries(backing.saved)).toEqual({ a: { n: 1 }, b: { n: 2 } });
  });

  it('logs a failed write and carries on with the next one', async () => {
    const backing = gatedStore();
    const warnings: unknown[] = [];
    const logger = { ...silentLogger, warn: (obj: unknown) => warnings.push(obj) } as typeof silentLogger;
    const conversations = createWriteBehindConversations(backing.store, { logger });
    backing.failNextWrite();
    await conversations.set('a', { n: 1 }, 60_000);
    const flushing = conversations.flush();
    await new Promise((resolve) => setImmediate(resolve));
    await backing.release();
    await flushing;
    expect(warnings).toHaveLength(1);
    expect(await conversations.get('a')).toBeUndefined();
    await conversations.set('a', { n: 2 }, 60_000);
    const again = conversations.flush();
    await new Promise((resolve) => setImmediate(resolve));
    await backing.release();
    await again;
    expect(backing.saved.get('a')).toEqual({ n: 2 });
  });
});
