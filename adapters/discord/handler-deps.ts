import type { Bot, Logger } from '../../src/index.js';
import type { ButtonIds } from './button-ids.js';
import type { DiscordConfig } from './config.js';

/** What the event handlers need; tests pass their own bot, logger and timings. */
export interface HandlerDeps {
  bot: Bot;
  logger: Logger;
  config: DiscordConfig;
  buttonIds: ButtonIds;
  /** How long to wait for the core before deferring an interaction (Discord allows 3 s). */
  deferAfterMs: number;
  /** Waits between retries of an interaction response; tests inject one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}
