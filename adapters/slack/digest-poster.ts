import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { DigestPostError, type DigestPoster } from '../../src/index.js';
import { createBoltLogger } from './bolt-logger.js';
import { toDigestPostError } from './digest-post-error.js';
import { carriesDelivery, renderSlackDigest } from './render-digest.js';

/**
 * One Web API call's time limit. `findDelivery` may make a few calls in a row; together they
 * stay well within the scheduler's 3-minute claim, so no other process takes a slot over
 * while this one is still posting it.
 */
export const DIGEST_CALL_TIMEOUT_MS = 15_000;
/** Messages per `conversations.history` page (Slack advises at most 200). */
export const FIND_PAGE_SIZE = 200;
/** Pages read before giving up: a channel this busy since the slot cannot be searched. */
export const FIND_MAX_PAGES = 5;
/** Our clock and Slack's may differ; messages this much older than `since` are still read. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface SlackDigestPosterOptions {
  /** The bot token (`SLACK_BOT_TOKEN`). */
  botToken: string;
  /** `SLACK_API_URL`, ending with `/`. */
  apiUrl: string;
  /** The slash command (`SLACK_COMMAND`), for the footer's unsubscribe hint. */
  command: string;
  logger: Logger;
  /** Per-call time limit (default {@link DIGEST_CALL_TIMEOUT_MS}). */
  timeoutMs?: number;
}

/**
 * The Web API client digests post with. It never retries by itself and rejects rate-limited
 * calls at once: the scheduler owns retries (with backoff, honouring Retry-After, checking
 * first that a failed post did not arrive anyway), and a client quietly retrying for minutes
 * would hold up every other digest and outlive the slot's claim.
 */
export function createSlackDigestClient(options: SlackDigestPosterOptions): webApi.WebClient {
  return new webApi.WebClient(options.botToken, {
    slackApiUrl: options.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? DIGEST_CALL_TIMEOUT_MS,
    logger: createBoltLogger(options.logger.child({ component: 'slack-digests' })),
  });
}

/**
 * Posts digests to Slack channels with `chat.postMessage` (text and blocks escaped, so no
 * mention is possible; no unfurls), and finds an interrupted one again with
 * `conversations.history`: a message from casebot's bot whose text carries `ref <deliveryId>`.
 * Failures are thrown as DigestPostError (see digest-post-error.ts).
 */
export function createSlackDigestPoster(options: SlackDigestPosterOptions): DigestPoster {
  const client = createSlackDigestClient(options);
  let botId: Promise<string | undefined> | undefined;

  async function call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (err) {
      throw toDigestPostError(err);
    }
  }

  /** casebot's own `bot_id`, asked once: only its messages can be digests it posted. */
  function ownBotId(): Promise<string | undefined> {
    botId ??= call(() => client.auth.test()).then(
      (result) => result.bot_id,
      (err: unknown) => {
        botId = undefined;
        throw err;
      },
    );
    return botId;
  }

  return {
    async post(target, message) {
      const rendered = renderSlackDigest(message, { command: options.command });
      const result = await call(() =>
        client.chat.postMessage({
          channel: target.channelId,
          ...rendered,
          unfurl_links: false,
          unfurl_media: false,
        }),
      );
      // `ok` without a `ts` is not a Slack answer; a retry checks the channel before posting again.
      if (result.ts === undefined)
        throw new DigestPostError('transient', 'Slack answered without a message ts');
      return { messageId: result.ts };
    },

    async findDelivery(target, deliveryId, since) {
      const mine = await ownBotId();
      const oldest = (Math.max(0, since.getTime() - CLOCK_SKEW_MS) / 1000).toFixed(6);
      let cursor: string | undefined;
      for (let page = 0; page < FIND_MAX_PAGES; page += 1) {
        const result = await call(() =>
          client.conversations.history({
            channel: target.channelId,
            oldest,
            limit: FIND_PAGE_SIZE,
            ...(cursor ? { cursor } : {}),
          }),
        );
        const found = (result.messages ?? []).find(
          (m) =>
            m.bot_id !== undefined &&
            (mine === undefined || m.bot_id === mine) &&
            carriesDelivery(m.text, deliveryId),
        );
        if (found?.ts) return found.ts;
        cursor = result.response_metadata?.next_cursor;
        if (!result.has_more || !cursor) return undefined;
      }
      throw new DigestPostError(
        'transient',
        `could not read back to ${since.toISOString()}: more than ${FIND_PAGE_SIZE * FIND_MAX_PAGES} messages since`,
      );
    },
  };
}
