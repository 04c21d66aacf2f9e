import type { Bot } from './bot.js';
import { type CreateReloadingBotOptions, createReloadingBot } from './reload/create-reloading-bot.js';

export type CreateCasebotOptions = Omit<CreateReloadingBotOptions, 'build'>;

/**
 * Loads a knowledge folder and returns a bot over it. With a cache folder, a restart on
 * unchanged knowledge loads the saved cases and search postings instead of rebuilding them;
 * a cache that is damaged in any way is rebuilt, with a warning, never served. For a bot whose
 * knowledge reloads while it runs, use `createReloadingBot`.
 */
export async function createCasebot(options: CreateCasebotOptions): Promise<Bot> {
  return (await createReloadingBot(options)).bot;
}
