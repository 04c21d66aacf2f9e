/** Slack retries an event for up to about an hour after the first delivery. */
export const DEDUPE_TTL_MS = 60 * 60 * 1000;
/** Bounds memory whatever the traffic: the oldest ids go first. */
export const DEDUPE_MAX_ENTRIES = 10_000;

/** Remembers which deliveries were already handled. */
export interface EventDeduper {
  /** True when `id` was seen within the TTL (a retry); otherwise records it and returns false. */
  isDuplicate(id: string): boolean;
}

/**
 * Slack delivers an event again (`x-slack-retry-num`) when it thinks the first delivery
 * failed; the retry carries the same `event_id`. Remembering handled ids means a retry of an
 * event we already answered is skipped, while a retry of one we never saw is still answered.
 */
export function createEventDeduper(
  options: { now?: () => number; ttlMs?: number; maxEntries?: number } = {},
): EventDeduper {
  const { now = Date.now, ttlMs = DEDUPE_TTL_MS, maxEntries = DEDUPE_MAX_ENTRIES } = options;
  // Insertion order is arrival order, so the first entries are always the oldest.
  const seen = new Map<string, number>();
  return {
    isDuplicate(id) {
      const at = now();
      for (const [key, time] of seen) {
        if (at - time < ttlMs && seen.size < maxEntries) break;
        seen.delete(key);
      }
      if (seen.has(id)) return true;
      seen.set(id, at);
      return false;
    },
  };
}
