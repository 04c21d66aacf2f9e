import type { RequestListener } from 'node:http';
import type { Logger } from 'pino';
import type { Bot, ConversationStore, DigestHandler, StatusProvider, StatusReport } from '../../src/index.js';
import type { DiscordConfig } from '../discord/config.js';
import { DISCORD_INTERACTIONS_PATH } from '../discord/interactions-endpoint.js';
import { replicaName, startDiscord } from '../discord/main.js';
import type { SlackConfig } from '../slack/config.js';
import { startSlack } from '../slack/main.js';
import { buildStatus } from './build-status.js';
import type { DigestConfig } from './digest-config.js';
import type { Closable, DrainableAdapter } from './drain.js';
import { EXIT_CODES } from './exit-codes.js';
import { createHealthRegistry } from './health-registry.js';
import { createInFlight } from './in-flight.js';
import { instrumentBot, instrumentPoster, instrumentStore } from './instrument.js';
import type { LifecycleConfig } from './lifecycle-config.js';
import { createMetrics } from './metrics.js';
import { openDigests } from './open-digests.js';
import type { OpsConfig } from './ops-config.js';
import { startOpsServer } from './ops-server.js';
import { checkReadiness, storeReadiness } from './readiness.js';
import { serveHttp } from './serve-http.js';
import { onStopSignals, type StopSignal } from './stop-signals.js';
import { createStopper, type Stopper } from './stopper.js';
import type { StoreConfig } from './store-config.js';
import { startStoreSweeps } from './store-sweeps.js';
import { createWriteBehindConversations } from './write-behind-conversations.js';

export interface ChatAdaptersConfig {
  /** Loads the knowledge and builds the bot (reloading it when the folder changes; `onReload` after each). */
  openBot(options: {
    digests: DigestHandler;
    /** The report `GET /status` gives, for `status` in chat. */
    status: StatusProvider;
    /** The store's, so that a follow-up ("next", "the second one") works on any replica. */
    conversations?: ConversationStore;
    onReload: () => void;
  }): Promise<Bot>;
  slack: SlackConfig | undefined;
  discord: DiscordConfig | undefined;
  store: StoreConfig;
  digests: DigestConfig;
  lifecycle: LifecycleConfig;
  ops: OpsConfig;
  logger: Logger;
}

/**
 * Runs the chat adapters until a stop signal, in one direction: the ops listener (alive, not
 * ready) and the store with the digest handler first, then the bot, then the adapters (sharing
 * the store's claims, button contexts and gateway lease with the other replicas), then the
 * digest scheduler that posts through them. The stop goes the other way (see `drain`).
 */
export async function runChatAdapters(config: ChatAdaptersConfig): Promise<void> {
  const { logger } = config;
  const startedAt = performance.now();
  const replica = replicaName();
  // A signal that comes while starting is kept until the drain exists: what an adapter has
  // already taken by then is finished like any other work.
  let stopper: Stopper | undefined;
  let requested: StopSignal | undefined;
  onStopSignals(
    (signal) => {
      if (stopper) stopper.stop({ type: 'signal', signal });
      else requested = signal;
    },
    (signal) => stopper?.again(signal),
  );
  const metrics = createMetrics();
  const health = createHealthRegistry();
  const digests = await openDigests({
    store: config.store,
    config: config.digests,
    logger: logger.child({ component: 'digests' }),
    wrapStore: (store) => instrumentStore(store, metrics),
  });
  const store = digests.type === 'available' ? digests.store : undefined;
  const names = [...(config.slack ? ['slack'] : []), ...(config.discord ? ['discord'] : [])];
  let bot: Bot | undefined;
  // Undefined until the knowledge is loaded: `/status` answers 503 meanwhile.
  const status = async (): Promise<StatusReport | undefined> => {
    const loaded = bot;
    if (!loaded) return undefined;
    return buildStatus({
      knowledge: () => loaded.knowledge,
      health,
      adapters: names,
      startedAt,
      replica,
      ...(store
        ? { store }
        : { digestsDisabled: digests.type === 'disabled' ? digests.error.message : 'off' }),
    });
  };
  // Alive from here on, and not ready (503) until every part below is.
  const ops = await startOpsServer({
    ...config.ops,
    readiness: () => checkReadiness({ health, live: store ? { store: storeReadiness(store) } : {} }),
    metrics,
    status,
    logger: logger.child({ component: 'ops' }),
  });
  // One instance on SQLite: conversations are saved after each answer is sent, and a follow-up
  // reads the newest from memory meanwhile. Replicas (PostgreSQL) save in line: a follow-up may
  // reach another replica as soon as the answer is out.
  const writeBehind =
    store?.backend === 'sqlite'
      ? createWriteBehindConversations(store.conversations, {
          logger: logger.child({ component: 'conversations' }),
        })
      : undefined;
  const conversations = writeBehind ?? store?.conversations;
  const closeStore: Closable[] = store
    ? [
        {
          name: 'store',
          close: async () => {
            await writeBehind?.flush();
            await store.close();
          },
        },
      ]
    : [];
  const closeOps: Closable = { name: 'ops listener', close: () => ops.close() };

  const countKnowledge = () => {
    if (bot) metrics.knowledge({ cases: bot.knowledge.cases.length, version: bot.knowledge.hash });
  };
  // `status` in chat: asked only once the bot exists, so the report is always there then.
  const statusInChat: StatusProvider = async () => {
    const report = await status();
    if (!report) throw new Error('status asked before the bot was built');
    return report;
  };
  bot = instrumentBot(
    await config.openBot({
      digests: digests.handler,
      status: statusInChat,
      ...(conversations ? { conversations } : {}),
      onReload: countKnowledge,
    }),
    metrics,
  );
  countKnowledge();
  // The first question builds the place-name tables (about a second); pay that before
  // anyone is waiting on Slack's or Discord's 3-second clock.
  await bot.answer('cases from Paris');
  if (requested) {
    // Nothing taken yet: nothing to finish.
    for (const closable of [...closeStore, closeOps]) await closable.close();
    process.exit(EXIT_CODES.stopped);
  }
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection; still running'));
  const inFlight = createInFlight();
  const adapters: DrainableAdapter[] = [];
  const shared = store ? { claims: store.claims } : {};
  // Discord's interactions endpoint shares Slack's HTTP port when Slack listens on one. Slack
  // starts first (it answers while the gateway connects); until Discord has started, the
  // endpoint answers 503 and readiness is false.
  let interactions: RequestListener | undefined;
  const interactionsRoute: RequestListener = (req, res) => {
    if (interactions) return interactions(req, res);
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('starting\n');
  };
  const slackServesDiscord = Boolean(config.discord?.publicKey && config.slack?.mode === 'http');
  const slack = config.slack
    ? await startSlack({
        config: config.slack,
        bot,
        logger: logger.child({ adapter: 'slack' }),
        inFlight,
        ...shared,
        ...(slackServesDiscord ? { routes: { [DISCORD_INTERACTIONS_PATH]: interactionsRoute } } : {}),
        onHealth: (h) => health.set('slack', h),
        digests: digests.handler,
      })
    : undefined;
  const discord = config.discord
    ? await startDiscord({
        config: config.discord,
        bot,
        logger: logger.child({ adapter: 'discord' }),
        inFlight,
        ...shared,
        ...(store ? { contexts: store.contexts, leases: store.leases } : {}),
        replica,
        onHealth: (h) => health.set('discord', h),
      })
    : undefined;
  interactions = discord?.interactions;
  const discordRoutes = interactions ? { [DISCORD_INTERACTIONS_PATH]: interactionsRoute } : undefined;
  const ownServer =
    discordRoutes && !slackServesDiscord && config.discord
      ? await serveHttp({
          port: config.discord.port ?? 3000,
          ...(config.discord.host ? { host: config.discord.host } : {}),
          routes: discordRoutes,
          inFlight,
          kind: 'discord:http',
        })
      : undefined;
  if (ownServer)
    logger.info({ port: ownServer.port, path: DISCORD_INTERACTIONS_PATH }, 'discord interactions listening');
  if (slack)
    adapters.push({ name: 'slack', stopAccepting: () => slack.stopAccepting(), close: () => slack.close() });
  if (discord)
    adapters.push({
      name: 'discord',
      stopAccepting: async () => {
        await Promise.all([discord.stopAccepting(), ownServer?.close()]);
      },
      close: () => discord.close(),
    });
  if (discord) health.set('discord', discord.health());
  // The scheduler starts once the adapters can post, and stops first: a post in flight needs its client.
  const posters = {
    ...(slack ? { slack: instrumentPoster('slack', slack.poster, metrics, logger) } : {}),
    ...(discord ? { discord: instrumentPoster('discord', discord.poster, metrics, logger) } : {}),
  };
  const scheduled = digests.type === 'available' ? digests.start({ knowledge: bot, posters }) : undefined;
  const sweeps = store ? startStoreSweeps({ store, logger }) : undefined;
  // Built between requests now that the adapters answer, so that a first "show" waits for nothing.
  bot.warmUp?.().catch((err) => logger.warn({ err }, 'warm-up failed; built when first asked'));

  stopper = createStopper({
    adapters,
    // The store is shared with the adapters (claims, the gateway lease): it closes after them.
    ...(scheduled
      ? {
          digests: {
            scheduler: scheduled.scheduler,
            stop: async () => {
              await scheduled.ready;
              await scheduled.scheduler.stop();
            },
          },
        }
      : {}),
    afterAdapters: [...(sweeps ? [sweeps] : []), ...closeStore, closeOps],
    inFlight,
    health,
    drainTimeoutMs: config.lifecycle.drainTimeoutMs,
    logger,
    exit: (code) => process.exit(code),
  });
  const running = stopper;
  void discord?.closedForGood.then((refusal) => {
    if (slack) {
      health.set('discord', { ready: false, reason: `gateway closed with ${refusal.code}: ${refusal.fix}` });
      logger.error({ health: health.snapshot() }, 'discord is down until the fix above; slack keeps running');
    } else {
      running.stop({ type: 'adapter-lost', adapter: 'discord', code: refusal.code });
    }
  });
  health.running();
  logger.info(
    {
      running: [...adapters.map((a) => a.name), ...(scheduled ? ['digests'] : [])],
      store: store?.backend ?? 'none',
      opsPort: ops.port,
      replica,
    },
    'casebot is running',
  );
  if (requested) stopper.stop({ type: 'signal', signal: requested });
}
