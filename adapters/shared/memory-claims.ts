import { LRUCache } from 'lru-cache';
import { type ClaimStore, MAX_TTL_MS } from '../../src/index.js';

/**
 * Bounds memory whatever the traffic: replay signatures live up to ten minutes and event ids
 * an hour, and far fewer than this many arrive in that time. When full, the least recently
 * claimed key goes first.
 */
export const MEMORY_CLAIMS_MAX_ENTRIES = 50_000;

export interface MemoryClaimsOptions {
  maxEntries?: number;
  /** Clock in milliseconds; injected in tests. */
  now?: () => number;
}

/**
 * The core's {@link ClaimStore} in this process's memory: an LRU with a TTL per key. For one
 * process; replicas share the store's claims instead.
 */
export function createMemoryClaims(options: MemoryClaimsOptions = {}): ClaimStore {
  const { maxEntries = MEMORY_CLAIMS_MAX_ENTRIES, now = Date.now } = options;
  const held = new LRUCache<string, true>({
    max: maxEntries,
    // Each claim has its own TTL; an expired key is replaced when claimed again, or pushed out.
    // Read the clock on every check: with the default the test clock would be cached for 1 ms.
    ttlResolution: 0,
    perf: { now },
  });
  return {
    async claim(key, ttlMs) {
      // As the store's claims do: a TTL that is no positive whole number of ms is a caller's bug.
      if (!Number.isInteger(ttlMs) || ttlMs <= 0 || ttlMs > MAX_TTL_MS)
        throw new RangeError(
          `claim TTL must be a whole number of milliseconds in (0, ${MAX_TTL_MS}]: ${ttlMs}`,
        );
      if (held.has(key)) return false;
      held.set(key, true, { ttl: ttlMs });
      return true;
    },
    async release(key) {
      held.delete(key);
    },
  };
}
