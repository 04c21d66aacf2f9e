import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import { hostname } from 'node:os';
import { type APIUser, type Client, Routes } from 'discord.js';
import type { Bot, ClaimStore, ContextStore, DigestPoster, LeaseStore, Logger } from '../../src/index.js';
import type { ComponentHealth } from '../shared/health-registry.js';
import { createInFlight, type InFlight } from '../shared/in-flight.js';
import { createLeaseKeeper, type LeaseKeeper, type LeaseState } from '../shared/lease-keeper.js';
import { createMemoryClaims } from '../shared/memory-claims.js';
import { createMemoryContexts } from '../shared/memory-contexts.js';
import { createButtonContexts } from './button-contexts.js';
import { createDiscordClient } from './client.js';
import type { DiscordConfig } from './config.js';
import { type GatewayRefusal, loginFailureFix } from './describe-gateway-close.js';
import { createDiscordDigestPoster } from './digest-poster.js';
import { createDigestRateLimits, type DigestRateLimitOptions } from './digest-rate-limits.js';
import { createInteractionFeeder } from './feed-interaction.js';
import { DiscordStartError, type GatewaySession, openGatewaySession } from './gateway-session.js';
import type { HandlerDeps } from './handler-deps.js';
import { registerHandlers } from './handlers.js';
import { createHttpInteractionResponses } from './http-interaction-responses.js';
import { claimDelivery } from './interaction-claims.js';
import { parseDiscordPublicKey } from './interaction-request-gate.js';
import { createInteractionsEndpoint } from './interactions-endpoint.js';

export { DiscordStartError } from './gateway-session.js';

/** Discord wants an answer within 3 s; past this the handlers defer first. */
export const DEFAULT_DEFER_AFTER_MS = 1500;

/** The lease one replica holds to run the gateway; a dead holder is replaced within ~21 s. */
export const GATEWAY_LEASE = {
  name: 'discord-gateway',
  ttlMs: 15_000,
  renewEveryMs: 5000,
  retryEveryMs: 5000,
};

export interface StartDiscordOptions {
  config: DiscordConfig;
  bot: Bot;
  logger: Logger;
  /** Overrides for tests. */
  deferAfterMs?: number;
  /** Waits between retries of interaction responses. */
  sleep?: (ms: number) => Promise<void>;
  digestRateLimits?: DigestRateLimitOptions;
  /** Counts each interaction and message until it is answered, for a stop to wait on. */
  inFlight?: InFlight;
  /** Claims of interactions and messages, so each is answered once (the store's, across replicas); memory if absent. */
  claims?: ClaimStore;
  /** Commands of buttons too long for a custom_id (the store's, readable by every replica); memory if absent. */
  contexts?: ContextStore;
  /** The gateway lease (the store's): one replica at a time connects; without it this process always does. */
  leases?: LeaseStore;
  /** This process among the replicas, as a standby's readiness names the holder. */
  replica?: string;
  /** Lease timing; tests shorten it. */
  lease?: Partial<typeof GATEWAY_LEASE>;
  /** Told whenever Discord's readiness changes (the gateway connects, a standby sees a new holder…). */
  onHealth?(health: ComponentHealth): void;
}

export interface RunningDiscord {
  /** The gateway client while this replica holds the gateway, else undefined. */
  gateway(): Client<true> | undefined;
  /** Posts digests through the REST API; give it to the scheduler as `posters.discord`. */
  poster: DigestPoster;
  /**
   * Settles when the gateway closed for good (token refused, intent not allowed): discord.js
   * does not reconnect after these, so the bot is deaf until someone applies `fix`.
   */
  closedForGood: Promise<GatewayRefusal>;
  /** With DISCORD_PUBLIC_KEY: the interactions endpoint, to serve at `/discord/interactions`. */
  interactions?: RequestListener;
  /** Holding the gateway, standing by, or stopped (always holding without a lease store). */
  readonly role: LeaseState;
  health(): ComponentHealth;
  /**
   * Takes no new work: an interaction arriving from now on is told that casebot is restarting,
   * a message is left alone. Work already taken finishes: wait for it on `inFlight`.
   */
  stopAccepting(): Promise<void>;
  /** Disconnects and gives the gateway lease up. Stop the digests first, so that a digest being posted can finish. */
  close(): Promise<void>;
  /** `stopAccepting()` then `close()`, for callers that do not drain. */
  stop(): Promise<void>;
}

/** DISCORD_GATEWAY_LEASE: renewals and takeover attempts every third of the lease, as by default. */
function leaseTiming(ttlMs: number | undefined): Partial<typeof GATEWAY_LEASE> {
  if (ttlMs === undefined) return {};
  const every = Math.round(ttlMs / 3);
  return { ttlMs, renewEveryMs: every, retryEveryMs: every };
}

/** This process's name among the replicas: host, pid and a random tag (pids repeat across containers). */
export function replicaName(): string {
  return `${hostname()}/${process.pid}/${randomBytes(3).toString('hex')}`;
}

/**
 * Starts Discord: checks the token (`GET /users/@me`), then connects the gateway, or with a
 * lease store stands by while another replica holds it and takes over when it goes. With
 * DISCORD_PUBLIC_KEY, interactions come over HTTP (`interactions`) and every replica serves
 * them; only mentions, DMs and the prefix need the gateway. Every handler failure is logged with
 * the interaction or message id and answered with the core's apology; the bot keeps running.
 */
export async function startDiscord(options: StartDiscordOptions): Promise<RunningDiscord> {
  const { config, logger } = options;
  const claims = options.claims ?? createMemoryClaims();
  const deps: HandlerDeps = {
    bot: options.bot,
    logger,
    config,
    buttons: createButtonContexts(options.contexts ?? createMemoryContexts()),
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
    claimMessage: (id) => claimDelivery(claims, 'message', id, logger),
  };
  if (options.sleep) deps.sleep = options.sleep;
  const rateLimits = createDigestRateLimits(options.digestRateLimits);
  const rejectOnRateLimit = (data: Parameters<typeof rateLimits.rejectOnRateLimit>[0]) =>
    rateLimits.rejectOnRateLimit(data);
  const inFlight = options.inFlight ?? createInFlight();
  let accepting = true;

  const gate = { inFlight, accepting: () => accepting };

  // A client that never connects to the gateway: REST for digests, and the interactions that
  // come over HTTP, whichever replica holds the gateway.
  const responses = config.publicKey ? createHttpInteractionResponses() : undefined;
  const rest = createDiscordClient(config, {
    rejectOnRateLimit,
    ...(responses ? { makeRequest: responses.makeRequest } : {}),
  });
  rest.rest.setToken(config.token);
  let me: APIUser;
  try {
    me = (await rest.rest.get(Routes.user())) as APIUser;
  } catch (cause) {
    await rest.destroy();
    throw new DiscordStartError({ cause, fix: loginFailureFix(cause) });
  }
  let interactions: RequestListener | undefined;
  if (config.publicKey && responses) {
    // Claimed by the endpoint on arrival.
    registerHandlers(rest, deps, gate);
    interactions = createInteractionsEndpoint({
      publicKey: parseDiscordPublicKey(config.publicKey),
      responses,
      feed: createInteractionFeeder(rest),
      claims,
      logger,
    });
  }

  let session: GatewaySession | undefined;
  let refused: (refusal: GatewayRefusal) => void = () => {};
  const closedForGood = new Promise<GatewayRefusal>((resolve) => {
    refused = resolve;
  });
  const health = (): ComponentHealth => {
    const role = keeper?.state ?? { type: session ? 'holding' : 'stopped' };
    switch (role.type) {
      case 'holding':
        return session?.connected
          ? { ready: true, detail: { role: 'gateway holder' } }
          : { ready: false, reason: 'this replica holds the gateway but it is not connected (yet)' };
      case 'standby':
        return role.holder
          ? { ready: true, detail: { role: 'standby', holder: role.holder } }
          : { ready: false, reason: 'standing by, but the store does not say who holds the gateway' };
      case 'stopped':
        return { ready: false, reason: 'stopped' };
      default: {
        const never: never = role;
        return never;
      }
    }
  };
  const report = () => options.onHealth?.(health());
  const openSession = async () => {
    const opened = await openGatewaySession({
      config,
      logger,
      rest: { rejectOnRateLimit },
      register: (client) =>
        registerHandlers(client, deps, {
          ...gate,
          claimInteraction: (id) => claimDelivery(claims, 'interaction', id, logger),
        }),
      onConnection: report,
    });
    session = opened;
    void opened.closedForGood.then(refused);
    report();
  };
  const closeSession = async () => {
    const closing = session;
    session = undefined;
    await closing?.destroy();
    report();
  };

  let keeper: LeaseKeeper | undefined;
  try {
    if (options.leases) {
      const timing = { ...GATEWAY_LEASE, ...leaseTiming(config.gatewayLeaseMs), ...options.lease };
      keeper = createLeaseKeeper({
        leases: options.leases,
        name: timing.name,
        holder: options.replica ?? replicaName(),
        ttlMs: timing.ttlMs,
        renewEveryMs: timing.renewEveryMs,
        retryEveryMs: timing.retryEveryMs,
        startJob: openSession,
        stopJob: closeSession,
        onChange: report,
        logger,
      });
      const role = await keeper.start();
      logger.info(
        { role: role.type, ...(role.type === 'standby' ? { holder: role.holder } : {}) },
        'discord gateway lease',
      );
    } else {
      await openSession();
    }
  } catch (err) {
    await keeper?.stop();
    await rest.destroy();
    throw err;
  }
  logger.info(
    { bot: me.username, botId: me.id, interactions: interactions ? 'http' : 'gateway' },
    'discord adapter started',
  );
  if (!config.messageContent) {
    logger.warn(
      { prefix: config.prefix },
      `DISCORD_MESSAGE_CONTENT is off: mentions, DMs and /initiatives work, but "${config.prefix}" in server channels needs the Message Content intent (enable it in the Developer Portal, then set DISCORD_MESSAGE_CONTENT=true)`,
    );
  }
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      if (keeper) await keeper.stop();
      else await closeSession();
      await rest.destroy();
    })();
    return closed;
  };
  return {
    gateway: () => session?.client,
    poster: createDiscordDigestPoster({ rest: rest.rest, botUserId: me.id, rateLimits }),
    closedForGood,
    ...(interactions ? { interactions } : {}),
    get role() {
      return keeper?.state ?? { type: session ? 'holding' : 'stopped' };
    },
    health,
    stopAccepting: async () => {
      accepting = false;
    },
    close,
    stop: async () => {
      accepting = false;
      await close();
    },
  };
}
