import type { ChatContext, Surface } from '../chat-context.js';
import { formatCommand } from '../intents/format-command.js';
import type { Intent } from '../intents/intent.js';
import type { Reply, ReplyAudience, ReplyContent, Visibility } from './reply.js';

/**
 * Whom a reply concerns: an answer to a question, a remark (small talk: answered where it was
 * said, nothing to show anyone else), a digest reply by its scope, or a failure.
 */
type Concern = 'answer' | 'remark' | 'channel' | 'asker' | 'error';

function concernOf(content: ReplyContent): Concern {
  switch (content.type) {
    case 'digest':
      return content.scope;
    case 'error':
      return 'error';
    case 'message':
      return 'remark';
    default:
      return 'answer';
  }
}

/** Conversations only the asker reads: nothing is private there, and nothing to share. */
function isDirect(surface: Surface): boolean {
  return (
    surface.type === 'console' ||
    surface.type === 'direct-message' ||
    (surface.type === 'button' && surface.on === 'direct-message')
  );
}

function requestedOn(surface: Surface): Visibility | undefined {
  return surface.type === 'slash-command' || surface.type === 'button' ? surface.requested : undefined;
}

function visibilityOf(concern: Concern, ctx: ChatContext): Visibility {
  const { surface } = ctx;
  if (concern === 'asker' || isDirect(surface)) return 'private';
  // An apology is for the asker wherever the platform can answer them alone.
  if (concern === 'error') return surface.type === 'mention' ? 'channel' : 'private';
  const requested = requestedOn(surface);
  if (requested) return requested;
  if (concern === 'channel') return 'channel';
  // An answer, where the asker chose nothing.
  switch (surface.type) {
    case 'console':
    case 'direct-message':
    case 'slash-command':
      return 'private';
    case 'mention':
      return 'channel';
    case 'button':
      if (surface.on !== 'channel-message') return 'private';
      // The one rule that differs by platform (⁵ below), kept as each adapter had it.
      return ctx.platform === 'discord' ? 'channel' : 'private';
    default: {
      const unknown: never = surface;
      return unknown;
    }
  }
}

/** A private answer the channel may see: the asker can post it there (never in a DM). */
function shareable(concern: Concern, visibility: Visibility, surface: Surface): boolean {
  if (visibility !== 'private' || concern === 'asker' || concern === 'error' || concern === 'remark')
    return false;
  return !isDirect(surface);
}

/**
 * The command that shows the channel what the asker saw: one case (a random pick, a case shown
 * by id) as `show <id>`, not another roll of the dice; anything else as the answer's own command
 * (`formatCommand`), not as typed: "next", "only local ones" or "the second one" follow the
 * asker's conversation and would mean something else, or nothing, when replayed in the channel.
 */
function shareCommandOf(content: ReplyContent, intent: Intent): string {
  const only = content.cases.length === 1 ? content.cases[0] : undefined;
  if (only && (content.type === 'case' || intent.type === 'random')) return `show ${only.id}`;
  return formatCommand(intent);
}

/**
 * Who sees a reply and whether it can be shared: the core's one policy, from whom the reply
 * concerns and how the message came (`ctx.surface`). Adapters render the result.
 *
 * | How the message came                    | an answer¹      | a remark²    | digest for the channel³ | for the asker⁴ | error   |
 * | --------------------------------------- | --------------- | ------------ | ----------------------- | -------------- | ------- |
 * | console, direct message                 | private         | private      | private                 | private        | private |
 * | mention in a channel                    | channel         | channel      | channel                 | private        | channel |
 * | slash command                           | private + share | private      | channel                 | private        | private |
 * | slash command, asker chose `channel`⁵   | channel         | channel      | channel                 | private        | private |
 * | slash command, asker chose `private`⁵   | private + share | private      | private + share         | private        | private |
 * | button⁶ on the asker's private message  | private + share | private      | channel                 | private        | private |
 * | button on a message in a DM (Slack)     | private         | private      | private                 | private        | private |
 * | button on a message the channel sees    | see ⁷           | see ⁷        | channel                 | private        | private |
 * | Share button                            | channel         | –            | channel                 | private        | private |
 *
 * ¹ search results, a case, a random pick, counts ("how many…", "which topics"), a comparison,
 *   similar cases, help, nothing found (with its broader questions).
 * ² small talk ("thanks", "hi"), a follow-up with nothing to follow: said where it was asked,
 *   never shared (there is nothing in it for the channel).
 * ³ a digest subscribed, paused, resumed, unsubscribed or listed.
 * ⁴ digest previews and help, mistakes and refusals.
 * ⁵ Discord's `public:` option, left out meaning `private`.
 * ⁶ Every button on an answer replays a command, and what it shows follows this row: Details,
 *   Similar, More and Previous, a broader question (`relax`), another reading of the message
 *   (`alternative`), an example question, another random case.
 * ⁷ Slack: as a button on the asker's private message (the person who clicked gets an answer of
 *   their own); Discord: channel (the message is updated for everyone). The one rule that
 *   differs by platform.
 *
 * "+ share": `shareCommand` is set (see `shareCommandOf`), so the asker can post the same
 * answer to the channel. Nothing private by nature, no remark and no apology is ever shared.
 */
export function decideAudience(content: ReplyContent, ctx: ChatContext): ReplyAudience {
  const concern = concernOf(content);
  const visibility = visibilityOf(concern, ctx);
  if (!shareable(concern, visibility, ctx.surface) || content.intent === undefined) return { visibility };
  return { visibility, shareCommand: shareCommandOf(content, content.intent) };
}

/** The reply a handler built, with who sees it decided by `decideAudience`. */
export function withAudience(content: ReplyContent, ctx: ChatContext): Reply {
  const audience = decideAudience(content, ctx);
  if (content.type === 'digest') {
    const { scope: _scope, ...reply } = content;
    return { ...reply, ...audience };
  }
  return { ...content, ...audience };
}
