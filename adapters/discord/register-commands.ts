import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import type { Logger } from '../../src/index.js';
import { ConfigError } from '../shared/env-config.js';
import { loadDotEnv } from '../shared/load-env.js';
import { createLogger } from '../shared/logger.js';
import { buildInitiativesCommand } from './commands.js';
import { type DiscordConfig, readDiscordConfig, requireApplicationId } from './config.js';
import { buildFindRelatedCommand } from './find-related.js';

export interface RegisteredCommands {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Uploads `/initiatives` and the message command "Find related cases" (a bulk overwrite, so
 * running it twice is harmless). Guild-scoped when
 * `DISCORD_GUILD_ID` is set: updates show at once there; global commands can take a while.
 */
export async function registerCommands(options: {
  config: DiscordConfig;
  logger: Logger;
}): Promise<RegisteredCommands> {
  const config = requireApplicationId(options.config);
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const route = config.guildId
      ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
      : Routes.applicationCommands(config.applicationId);
    const body = [buildInitiativesCommand(), buildFindRelatedCommand()];
    await rest.put(route, { body });
    const result: RegisteredCommands = {
      scope: config.guildId ? 'guild' : 'global',
      names: body.map((c) => c.name),
    };
    options.logger.info({ ...result, guildId: config.guildId }, 'discord commands registered');
    return result;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const logger = createLogger();
  try {
    const config = requireApplicationId(readDiscordConfig(process.env));
    const { scope } = await registerCommands({ config, logger });
    process.stderr.write(
      scope === 'guild'
        ? `Registered /initiatives and "Find related cases" in server ${config.guildId}.\n`
        : 'Registered /initiatives and "Find related cases" globally (Discord may take up to an hour to show them everywhere).\n',
    );
  } catch (err) {
    process.stderr.write(
      err instanceof ConfigError
        ? `discord:register: ${err.message}\n`
        : `discord:register failed: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
