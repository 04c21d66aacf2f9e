import type { Logger } from '../../src/index.js';
import type { SlackBlock } from './payload.js';
import type { PostOutcome, ResponseMessage, ResponseUrlPost } from './response-url-post.js';

/** Slack takes at most five posts to one response_url… */
export const RESPONSE_URL_MAX_USES = 5;
/** …within 30 minutes of the request. */
export const RESPONSE_URL_LIFETIME_MS = 30 * 60_000;
/** The 30 minutes run from the request, a little before casebot saw it: stop trying a minute early. */
const LIFETIME_MARGIN_MS = 60_000;
/** Posts of one message to the response_url, the first included. */
export const RESPONSE_URL_MAX_ATTEMPTS = 3;
/** Wait before the second attempt; doubled before each next one, unless Slack says how long. */
export const RESPONSE_URL_FIRST_BACKOFF_MS = 1_000;
/** A longer Retry-After is not waited out: the answer goes by the fallback at once. */
export const RESPONSE_URL_MAX_WAIT_MS = 60_000;

/** The Web API calls of the fallback; Bolt's `client` has them (with its own retries). */
export interface FallbackClient {
  chat: {
    postEphemeral(args: {
      channel: string;
      user: string;
      text: string;
      blocks?: SlackBlock[];
    }): Promise<unknown>;
    postMessage(args: {
      channel: string;
      text: string;
      blocks?: SlackBlock[];
      unfurl_links: boolean;
      unfurl_media: boolean;
    }): Promise<unknown>;
  };
}

/** Where one request's answers go, and what a log line says about it. */
export interface ResponseTarget {
  /** The request's response_url. A credential for the conversation: never logged. */
  responseUrl: string;
  /** For the fallback: `chat.postEphemeral` to the asker in this channel, or `chat.postMessage`. */
  client: FallbackClient;
  channelId?: string | undefined;
  userId?: string | undefined;
  /** Request id, team, channel, user: added to every log line. */
  ids: object;
}

/** How an answer reached Slack, or that it did not (already logged with the request's ids). */
export type Delivery =
  | { type: 'delivered'; via: 'response_url' | 'chat.postEphemeral' | 'chat.postMessage' }
  | { type: 'undelivered' };

/** Sends one request's answers; keeps count of the response_url's uses across them. */
export interface Responder {
  /** Never throws: an answer that cannot be delivered is logged. */
  send(message: ResponseMessage): Promise<Delivery>;
}

export interface ResponseDelivery {
  to(target: ResponseTarget): Responder;
}

export interface ResponseDeliveryDeps {
  post: ResponseUrlPost;
  /** Waits between attempts; tests inject one that does not wait. */
  sleep: (ms: number) => Promise<void>;
  /** Clock in milliseconds. */
  now: () => number;
  logger: Logger;
}

type UrlResult = { ok: true } | { ok: false; reason: string; last?: PostOutcome };

/**
 * Delivers answers through a request's response_url with retries: a transient failure (429,
 * 408, 5xx, a dropped or timed-out connection) is tried again after Retry-After, or 1 s then
 * 2 s, at most {@link RESPONSE_URL_MAX_ATTEMPTS} posts per message, never past the URL's five
 * uses or its 30 minutes. A permanent refusal (404 `expired_url`/`used_url`, 400 invalid
 * payload) is not tried again on the same URL. What the URL cannot carry goes by the Web API
 * instead: `chat.postMessage` for an answer meant for the channel, `chat.postEphemeral` to the
 * asker for anything else; if that fails too, the loss is logged with the request's ids.
 */
export function createResponseDelivery(deps: ResponseDeliveryDeps): ResponseDelivery {
  const { post, sleep, now, logger } = deps;
  return {
    to(target) {
      const expiresAt = now() + RESPONSE_URL_LIFETIME_MS - LIFETIME_MARGIN_MS;
      let uses = 0;
      // Set by a 404 or 410 (`expired_url`, `used_url`): no later message tries the URL again.
      let gone = false;

      /** Why the URL must not be posted to now, if it must not. */
      const unusable = (): string | undefined => {
        if (gone) return 'gone';
        if (uses >= RESPONSE_URL_MAX_USES) return 'uses-exhausted';
        return now() >= expiresAt ? 'expired' : undefined;
      };

      async function viaResponseUrl(message: ResponseMessage): Promise<UrlResult> {
        let last: PostOutcome | undefined;
        for (let attempt = 1; ; attempt += 1) {
          const stop = unusable();
          if (stop) return { ok: false, reason: stop, last };
          // Counted whatever the outcome: Slack may have counted a post whose answer was lost.
          uses += 1;
          last = await post(target.responseUrl, message);
          if (last.type === 'delivered') {
            if (attempt > 1)
              logger.info({ ...target.ids, attempts: attempt }, 'response_url post delivered on retry');
            return { ok: true };
          }
          if (last.type === 'permanent') {
            gone = last.status === 404 || last.status === 410;
            return { ok: false, reason: 'refused', last };
          }
          if (attempt === RESPONSE_URL_MAX_ATTEMPTS) return { ok: false, reason: 'still-failing', last };
          const waitMs = last.retryAfterMs ?? RESPONSE_URL_FIRST_BACKOFF_MS * 2 ** (attempt - 1);
          const tooLong = waitMs > RESPONSE_URL_MAX_WAIT_MS || now() + waitMs >= expiresAt;
          const stopNow = unusable() ?? (tooLong ? 'retry-after-too-long' : undefined);
          if (stopNow) return { ok: false, reason: stopNow, last };
          logger.warn(
            { ...target.ids, attempt, status: last.status, error: last.error, waitMs },
            'response_url post failed; retrying',
          );
          await sleep(waitMs);
        }
      }

      async function viaWebApi(
        message: ResponseMessage,
        failed: UrlResult & { ok: false },
      ): Promise<Delivery> {
        const last = failed.last?.type === 'delivered' ? undefined : failed.last;
        const why = { ...target.ids, reason: failed.reason, status: last?.status, error: last?.error };
        const { channelId, userId } = target;
        if (message.delete_original) {
          // Nothing to show: the private copy simply stays.
          logger.warn(why, 'could not remove the original message through response_url');
          return { type: 'undelivered' };
        }
        const content = { text: message.text ?? '', ...(message.blocks ? { blocks: message.blocks } : {}) };
        const inChannel = message.response_type === 'in_channel';
        try {
          if (channelId === undefined || (!inChannel && userId === undefined))
            throw new Error('the request names no channel or user to post to');
          if (inChannel) {
            await target.client.chat.postMessage({
              channel: channelId,
              ...content,
              unfurl_links: false,
              unfurl_media: false,
            });
          } else {
            await target.client.chat.postEphemeral({ channel: channelId, user: userId ?? '', ...content });
          }
          const via = inChannel ? 'chat.postMessage' : 'chat.postEphemeral';
          logger.warn({ ...why, via }, 'response_url failed; answer sent through the Web API');
          return { type: 'delivered', via };
        } catch (err) {
          logger.error({ ...why, err }, 'could not deliver a Slack answer');
          return { type: 'undelivered' };
        }
      }

      return {
        async send(message) {
          const result = await viaResponseUrl(message);
          return result.ok ? { type: 'delivered', via: 'response_url' } : viaWebApi(message, result);
        },
      };
    },
  };
}
