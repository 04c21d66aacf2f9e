import type { RateLimitData } from 'discord.js';

/** Longest rate-limit wait discord.js may make for a digest request; longer ones go back to the scheduler. */
export const DIGEST_MAX_QUEUE_WAIT_MS = 5_000;
/** How many rate-limit waits discord.js may make for one digest request before handing it back. */
export const DIGEST_MAX_QUEUE_WAITS = 3;
/** The bucket route of posting and reading a channel's messages, as discord.js names it. */
const CHANNEL_MESSAGES_ROUTE = '/channels/:id/messages';

export interface DigestRateLimitOptions {
  maxWaitMs?: number;
  maxWaits?: number;
}

/**
 * Bounds how long discord.js's REST queue waits on rate limits for digest requests.
 *
 * discord.js waits out every 429 and retries, with no limit on how often, and the digest
 * scheduler has its own retries with backoff. Left alone, a digest could wait in discord.js's
 * queue for as long as Discord says, with the scheduler's tick (and so every other digest)
 * stuck behind it. Instead discord.js may wait briefly a few times (it knows the buckets);
 * past that the request is rejected with a `RateLimitError`, the poster turns it into a
 * `rate-limited` DigestPostError carrying Retry-After, and the scheduler retries it later,
 * a bounded number of times.
 */
export interface DigestRateLimits {
  /** For discord.js's `rest.rejectOnRateLimit`: `true` rejects the waiting request. */
  rejectOnRateLimit(data: RateLimitData): boolean;
  /** Runs a digest request to `channelId` with its rate-limit waits bounded. */
  bound<T>(channelId: string, request: () => Promise<T>): Promise<T>;
}

export function createDigestRateLimits(options: DigestRateLimitOptions = {}): DigestRateLimits {
  const maxWaitMs = options.maxWaitMs ?? DIGEST_MAX_QUEUE_WAIT_MS;
  const maxWaits = options.maxWaits ?? DIGEST_MAX_QUEUE_WAITS;
  // The scheduler makes one digest request at a time; a count per channel keeps this right anyway.
  const inFlight = new Map<string, { requests: number; waits: number }>();

  return {
    rejectOnRateLimit(data) {
      if (data.route !== CHANNEL_MESSAGES_ROUTE) return false;
      const state = inFlight.get(data.majorParameter);
      // Not a digest request (a reply to a message command): discord.js waits as usual. A reply
      // in a channel whose digest is being rate-limited shares its bucket and its bound.
      if (!state) return false;
      state.waits += 1;
      const waitMs = Math.max(data.retryAfter, data.timeToReset, data.sublimitTimeout);
      return state.waits > maxWaits || waitMs > maxWaitMs;
    },
    async bound(channelId, request) {
      const state = inFlight.get(channelId) ?? { requests: 0, waits: 0 };
      state.requests += 1;
      inFlight.set(channelId, state);
      try {
        return await request();
      } finally {
        state.requests -= 1;
        if (state.requests === 0) inFlight.delete(channelId);
      }
    },
  };
}
