import {
  type Bot,
  type ConversationStore,
  createReloadingBot,
  type DigestHandler,
  type StatusProvider,
} from '../src/index.js';
import { runConsoleChat } from './cli/console-chat.js';
import { readDiscordConfig } from './discord/config.js';
import { readCoreConfig } from './shared/core-config.js';
import { readDigestConfig } from './shared/digest-config.js';
import { ConfigError } from './shared/env-config.js';
import { EXIT_CODES } from './shared/exit-codes.js';
import { readLifecycleConfig } from './shared/lifecycle-config.js';
import { loadDotEnv } from './shared/load-env.js';
import { createLogger } from './shared/logger.js';
import { readOpsConfig } from './shared/ops-config.js';
import { readAllConfig } from './shared/read-all-config.js';
import { runChatAdapters } from './shared/run-chat-adapters.js';
import { readStoreConfig } from './shared/store-config.js';
import { watchKnowledge } from './shared/watch-knowledge.js';
import { readSlackConfig } from './slack/config.js';

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
    ops: () => readOpsConfig(env),
  });
  const chatAdapters = Boolean(config.slack || config.discord);
  const logger = createLogger(config.core.LOG_LEVEL ?? (chatAdapters ? 'info' : 'warn'));
  const core = { knowledgeDir: config.core.KNOWLEDGE_DIR, cacheDir: config.core.CACHE_DIR, logger };
  // Knowledge folder changes and SIGHUP reload it in the background (neither keeps casebot alive).
  const openBot = async (
    options: {
      digests?: DigestHandler;
      status?: StatusProvider;
      conversations?: ConversationStore;
      onReload?: () => void;
    } = {},
  ): Promise<Bot> => {
    const { bot, reload } = await createReloadingBot({
      ...core,
      ...(options.digests ? { digests: options.digests } : {}),
      ...(options.status ? { status: options.status } : {}),
      ...(options.conversations ? { conversations: options.conversations } : {}),
    });
    const reloaded = async () => {
      const outcome = await reload();
      options.onReload?.();
      return outcome;
    };
    watchKnowledge({ dir: core.knowledgeDir, reload: reloaded, logger });
    return bot;
  };

  if (!config.slack && !config.discord) {
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
  await runChatAdapters({ ...config, slack: config.slack, discord: config.discord, openBot, logger });
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`casebot: ${err.message}\n`);
  } else {
    process.stderr.write(`casebot: could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(EXIT_CODES.startFailed);
});
