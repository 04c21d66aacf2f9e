import type { RequestListener } from 'node:http';
import { setTimeout as sleepFor } from 'node:timers/promises';
import { App } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Bot, ClaimStore, DigestHandler } from '../../src/index.js';
import { type AnswerBudget, answerBudget } from '../shared/answer-within.js';
import { createMemoryClaims } from '../shared/memory-claims.js';
import { createBoltLogger } from './bolt-logger.js';
import type { SlackConfig } from './config.js';
import { createEventDeduper } from './event-deduper.js';
import { registerHandlers } from './handlers.js';
import { CasebotReceiver } from './receiver.js';
import { createResponseDelivery } from './response-delivery.js';
import { createResponseUrlPost } from './response-url-post.js';

export interface CreateSlackAppOptions {
  config: SlackConfig;
  bot: Bot;
  logger: Logger;
  /** Clock in milliseconds for the timestamp and replay checks, retry dedupe and response_url validity. */
  now?: () => number;
  /** Waits between response_url attempts; tests inject one that records instead of waiting. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * Where request signatures and event ids are claimed: the store's claims, to share them between
   * replicas; in this process's memory unless given.
   */
  claims?: ClaimStore;
  /** HTTP mode: other endpoints served on Slack's port, by exact path (Discord's interactions). */
  routes?: Record<string, RequestListener>;
  /** How long a slash command waits to answer in its ack; `config.answerInAckMs` unless given. */
  answerBudget?: AnswerBudget;
  /** The bot's digest handler, for the App Home's list of digests; without it the home says digests are off. */
  digests?: DigestHandler;
}

/** Web API retries: a few quick ones, so a failing call reaches our error handling in seconds. */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 200, maxTimeout: 2000 };

/**
 * The Bolt app with casebot's handlers, not yet started. HTTP mode uses casebot's receiver
 * (Bolt's HTTP receiver plus the future-timestamp check); Socket Mode Bolt's own. Every Web
 * API client Bolt makes (the app's, per-request ones, Socket Mode's) gets `config.apiUrl`.
 */
export function createSlackApp(options: CreateSlackAppOptions): App {
  const { config, bot, logger, now = Date.now, sleep = sleepFor } = options;
  const claims = options.claims ?? createMemoryClaims({ now });
  const boltLogger = createBoltLogger(logger.child({ component: 'bolt' }));
  const clientOptions = { slackApiUrl: config.apiUrl, retryConfig: RETRY_CONFIG };
  const common = {
    token: config.botToken,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in app.init(), so a bad token stops the start instead of the first request.
    deferInitialization: true,
    // casebot keeps conversations in the core; Bolt's own context store was looked up on every
    // request for nothing (a miss builds an Error with its stack each time).
    convoStore: false as const,
  };
  const app =
    config.mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: config.appToken })
      : new App({
          ...common,
          receiver: new CasebotReceiver({
            signingSecret: config.signingSecret ?? '',
            endpoints: '/slack/events',
            logger: boltLogger,
            log: logger.child({ component: 'receiver' }),
            claims,
            now,
            ...(options.routes ? { routes: options.routes } : {}),
          }),
        });

  app.error(async (error) => {
    logger.error({ err: error, code: error.code }, 'slack app error');
  });

  const deduper = createEventDeduper(claims);
  app.use(async ({ body, context, next }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId !== undefined && (await deduper.isDuplicate(eventId))) {
      logger.info(
        { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
        'skipped a repeated delivery of an event already handled',
      );
      return;
    }
    await next();
  });

  const delivery = createResponseDelivery({ post: createResponseUrlPost(), sleep, now, logger });
  const budget = options.answerBudget ?? answerBudget(config.answerInAckMs);
  const digests = options.digests ? { digests: options.digests } : {};
  registerHandlers(app, { bot, config, logger, delivery, answerBudget: budget, ...digests });
  return app;
}
