import type { Visibility } from './replies/reply.js';

/**
 * How a message reached casebot: with the reply's nature, it decides who sees the answer
 * (`decideAudience`). Adapters say what the platform told them; they decide nothing.
 */
export type Surface =
  /** The console (`npm start` without chat tokens, `casebot ask`): one person at a terminal. */
  | { type: 'console' }
  /** A direct message: a conversation between the asker and casebot alone. */
  | { type: 'direct-message' }
  /** A message addressed to casebot in a channel others read: a mention, or Discord's prefix. */
  | { type: 'mention' }
  /**
   * A slash command. `requested` is the visibility the asker chose in the command itself
   * (Discord's `public:` option: `channel` when true, `private` when false or left out);
   * absent where the command offers no such choice (Slack, Discord's digest changes).
   */
  | { type: 'slash-command'; requested?: Visibility }
  /**
   * A click on one of casebot's buttons. `on` says who sees the message the button is on
   * (`direct-message` where the platform says it is in a DM). `requested` is `channel` for
   * the Share button: the asker asks for the answer in the channel.
   */
  | { type: 'button'; on: 'private-message' | 'channel-message' | 'direct-message'; requested?: 'channel' };

/**
 * Who asked, where, and how: what digest commands, permission checks, visibility and conversation
 * memory need.
 */
export interface ChatContext {
  platform: 'cli' | 'slack' | 'discord';
  surface: Surface;
  /** Workspace (Slack team) or server (Discord guild) id, when there is one. */
  teamId?: string;
  channelId?: string;
  userId?: string;
  /**
   * The thread the message is in (Slack: the parent message's `ts`; Discord: the thread
   * channel's id). Everyone in a thread shares its conversation, as they share what it shows.
   */
  threadId?: string;
  /** The adapter decided this user may create or change digest subscriptions here. */
  canManageDigests?: boolean;
}

/** The console's context: the default of `bot.answer`. */
export const CONSOLE_CONTEXT: ChatContext = { platform: 'cli', surface: { type: 'console' } };
