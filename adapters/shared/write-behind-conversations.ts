import type { ConversationStore, JsonValue, Logger } from '../../src/index.js';

type PendingWrite = { type: 'set'; value: JsonValue; ttlMs: number } | { type: 'delete' };

/** A {@link ConversationStore} whose writes land after the answer went out; `flush` waits for them. */
export interface WriteBehindConversations extends ConversationStore {
  /** Resolves once every write accepted so far is in the store (before the store closes). */
  flush(): Promise<void>;
}

export interface WriteBehindOptions {
  logger: Logger;
  /**
   * Waits before a key's write starts; by default until the current turn of the event loop is
   * over, so the answer that produced the write has been handed to the socket first.
   */
  defer?: () => Promise<void>;
}

const afterThisTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The core saves a conversation before it returns its answer; with a shared store that write
 * (about a third of a millisecond in SQLite) sat on every answer's path. Here `set` and
 * `delete` return at once and the write follows, one key at a time in the order given: a
 * follow-up read in this process sees the newest value while it is still being written, writes
 * for other conversations never wait on it, and only the newest pending value of a key is
 * written. A failed write is logged and dropped, as the core did with one that failed in line.
 */
export function createWriteBehindConversations(
  store: ConversationStore,
  options: WriteBehindOptions,
): WriteBehindConversations {
  const { logger, defer = afterThisTurn } = options;
  const pending = new Map<string, PendingWrite>();
  const writers = new Map<string, Promise<void>>();

  async function write(key: string): Promise<void> {
    await defer();
    for (;;) {
      const entry = pending.get(key);
      if (entry === undefined) break;
      try {
        if (entry.type === 'set') await store.set(key, entry.value, entry.ttlMs);
        else await store.delete(key);
      } catch (err) {
        logger.warn({ err }, 'could not save the conversation');
      }
      // A newer value came while this one was written: write that one too.
      if (pending.get(key) === entry) {
        pending.delete(key);
        break;
      }
    }
    // Synchronously after the last check: a `set` from here on starts a new writer.
    writers.delete(key);
  }

  function enqueue(key: string, entry: PendingWrite): void {
    pending.set(key, entry);
    if (!writers.has(key)) writers.set(key, write(key));
  }

  return {
    async get(key) {
      const entry = pending.get(key);
      if (entry === undefined) return store.get(key);
      return entry.type === 'set' ? entry.value : undefined;
    },
    async set(key, value, ttlMs) {
      enqueue(key, { type: 'set', value, ttlMs });
    },
    async delete(key) {
      enqueue(key, { type: 'delete' });
    },
    async flush() {
      while (writers.size > 0) await Promise.all(writers.values());
    },
  };
}
