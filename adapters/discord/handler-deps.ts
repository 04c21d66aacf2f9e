import type { Bot, Logger, Reply } from '../../src/index.js';
import type { ButtonContexts } from './button-contexts.js';
import type { DiscordConfig } from './config.js';
import { renderDiscordReply } from './render.js';

/** What the event handlers need; tests pass their own bot, logger and timings. */
export interface HandlerDeps {
  bot: Bot;
  logger: Logger;
  config: DiscordConfig;
  /** Keeps and resolves the commands behind buttons (the store's contexts, shared by replicas). */
  buttons: ButtonContexts;
  /** How long to wait for the core before deferring an interaction (Discord allows 3 s). */
  deferAfterMs: number;
  /**
   * Claims a message command before answering it, so that two gateway sessions (a takeover
   * under way) answer it once; absent: always answered.
   */
  claimMessage?(messageId: string): Promise<boolean>;
  /** Waits between retries of an interaction response; tests inject one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/** Renders a reply, its long button commands kept first so that any replica resolves them. */
export async function renderWithButtons(reply: Reply, deps: Pick<HandlerDeps, 'buttons'>) {
  return renderDiscordReply(reply, { buttonIds: await deps.buttons.prepare(reply) });
}
