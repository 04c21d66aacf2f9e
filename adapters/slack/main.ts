import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Bot, ClaimStore, DigestHandler, DigestPoster, Reply } from '../../src/index.js';
import type { AnswerBudget } from '../shared/answer-within.js';
import type { ComponentHealth } from '../shared/health-registry.js';
import { createHttpDrain } from '../shared/http-drain.js';
import { createInFlight, type InFlight } from '../shared/in-flight.js';
import { createSlackApp } from './app.js';
import type { SlackConfig } from './config.js';
import { createSlackDigestPoster } from './digest-poster.js';
import { renderSlackReply } from './render.js';
import { trackRequests } from './track-requests.js';

export { readSlackConfig, type SlackConfig } from './config.js';

/** A running Slack adapter. */
export interface SlackAdapter {
  /**
   * Takes no new request (HTTP: the server refuses them; Socket Mode: disconnects) and resolves
   * once none can arrive. Requests already taken finish: wait for them on `inFlight`.
   */
  stopAccepting(): Promise<void>;
  /** Nothing to release once the receiver stopped: the Web API client holds no open connection. */
  close(): Promise<void>;
  /** `stopAccepting()`, for callers that do not drain. */
  stop(): Promise<void>;
  /** HTTP mode: the port actually listened on (useful with port 0). */
  port?: number;
  /**
   * Posts a reply to a channel as the bot, rendered like every answer; returns the message
   * `ts`. For scheduled posts (digests), which answer no request.
   */
  post(channelId: string, reply: Reply): Promise<{ ts?: string }>;
  /**
   * The bot's Web API client (its token, `SLACK_API_URL`, retries): what a digest poster
   * needs for `chat.postMessage` and `conversations.history`.
   */
  client: webApi.WebClient;
  /**
   * Posts digests to Slack channels, for `startDigests({ posters: { slack: adapter.poster } })`.
   * It has its own Web API client (same token and `SLACK_API_URL`) that never retries by
   * itself: the digest scheduler does, with backoff.
   */
  poster: DigestPoster;
}

export interface StartSlackOptions {
  config: SlackConfig;
  bot: Bot;
  logger: Logger;
  /** Clock in milliseconds for request timestamps and retry dedupe; injected in tests. */
  now?: () => number;
  /** Counts each request until its answer is delivered, for a stop to wait on. */
  inFlight?: InFlight;
  /** Waits between response_url attempts; injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Where request signatures and event ids are claimed (the store's, for replicas); memory if absent. */
  claims?: ClaimStore;
  /** HTTP mode: other endpoints served on Slack's port, by exact path (Discord's interactions). */
  routes?: Record<string, RequestListener>;
  /** Told when Slack turns ready (auth.test passed; in Socket Mode, the socket open) or not. */
  onHealth?(health: ComponentHealth): void;
  /** How long a slash command waits to answer in its ack; `config.answerInAckMs` unless given. */
  answerBudget?: AnswerBudget;
  /** The digest handler the bot was given: the App Home lists the person's channels' digests from it. */
  digests?: DigestHandler;
}

/**
 * Starts the Slack adapter: checks the token with `auth.test` (through `SLACK_API_URL`), then
 * listens on HTTP (`PORT`, `HOST`, path `/slack/events`) or connects with Socket Mode.
 */
export async function startSlack(options: StartSlackOptions): Promise<SlackAdapter> {
  const { config, logger } = options;
  const inFlight = options.inFlight ?? createInFlight();
  const app = createSlackApp(options);
  app.use(trackRequests(inFlight));
  await app.init();
  let port: number | undefined;
  let stopReceiving = () => app.stop();
  if (config.mode === 'http') {
    const server = await app.start({ port: config.port, ...(config.host ? { host: config.host } : {}) });
    port = (server.address() as AddressInfo | null)?.port;
    // The drain closes Bolt's server itself (app.stop() would close it without refusing requests
    // that arrive on kept-alive connections).
    const http = createHttpDrain(server, inFlight, 'slack:http');
    stopReceiving = () => http.close();
    logger.info(
      { mode: 'http', port, path: '/slack/events', command: config.command },
      'slack adapter listening',
    );
    options.onHealth?.({ ready: true, detail: { mode: 'http' } });
  } else {
    watchSocket(app, options.onHealth);
    await app.start();
    logger.info({ mode: 'socket', command: config.command }, 'slack adapter connected (Socket Mode)');
    options.onHealth?.({ ready: true, detail: { mode: 'socket' } });
  }
  let stopped: Promise<void> | undefined;
  const adapter: SlackAdapter = {
    client: app.client,
    poster: createSlackDigestPoster({
      botToken: config.botToken,
      apiUrl: config.apiUrl,
      command: config.command,
      logger,
    }),
    stopAccepting: () => {
      stopped ??= stopReceiving().then(() => logger.info({}, 'slack adapter stopped receiving'));
      return stopped;
    },
    close: async () => {},
    stop: () => adapter.stopAccepting(),
    post: async (channelId, reply) => {
      const result = await app.client.chat.postMessage({
        channel: channelId,
        ...renderSlackReply(reply),
        unfurl_links: false,
        unfurl_media: false,
      });
      return result.ts === undefined ? {} : { ts: result.ts };
    },
  };
  if (port !== undefined) adapter.port = port;
  return adapter;
}

/** The Socket Mode client's connection states, as @slack/socket-mode emits them. */
const SOCKET_STATES = { connected: 'connected', lost: ['disconnected', 'reconnecting'] } as const;

/**
 * Reports Socket Mode's connection: ready while the socket is open, not while it reconnects.
 * Bolt keeps its receiver private; its `client` is the SocketModeClient, an EventEmitter.
 */
function watchSocket(app: App, onHealth: StartSlackOptions['onHealth']): void {
  if (!onHealth) return;
  const receiver: unknown = Reflect.get(app, 'receiver');
  const client = (receiver as { client?: { on?: unknown } } | undefined)?.client;
  if (typeof client?.on !== 'function')
    throw new Error(
      'this @slack/bolt has no Socket Mode receiver client to watch: readiness needs Bolt 4 or 5',
    );
  const on = client.on.bind(client) as (event: string, listener: () => void) => void;
  on(SOCKET_STATES.connected, () => onHealth({ ready: true, detail: { mode: 'socket' } }));
  for (const state of SOCKET_STATES.lost)
    on(state, () => onHealth({ ready: false, reason: `Socket Mode ${state}: the socket is not open` }));
}
