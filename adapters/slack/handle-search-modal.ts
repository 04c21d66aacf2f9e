import type {
  AllMiddlewareArgs,
  BlockAction,
  SlackActionMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
} from '@slack/bolt';
import { exampleQuestions, type Reply } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import { apologiseAboveHome } from './handle-app-home.js';
import { type HandlerDeps, NO_UNFURL, type SlackRequest } from './handler-deps.js';
import { renderSlackReply } from './render.js';
import { buildSearchMenus, renderSearchModal } from './search-modal.js';
import type { UserChannelsCache } from './user-channels.js';

/** The home's Search button (acknowledged already): the form opens with the knowledge's menus. */
export function openSearchModalRequest(
  { body, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  deps: HandlerDeps,
  userChannels: UserChannelsCache,
): SlackRequest {
  const { bot } = deps;
  const origin = { teamId: body.team?.id, userId: body.user.id };
  return {
    ids: { kind: 'action:home-search', requestId: body.trigger_id, ...origin },
    ctx: chatContext(origin, deps.config, { type: 'direct-message' }),
    answer: async () => {
      const example = exampleQuestions({ cases: bot.knowledge.cases, countries: bot.countries() })[0];
      await client.views.open({
        trigger_id: body.trigger_id,
        view: renderSearchModal(buildSearchMenus(bot), example ?? 'digital inclusion'),
      });
    },
    // The form did not open: the home says so, where the person clicked.
    apologise: apologiseAboveHome(deps, {
      client,
      userId: body.user.id,
      teamId: body.team?.id,
      userChannels,
    }),
  };
}

/**
 * A valid search form (acknowledged already, which closed it): answered in the person's DM
 * with casebot, as if they had typed the search there, so "next" and "the second one" typed in
 * that DM follow it (the DM's conversation holds it).
 */
export function searchSubmissionRequest(
  { body, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs,
  deps: HandlerDeps,
  command: string,
): SlackRequest {
  const userId = body.user.id;
  const teamId = body.team?.id;
  let dm: string | undefined;
  // Posting to the user's id reaches the same DM: the apology's way when it could not be opened.
  const send = (reply: Reply) =>
    client.chat.postMessage({ channel: dm ?? userId, ...renderSlackReply(reply), ...NO_UNFURL });
  const origin = { teamId, userId };
  return {
    ids: { kind: 'view:search', requestId: body.view.id, ...origin },
    ctx: chatContext(origin, deps.config, { type: 'direct-message' }),
    answer: async () => {
      const opened = await client.conversations.open({ users: userId });
      dm = opened.channel?.id;
      if (dm === undefined) throw new Error('conversations.open returned no channel');
      const ctx = chatContext({ teamId, channelId: dm, userId }, deps.config, { type: 'direct-message' });
      await send(await deps.bot.answer(command, ctx));
    },
    apologise: send,
  };
}
