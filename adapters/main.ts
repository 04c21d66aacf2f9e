import { createReloadingBot, type DigestHandler } from '../src/index.js';
import { runConsoleChat } from './cli/console-chat.js';
import { readDiscordConfig } from './discord/config.js';
import { startDiscord } from './discord/main.js';
import { readCoreConfig } from './shared/core-config.js';
import { readDigestConfig } from './shared/digest-config.js';
import type { DrainableAdapter } from './shared/drain.js';
import { ConfigError } from './shared/env-config.js';
import { EXIT_CODES } from './shared/exit-codes.js';
import { createHealthRegistry } from './shared/health-registry.js';
import { createInFlight } from './shared/in-flight.js';
import { readLifecycleConfig } from './shared/lifecycle-config.js';
import { loadDotEnv } from './shared/load-env.js';
import { createLogger } from './shared/logger.js';
import { openDigests } from './shared/open-digests.js';
import { readAllConfig } from './shared/read-all-config.js';
import { onStopSignals, type StopSignal } from './shared/stop-signals.js';
import { createStopper, type Stopper } from './shared/stopper.js';
import { readStoreConfig } from './shared/store-config.js';
import { watchKnowledge } from './shared/watch-knowledge.js';
import { readSlackConfig } from './slack/config.js';
import { startSlack } from './slack/main.js';

/**
 * `npm start`: every chat adapter whose variables are set, or the console chat when none is.
 * Configuration is checked for every adapter before anything connects.
 */
async function main(): Promise<void> {
  loadDotEnv();
  const env = process.env;
  const config = readAllConfig({
    core: () => readCoreConfig(env),
    slack: () => readSlackConfig(env),
    discord: () => readDiscordConfig(env),
    store: () => readStoreConfig(env),
    digests: () => readDigestConfig(env),
    lifecycle: () => readLifecycleConfig(env),
  });
  const chatAdapters = Boolean(config.slack || config.discord);
  const logger = createLogger(config.core.LOG_LEVEL ?? (chatAdapters ? 'info' : 'warn'));
  const core = { knowledgeDir: config.core.KNOWLEDGE_DIR, cacheDir: config.core.CACHE_DIR, logger };
  // Knowledge folder changes and SIGHUP reload it in the background (neither keeps casebot alive).
  const openBot = async (digests?: DigestHandler) => {
    const { bot, reload } = await createReloadingBot({ ...core, ...(digests ? { digests } : {}) });
    watchKnowledge({ dir: core.knowledgeDir, reload, logger });
    return bot;
  };

  if (!chatAdapters) {
    const bot = await openBot();
    const width = process.stdout.columns;
    await runConsoleChat(bot, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      ...(width ? { width } : {}),
    });
    return;
  }

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
  // One direction: what the bot needs (the store, the digest handler), then the bot, then the
  // adapters, then the scheduler that posts through them. A digest command is answered by the
  // digest handler from the first message any adapter takes.
  const digests = await openDigests({
    store: config.store,
    config: config.digests,
    logger: logger.child({ component: 'digests' }),
  });
  const bot = await openBot(digests.handler);
  // The first question builds the place-name tables (about a second); pay that before
  // anyone is waiting on Slack's or Discord's 3-second clock.
  await bot.answer('cases from Paris');
  if (requested) {
    // Nothing taken yet: nothing to finish.
    if (digests.type === 'available') await digests.close();
    process.exit(EXIT_CODES.stopped);
  }
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection; still running'));
  const health = createHealthRegistry();
  const inFlight = createInFlight();
  const adapters: DrainableAdapter[] = [];
  const slack = config.slack
    ? await startSlack({ config: config.slack, bot, logger: logger.child({ adapter: 'slack' }), inFlight })
    : undefined;
  if (slack) {
    adapters.push({ name: 'slack', stopAccepting: () => slack.stopAccepting(), close: () => slack.close() });
    health.set('slack', { ready: true });
  }
  const discord = config.discord
    ? await startDiscord({
        config: config.discord,
        bot,
        logger: logger.child({ adapter: 'discord' }),
        inFlight,
      })
    : undefined;
  if (discord) {
    adapters.push({
      name: 'discord',
      stopAccepting: () => discord.stopAccepting(),
      close: () => discord.close(),
    });
    health.set('discord', { ready: true });
  }
  // The scheduler starts once the adapters can post, and stops first: a post in flight needs its client.
  const posters = {
    ...(slack ? { slack: slack.poster } : {}),
    ...(discord ? { discord: discord.poster } : {}),
  };
  const scheduled = digests.type === 'available' ? digests.start({ knowledge: bot, posters }) : undefined;

  stopper = createStopper({
    adapters,
    // Disabled digests have no scheduler and no store to drain.
    ...(scheduled ? { digests: scheduled } : {}),
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
    { running: [...adapters.map((a) => a.name), ...(scheduled ? ['digests'] : [])] },
    'casebot is running',
  );
  if (requested) stopper.stop({ type: 'signal', signal: requested });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`casebot: ${err.message}\n`);
  } else {
    process.stderr.write(`casebot: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(EXIT_CODES.startFailed);
});
