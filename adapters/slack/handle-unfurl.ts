import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { caseLinksOf } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import type { HandlerDeps, SlackRequest } from './handler-deps.js';
import { renderCaseUnfurl, type SlackUnfurl } from './render-unfurl.js';

/** Cards per message: a message listing many cases does not become a wall of previews. */
export const MAX_UNFURLS_PER_MESSAGE = 5;

/**
 * A link posted to a domain casebot unfurls (`unfurl_domains`): links to a known case's page
 * get that case's card through `chat.unfurl`; any other link is left to Slack. Nothing to
 * apologise for in a preview: a failure is logged, and the link stays as it was.
 */
export function linkSharedRequest(
  { event, body, context, client }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs,
  deps: HandlerDeps,
): SlackRequest | undefined {
  const unfurls: Record<string, SlackUnfurl> = {};
  const caseLinks = caseLinksOf(deps.bot.knowledge.cases);
  for (const { url } of event.links) {
    const known = caseLinks.find(url);
    if (known !== undefined && Object.keys(unfurls).length < MAX_UNFURLS_PER_MESSAGE)
      unfurls[url] = renderCaseUnfurl(known);
  }
  if (Object.keys(unfurls).length === 0) return undefined;
  const origin = { teamId: context.teamId, channelId: event.channel, userId: event.user };
  // A link still in the message composer has no message yet: Slack names it by unfurl_id.
  const target =
    event.source === 'composer' && event.unfurl_id !== undefined
      ? { source: 'composer' as const, unfurl_id: event.unfurl_id }
      : { channel: event.channel, ts: event.message_ts };
  return {
    ids: { kind: 'link_shared', requestId: body.event_id, ...origin },
    ctx: chatContext(origin, deps.config, { type: 'mention' }),
    answer: async () => {
      await client.chat.unfurl({ ...target, unfurls });
    },
    apologise: async () => undefined,
  };
}
