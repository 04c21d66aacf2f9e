import { createCasebot } from '../src/index.js';
import { runConsoleChat } from './cli/console-chat.js';
import { readDiscordConfig } from './discord/config.js';
import { startDiscord } from './discord/main.js';
import { readCoreConfig } from './shared/core-config.js';
import { readDigestConfig } from './shared/digest-config.js';
import { ConfigError } from './shared/env-config.js';
import { loadDotEnv } from './shared/load-env.js';
import { createLogger } from './shared/logger.js';
import { readAllConfig } from './shared/read-all-config.js';
import { startDigests } from './shared/start-digests.js';
import { readSlackConfig } from './slack/config.js';
import { startSlack } from './slack/main.js';

interface Running {
  name: string;
  stop(): Promise<void>;
}

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
    digests: () => readDigestConfig(env),
  });
  const chatAdapters = Boolean(config.slack || config.discord);
  const logger = createLogger(config.core.LOG_LEVEL ?? (chatAdapters ? 'info' : 'warn'));
  const bot = await createCasebot({
    knowledgeDir: config.core.KNOWLEDGE_DIR,
    cacheDir: config.core.CACHE_DIR,
    logger,
  });

  if (!chatAdapters) {
    const width = process.stdout.columns;
    await runConsoleChat(bot, {
      input: process.stdin,
      output: process.stdout,
      interactive: process.stdin.isTTY === true,
      ...(width ? { width } : {}),
    });
    return;
  }

  // The first question builds the place-name tables (about a second); pay that before
  // anyone is waiting on Slack's or Discord's 3-second clock.
  await bot.answer('cases from Paris');
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection; still running'));
  const running: Running[] = [];
  const slack = config.slack
    ? await startSlack({ config: config.slack, bot, logger: logger.child({ adapter: 'slack' }) })
    : undefined;
  if (slack) running.push({ name: 'slack', stop: () => slack.stop() });
  const discord = config.discord
    ? await startDiscord({ config: config.discord, bot, logger: logger.child({ adapter: 'discord' }) })
    : undefined;
  if (discord) running.push({ name: 'discord', stop: () => discord.stop() });
  // Digests start once the adapters can post, and stop first: a post in flight needs its client.
  const digests = startDigests({
    bot,
    posters: { ...(slack ? { slack: slack.poster } : {}), ...(discord ? { discord: discord.poster } : {}) },
    config: config.digests,
    logger: logger.child({ component: 'digests' }),
  });
  bot.useDigests(digests.handler);
  running.push({ name: 'digests', stop: () => digests.stop() });
  logger.info({ running: running.map((r) => r.name) }, 'casebot is running');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    for (const adapter of running.reverse())
      await adapter
        .stop()
        .catch((err: unknown) => logger.error({ err, adapter: adapter.name }, 'stop failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`casebot: ${err.message}\n`);
  } else {
    process.stderr.write(`casebot: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
