import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { type ContextStore, type JsonValue, MAX_TTL_MS } from '../../src/index.js';

/** Far more contexts than one process renders while they are clicked; the oldest go first. */
export const MEMORY_CONTEXTS_MAX_ENTRIES = 10_000;

/**
 * The core's {@link ContextStore} in this process's memory: an LRU with a TTL per entry, for a
 * process without a store (tests); replicas share the store's contexts instead. Ids are random,
 * so a restarted process never resolves an old id to someone else's context.
 */
export function createMemoryContexts(
  options: { maxEntries?: number; now?: () => number } = {},
): ContextStore {
  const { maxEntries = MEMORY_CONTEXTS_MAX_ENTRIES, now = Date.now } = options;
  const held = new LRUCache<string, { value: JsonValue }>({
    max: maxEntries,
    ttlResolution: 0,
    perf: { now },
  });
  return {
    async put(value, ttlMs) {
      if (!Number.isInteger(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS)
        throw new RangeError(
          `context TTL must be a whole number of milliseconds in (0, ${MAX_TTL_MS}]: ${ttlMs}`,
        );
      const id = randomBytes(16).toString('base64url');
      held.set(id, { value: structuredClone(value) }, { ttl: ttlMs });
      return id;
    },
    async get(id) {
      const entry = held.get(id);
      return entry === undefined ? undefined : structuredClone(entry.value);
    },
  };
}
