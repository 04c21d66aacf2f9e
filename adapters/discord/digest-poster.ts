import {
  type APIMessage,
  DiscordAPIError,
  makeURLSearchParams,
  RateLimitError,
  type REST,
  Routes,
} from 'discord.js';
import { DigestPostError, type DigestPoster, type DigestTarget } from '../../src/index.js';
import { toDigestPostError } from './digest-post-error.js';
import type { DigestRateLimits } from './digest-rate-limits.js';
import { carriesDelivery, renderDigestMessage } from './render-digest.js';

/** Messages per page when looking for an interrupted delivery (Discord's maximum). */
export const FIND_PAGE_SIZE = 100;
/** Pages looked at before giving up: a channel this busy since the slot cannot be searched. */
export const FIND_MAX_PAGES = 5;
/** Our clock and Discord's may differ; messages this much older than `since` are still read. */
const CLOCK_SKEW_MS = 5 * 60_000;
/**
 * A post, or a search, gives up after this long in all, discord.js's own retries included, so
 * that a search and a post together end well within the scheduler's 3-minute claim.
 */
export const DIGEST_REQUEST_TIMEOUT_MS = 60_000;

export interface DiscordDigestPosterOptions {
  /** The running client's REST (`client.rest`): its rate-limit buckets and configured API URL. */
  rest: Pick<REST, 'get' | 'post'>;
  /** The bot's user id: only its own messages can be digests it posted. */
  botUserId: string;
  rateLimits: DigestRateLimits;
  /** The signal that ends a post or a search after `ms`; tests pass one they abort themselves. */
  deadline?: (ms: number) => AbortSignal;
}

/** Posts digests to Discord channels (and DMs) through the bot's REST client. */
export function createDiscordDigestPoster(options: DiscordDigestPosterOptions): DigestPoster {
  const { rest, botUserId, rateLimits } = options;
  const deadline = options.deadline ?? ((ms: number) => AbortSignal.timeout(ms));

  async function request<T>(target: DigestTarget, signal: AbortSignal, call: () => Promise<unknown>) {
    try {
      return (await rateLimits.bound(target.channelId, call)) as T;
    } catch (err) {
      if (signal.aborted && !(err instanceof DiscordAPIError || err instanceof RateLimitError)) {
        const reason = `no answer from Discord within ${DIGEST_REQUEST_TIMEOUT_MS / 1000} s`;
        throw new DigestPostError('transient', reason, { cause: err });
      }
      throw toDigestPostError(err);
    }
  }

  return {
    async post(target, message) {
      const body = renderDigestMessage(message);
      // An aborted post may still have arrived: the retry looks for it first, and the nonce stops a copy.
      const signal = deadline(DIGEST_REQUEST_TIMEOUT_MS);
      const sent = await request<APIMessage>(target, signal, () =>
        rest.post(Routes.channelMessages(target.channelId), { body, signal }),
      );
      return { messageId: sent.id };
    },

    async findDelivery(target, deliveryId, since) {
      const signal = deadline(DIGEST_REQUEST_TIMEOUT_MS);
      const oldest = since.getTime() - CLOCK_SKEW_MS;
      let before: string | undefined;
      for (let page = 0; page < FIND_MAX_PAGES; page += 1) {
        const query = makeURLSearchParams({ limit: FIND_PAGE_SIZE, before });
        const messages = await request<APIMessage[]>(target, signal, () =>
          rest.get(Routes.channelMessages(target.channelId), { query, signal }),
        );
        const found = messages.find((m) => m.author.id === botUserId && carriesDelivery(m, deliveryId));
        if (found) return found.id;
        // Newest first: once a page reaches back past `since`, the delivery is not there.
        const last = messages.at(-1);
        if (!last || messages.length < FIND_PAGE_SIZE || Date.parse(last.timestamp) < oldest)
          return undefined;
        before = last.id;
      }
      throw new DigestPostError(
        'transient',
        `could not read back to ${since.toISOString()}: more than ${FIND_PAGE_SIZE * FIND_MAX_PAGES} messages since`,
      );
    },
  };
}
