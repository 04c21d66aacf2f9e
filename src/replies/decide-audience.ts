import type { ChatContext, Surface } from '../chat-context.js';
import { formatCommand } from '../intents/format-command.js';
import type { Reply, ReplyAudience, ReplyContent, Visibility } from './reply.js';

/** How a reply was asked for: who, where and how, and the message text the core received. */
export interface Asked {
  ctx: ChatContext;
  text: string;
}

/** Whom a reply concerns: an answer to a question, a digest reply by its scope, or a failure. */
type Concern = 'answer' | 'channel' | 'asker' | 'error';

function concernOf(content: ReplyContent): Concern {
  if (content.type === 'digest') return content.scope;
  return content.type === 'error' ? 'error' : 'answer';
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
  if (visibility !== 'private' || concern === 'asker' || concern === 'error') return false;
  return !isDirect(surface);
}

/**
 * The command that shows the channel what the asker saw: one case (a random pick, a case shown
 * by id) as `show <id>`, not another roll of the dice; anything else as the asker sent it.
 */
function shareCommandOf(content: ReplyContent, text: string): string {
  const only = content.cases.length === 1 ? content.cases[0] : undefined;
  if (only && (content.type === 'case' || content.intent?.type === 'random')) return `show ${only.id}`;
  return text.trim() === '' && content.intent ? formatCommand(content.intent) : text;
}

/**
 * Who sees a reply and whether it can be shared: the core's one policy, from whom the reply
 * concerns and how the message came (`ctx.surface`). Adapters render the result.
 *
 * | How the message came                  | an answer¹      | digest for the channel² | for the asker³ | error   |
 * | ------------------------------------- | --------------- | ----------------------- | -------------- | ------- |
 * | console, direct message               | private         | private                 | private        | private |
 * | mention in a channel                  | channel         | channel                 | private        | channel |
 * | slash command                         | private + share | channel                 | private        | private |
 * | slash command, asker chose `channel`⁴ | channel         | channel                 | private        | private |
 * | slash command, asker chose `private`⁴ | private + share | private + share         | private        | private |
 * | button on the asker's private message | private + share | channel                 | private        | private |
 * | button on a message in a DM (Slack)   | private         | private                 | private        | private |
 * | button on a message the channel sees  | see ⁵           | channel                 | private        | private |
 * | Share button                          | channel         | channel                 | private        | private |
 *
 * ¹ search, a case, a random pick, a country, countries, help, nothing found.
 * ² a digest subscribed, paused, resumed, unsubscribed or listed.
 * ³ digest previews and help, mistakes and refusals.
 * ⁴ Discord's `public:` option, left out meaning `private`.
 * ⁵ Slack: private + share (the person who clicked gets an answer of their own); Discord:
 *   channel (the message is updated for everyone). The one rule that differs by platform.
 *
 * "+ share": `shareCommand` is set (see `shareCommandOf`), so the asker can post the same
 * answer to the channel. Nothing private by nature, and no apology, is ever shared.
 */
export function decideAudience(content: ReplyContent, asked: Asked): ReplyAudience {
  const concern = concernOf(content);
  const visibility = visibilityOf(concern, asked.ctx);
  if (!shareable(concern, visibility, asked.ctx.surface)) return { visibility };
  return { visibility, shareCommand: shareCommandOf(content, asked.text) };
}

/** The reply a handler built, with who sees it decided by `decideAudience`. */
export function withAudience(content: ReplyContent, asked: Asked): Reply {
  const audience = decideAudience(content, asked);
  if (content.type === 'digest') {
    const { scope: _scope, ...reply } = content;
    return { ...reply, ...audience };
  }
  return { ...content, ...audience };
}
