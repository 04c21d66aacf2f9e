import { once } from 'node:events';
import { type Client, Events } from 'discord.js';
import type { Bot, DigestPoster, Logger } from '../../src/index.js';
import { createInFlight, type InFlight } from '../shared/in-flight.js';
import { type ButtonIds, createButtonIds } from './button-ids.js';
import { createDiscordClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { describeGatewayClose, type GatewayRefusal, loginFailureFix } from './describe-gateway-close.js';
import { createDiscordDigestPoster } from './digest-poster.js';
import { createDigestRateLimits, type DigestRateLimitOptions } from './digest-rate-limits.js';
import type { HandlerDeps } from './handler-deps.js';
import { registerHandlers } from './handlers.js';

/** Discord wants an answer within 3 s; past this the handlers defer first. */
export const DEFAULT_DEFER_AFTER_MS = 1500;

export interface StartDiscordOptions {
  config: DiscordConfig;
  bot: Bot;
  logger: Logger;
  /** Overrides for tests. */
  deferAfterMs?: number;
  /** Waits between retries of interaction responses. */
  sleep?: (ms: number) => Promise<void>;
  buttonIds?: ButtonIds;
  digestRateLimits?: DigestRateLimitOptions;
  /** Counts each interaction and message until it is answered, for a stop to wait on. */
  inFlight?: InFlight;
}

export interface RunningDiscord {
  client: Client<true>;
  /** Posts digests through this client; give it to `startDigests` as `posters.discord`. */
  poster: DigestPoster;
  /**
   * Settles when the gateway closed for good (token refused, intent not allowed): discord.js
   * does not reconnect after these, so the bot is deaf until someone applies `fix`.
   */
  closedForGood: Promise<GatewayRefusal>;
  /**
   * Takes no new work: an interaction arriving from now on is told that casebot is restarting,
   * a message is left alone. Work already taken finishes: wait for it on `inFlight`.
   */
  stopAccepting(): Promise<void>;
  /** Disconnects. Stop the digests first, so that a digest being posted can finish. */
  close(): Promise<void>;
  /** `stopAccepting()` then `close()`, for callers that do not drain. */
  stop(): Promise<void>;
}

/** Failed to connect (bad token, intent not allowed, unreachable API): the message says what to fix. */
export class DiscordStartError extends Error {
  readonly code = 'DISCORD_START_FAILED';
  constructor(options: { cause: unknown; fix?: string | undefined }) {
    const why = options.cause instanceof Error ? options.cause.message : String(options.cause);
    const fix = options.fix ? ` ${options.fix.charAt(0).toUpperCase()}${options.fix.slice(1)}.` : '';
    super(`Could not connect to Discord (${why}).${fix}`, options);
    this.name = 'DiscordStartError';
  }
}

/**
 * Connects the bot and resolves once the client is ready. Every handler failure is logged
 * with the interaction or message id and answered with the core's apology; the bot keeps running.
 * discord.js resumes a lost gateway session on its own.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<RunningDiscord> {
  const { config, logger } = options;
  const deps: HandlerDeps = {
    bot: options.bot,
    logger,
    config,
    buttonIds: options.buttonIds ?? createButtonIds(),
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };
  if (options.sleep) deps.sleep = options.sleep;
  const rateLimits = createDigestRateLimits(options.digestRateLimits);
  const inFlight = options.inFlight ?? createInFlight();
  let accepting = true;
  const client = createDiscordClient(config, {
    rejectOnRateLimit: (data) => rateLimits.rejectOnRateLimit(data),
  });
  registerHandlers(client, deps, { inFlight, accepting: () => accepting });
  client.on(Events.Error, (err) => logger.error({ err }, 'discord client error'));
  client.on(Events.Warn, (warning) => logger.warn({ warning }, 'discord client warning'));
  let refused: GatewayRefusal | undefined;
  const closedForGood = new Promise<GatewayRefusal>((resolve) => {
    // discord.js emits this only for the close codes it will not reconnect after.
    client.on(Events.ShardDisconnect, (event, shardId) => {
      const refusal = describeGatewayClose(event.code) ?? {
        code: event.code,
        reason: 'closed',
        fix: 'restart casebot',
      };
      logger.error(
        { shardId, code: event.code, reason: refusal.reason },
        `discord gateway closed for good (${event.code}, ${refusal.reason}): ${refusal.fix}`,
      );
      refused = refusal;
      resolve(refusal);
    });
  });
  client.on(Events.ShardReconnecting, (shardId) => logger.warn({ shardId }, 'discord gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, 'discord gateway resumed'),
  );

  const connecting = new AbortController();
  const ready = once(client, Events.ClientReady, { signal: connecting.signal });
  // Rejected by the abort below when login fails first; that is not a second error.
  ready.catch(() => undefined);
  try {
    await client.login(config.token);
    // A token the REST API accepts can still be refused by the gateway (e.g. 4014).
    const refusal = await Promise.race([ready.then(() => undefined), closedForGood]);
    if (refusal !== undefined) throw new Error(`the gateway closed with ${refusal.code}, ${refusal.reason}`);
  } catch (cause) {
    connecting.abort();
    await client.destroy();
    throw new DiscordStartError({ cause, fix: refused?.fix ?? loginFailureFix(cause) });
  }
  const user = client.user;
  if (!client.isReady() || !user) throw new DiscordStartError({ cause: new Error('client not ready') });
  logger.info({ bot: user.tag, botId: user.id, guilds: client.guilds.cache.size }, 'discord connected');
  if (!config.messageContent) {
    logger.warn(
      { prefix: config.prefix },
      `DISCORD_MESSAGE_CONTENT is off: mentions, DMs and /initiatives work, but "${config.prefix}" in server channels needs the Message Content intent (enable it in the Developer Portal, then set DISCORD_MESSAGE_CONTENT=true)`,
    );
  }
  return {
    client,
    poster: createDiscordDigestPoster({ rest: client.rest, botUserId: user.id, rateLimits }),
    closedForGood,
    stopAccepting: async () => {
      accepting = false;
    },
    close: () => client.destroy(),
    stop: async () => {
      accepting = false;
      await client.destroy();
    },
  };
}
