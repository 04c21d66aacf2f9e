import type { ChatContext } from '../chat-context.js';
import type { DigestCommand } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import type { DigestOverview, DigestOverviewScope } from './digest-overview.js';
import type { CaseMatcher } from './pick-digest-cases.js';

/**
 * Answers `digest …` commands. It is built before the bot, from the store alone, and given to
 * it: the bot passes the cases a command filters (`cases`) with each command, so digests work
 * from the first message any adapter takes.
 */
export interface DigestHandler {
  handle(command: DigestCommand, ctx: ChatContext, cases: CaseMatcher): Promise<ReplyContent>;
  /**
   * Every digest of one workspace or server, oldest first, in words: for a view of the
   * channels a person is in (Slack's App Home), which keeps those of the person's channels.
   * Changing one goes through `handle`, with its permission checks.
   */
  overview(scope: DigestOverviewScope): Promise<DigestOverview>;
}
