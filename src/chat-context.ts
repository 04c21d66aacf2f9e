/** Who asked, and where: what digest commands and permission checks need. */
export interface ChatContext {
  platform: 'cli' | 'slack' | 'discord';
  /** Workspace (Slack team) or server (Discord guild) id, when there is one. */
  teamId?: string;
  channelId?: string;
  userId?: string;
  /** The adapter decided this user may create or change digest subscriptions here. */
  canManageDigests?: boolean;
}
