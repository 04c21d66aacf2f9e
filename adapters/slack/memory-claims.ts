import { LRUCache } from 'lru-cache';
import type { Claims } from './claims.js';

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

/** {@link Claims} in this process's memory: an LRU with a TTL per key. */
export function createMemoryClaims(options: MemoryClaimsOptions = {}): Claims {
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
      if (held.has(key)) return false;
      held.set(key, true, { ttl: Math.max(1, Math.ceil(ttlMs)) });
      return true;
    },
  };
}
