import type { ClaimStore } from '../../src/index.js';

/** Slack retries an event for up to about an hour after the first delivery. */
export const DEDUPE_TTL_MS = 60 * 60 * 1000;

/** Remembers which deliveries were already handled. */
export interface EventDeduper {
  /** True when `id` was seen within the TTL (a retry); otherwise records it and returns false. */
  isDuplicate(id: string): Promise<boolean>;
}

/**
 * Slack delivers an event again (`x-slack-retry-num`) when it thinks the first delivery
 * failed; the retry carries the same `event_id` in a newly signed request. Remembering handled
 * ids means a retry of an event we already answered is skipped, while a retry of one we never
 * saw is still answered.
 */
export function createEventDeduper(claims: Pick<ClaimStore, 'claim'>, ttlMs = DEDUPE_TTL_MS): EventDeduper {
  return {
    isDuplicate: async (id) => !(await claims.claim(`slack:event:${id}`, ttlMs)),
  };
}
