import { setTimeout as sleepFor } from 'node:timers/promises';
import {
  type ChatInputCommandInteraction,
  DiscordAPIError,
  HTTPError,
  type MessageComponentInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  RateLimitError,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { Logger } from '../../src/index.js';
import type { DiscordMessagePayload } from './payload.js';

/** An interaction's token takes edits and follow-ups for 15 minutes… */
export const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;
/** …and its first response within 3 seconds. Both count from its creation, before we saw it. */
export const INITIAL_RESPONSE_WINDOW_MS = 3_000;
/** Margins for the time between Discord creating the interaction and casebot receiving it. */
const FIRST_RESPONSE_MARGIN_MS = 500;
const TOKEN_MARGIN_MS = 60_000;
/**
 * Waits before each retry casebot adds. discord.js has already retried a 5xx three times in a
 * row and waited out every 429 by then; these spread casebot's own tries over seconds.
 */
export const DELIVERY_BACKOFF_MS = [1_000, 2_000, 4_000] as const;

/** Interaction responses: the first ones are callbacks (3 s); the others use the token (15 min). */
export type ResponseStep = 'reply' | 'deferReply' | 'update' | 'deferUpdate' | 'editReply' | 'followUp';
const FIRST_RESPONSES: ReadonlySet<ResponseStep> = new Set(['reply', 'deferReply', 'update', 'deferUpdate']);

/** What a failed REST call means for the interaction. */
export type DeliveryFailure =
  /** Worth another try: a 5xx left after discord.js's retries, a network failure, a rejected rate limit. */
  | { type: 'transient'; retryAfterMs?: number }
  /** The interaction cannot be answered any more: unknown interaction or webhook (token expired). */
  | { type: 'gone' }
  /** Discord already has a response: a try whose answer was lost on the way did arrive. */
  | { type: 'already-acknowledged' }
  /** Discord refuses this message (400 invalid form body, 403): another try would fail alike. */
  | { type: 'refused' };

const NETWORK_ERROR_CODE = /^(UND_ERR_\w+|E[A-Z]+)$/;

/**
 * Classifies what discord.js threw for an interaction response, or `undefined` when it is no
 * REST failure at all (a bug, which the adapter's one error handler must see).
 */
export function classifyDeliveryFailure(err: unknown): DeliveryFailure | undefined {
  if (err instanceof DiscordAPIError) {
    if (err.code === RESTJSONErrorCodes.UnknownInteraction || err.code === RESTJSONErrorCodes.UnknownWebhook)
      return { type: 'gone' };
    if (err.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged)
      return { type: 'already-acknowledged' };
    return { type: 'refused' };
  }
  if (err instanceof HTTPError) return { type: 'transient' };
  if (err instanceof RateLimitError) return { type: 'transient', retryAfterMs: err.retryAfter };
  if (!(err instanceof Error)) return undefined;
  if (err.name === 'AbortError' || err.name === 'TimeoutError') return { type: 'transient' };
  const code = 'code' in err && typeof err.code === 'string' ? err.code : undefined;
  return code !== undefined && NETWORK_ERROR_CODE.test(code) ? { type: 'transient' } : undefined;
}

export interface DeliveryDeps {
  logger: Logger;
  /** Waits between tries; tests inject one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Clock in milliseconds. */
  now?: () => number;
}

/** Sends one interaction's responses; knows when the interaction can no longer be answered. */
export interface InteractionResponder {
  /**
   * Runs `send` (a discord.js call such as `() => interaction.editReply(options)`), trying again
   * what discord.js did not, within the token's validity. If the interaction cannot be
   * answered, `publicAnswer` (given only for answers the channel may see) is posted in the
   * channel instead; anything else is logged. True when the response (or its stand-in) went
   * out. Rethrows what is not a REST failure.
   */
  send(
    step: ResponseStep,
    send: () => Promise<unknown>,
    publicAnswer?: DiscordMessagePayload,
  ): Promise<boolean>;
}

/** The responder for one slash command, button click or message command. */
export function createInteractionResponder(
  interaction:
    | ChatInputCommandInteraction
    | MessageComponentInteraction
    | MessageContextMenuCommandInteraction
    | ModalSubmitInteraction,
  deps: DeliveryDeps,
): InteractionResponder {
  const { logger, sleep = sleepFor, now = Date.now } = deps;
  const receivedAt = now();
  const ids = { interactionId: interaction.id, channelId: interaction.channelId };
  // Set once Discord says the interaction or its token is gone, or its first response could not go out.
  let gone = false;

  async function postInChannel(step: ResponseStep, answer: DiscordMessagePayload, cause: unknown) {
    const { flags: _ephemeral, ...message } = answer;
    const { channelId } = interaction;
    // A form submitted outside any channel has nowhere else to go.
    if (channelId === null) return false;
    try {
      await interaction.client.rest.post(Routes.channelMessages(channelId), { body: message });
      logger.warn(
        { ...ids, step, err: cause },
        'discord interaction could not be answered; answer posted in the channel',
      );
      return true;
    } catch (err) {
      logger.error({ ...ids, step, err, cause }, 'could not deliver a Discord answer');
      return false;
    }
  }

  return {
    async send(step, send, publicAnswer) {
      const first = FIRST_RESPONSES.has(step);
      const deadline =
        receivedAt +
        (first
          ? INITIAL_RESPONSE_WINDOW_MS - FIRST_RESPONSE_MARGIN_MS
          : INTERACTION_TOKEN_LIFETIME_MS - TOKEN_MARGIN_MS);
      let cause: unknown;
      for (let attempt = 1; !gone; attempt += 1) {
        try {
          await send();
          if (attempt > 1)
            logger.info({ ...ids, step, attempts: attempt }, 'discord response delivered on retry');
          return true;
        } catch (err) {
          const failure = classifyDeliveryFailure(err);
          if (failure === undefined) throw err;
          cause = err;
          switch (failure.type) {
            case 'already-acknowledged':
              // On a retry, the earlier try did arrive; on a first try, something answered already.
              if (attempt > 1) return true;
              logger.error({ ...ids, step, err }, 'discord refused an interaction response');
              return false;
            case 'refused':
              logger.error({ ...ids, step, err }, 'discord refused an interaction response');
              return false;
            case 'gone':
              gone = true;
              break;
            case 'transient': {
              const waitMs = failure.retryAfterMs ?? DELIVERY_BACKOFF_MS[attempt - 1];
              if (waitMs !== undefined && now() + waitMs <= deadline) {
                logger.warn(
                  { ...ids, step, attempt, waitMs, err },
                  'discord interaction response failed; retrying',
                );
                await sleep(waitMs);
                continue;
              }
              // A first response that could not go out in time leaves nothing to edit or follow.
              if (first) gone = true;
              break;
            }
            default: {
              const never: never = failure;
              throw new Error(`unknown delivery failure ${JSON.stringify(never)}`);
            }
          }
          break;
        }
      }
      if (publicAnswer) return postInChannel(step, publicAnswer, cause);
      logger.error({ ...ids, step, err: cause }, 'could not deliver a Discord answer');
      return false;
    },
  };
}
