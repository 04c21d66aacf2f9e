import {
  type AllMiddlewareArgs,
  type BlockAction,
  type SlackActionMiddlewareArgs,
  type SlackEventMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import { exampleQuestions, renderPlainText } from '../../src/index.js';
import { chatContext } from './chat-context.js';
import { type HandlerDeps, NO_UNFURL, type SlackRequest } from './handler-deps.js';
import { renderSlackReply } from './render.js';
import {
  type HomeChannel,
  type HomeView,
  parseHomeDigestValue,
  renderHomeApology,
  renderHomeView,
} from './render-app-home.js';
import type { UserChannelsCache } from './user-channels.js';

/** Where the home is built: the person, their workspace, and Bolt's client for the request. */
export interface HomeFor {
  client: webApi.WebClient;
  userId: string;
  teamId: string | undefined;
  /** The person's conversations, when this request has listed them already. */
  channels?: Map<string, HomeChannel>;
  /** Listings kept briefly, so that opening the home often asks Slack little. */
  userChannels: UserChannelsCache;
}

/**
 * What the person's home shows now: the knowledge's size and examples, and the digests of the
 * channels they are in. The channels are asked of Slack only when the workspace has digests.
 */
async function buildHomeView(deps: HandlerDeps, home: HomeFor, notice?: string): Promise<HomeView> {
  const { bot, config } = deps;
  const countries = bot.countries();
  const view: HomeView = {
    cases: bot.knowledge.cases.length,
    countries: countries.length,
    examples: exampleQuestions({ cases: bot.knowledge.cases, countries }),
    command: config.command,
    digests: { type: 'unavailable', reason: 'Digests are not set up in this casebot.' },
  };
  if (notice !== undefined) view.notice = notice;
  if (!deps.digests) return view;
  const overview = await deps.digests.overview({
    platform: 'slack',
    ...(home.teamId ? { teamId: home.teamId } : {}),
  });
  if (overview.type === 'unavailable') {
    view.digests = overview;
    return view;
  }
  const channels =
    home.channels ?? (overview.digests.length === 0 ? new Map() : await channelsOrMissingScope(deps, home));
  if (channels === undefined) {
    view.digests = { type: 'unavailable', reason: MISSING_SCOPE_REASON };
    return view;
  }
  const items = overview.digests.flatMap((summary) => {
    const channel = channels.get(summary.target.channelId);
    return channel ? [{ summary, channel }] : [];
  });
  view.digests = { type: 'listed', items };
  return view;
}

/** What the home says when an app installed from an older manifest cannot list a person's channels. */
const MISSING_SCOPE_REASON =
  'casebot cannot see which channels you are in yet: whoever runs it should reinstall its Slack app from the current manifest (scopes channels:read, groups:read, im:read, mpim:read).';

/**
 * The person's conversations; undefined when the app lacks the scopes to list them (installed
 * before the Home tab existed), which the home explains rather than failing whole.
 */
async function channelsOrMissingScope(deps: HandlerDeps, home: HomeFor) {
  try {
    return await home.userChannels.recent(home.client, home.teamId, home.userId);
  } catch (err) {
    const data = (err as { code?: unknown; data?: { error?: unknown; needed?: unknown } }).data;
    if (
      (err as { code?: unknown }).code !== webApi.ErrorCode.PlatformError ||
      data?.error !== 'missing_scope'
    )
      throw err;
    deps.logger.warn(
      { err, needed: data.needed, userId: home.userId },
      'users.conversations refused: reinstall the Slack app from the current manifest for the App Home digests',
    );
    return undefined;
  }
}

async function publishHome(deps: HandlerDeps, home: HomeFor, notice?: string): Promise<void> {
  const view = await buildHomeView(deps, home, notice);
  await home.client.views.publish({ user_id: home.userId, view: renderHomeView(view) });
}

type Apology = Parameters<SlackRequest['apologise']>[0];

/** The apology alone in the home tab: for when the home itself could not be built. */
function apologiseInHome(home: HomeFor) {
  return (apology: Apology) =>
    home.client.views.publish({ user_id: home.userId, view: renderHomeApology(renderPlainText(apology)) });
}

/**
 * The apology for a click in the home, at the top of the home republished, where the person is
 * looking; the apology alone if the home cannot be built either.
 */
export function apologiseAboveHome(deps: HandlerDeps, home: HomeFor) {
  return async (apology: Apology) => {
    try {
      await publishHome(deps, home, renderPlainText(apology));
    } catch {
      await apologiseInHome(home)(apology);
    }
  };
}

/** The person opened casebot's Home tab: it is published for them, as it is now. */
export function homeOpenedRequest(
  { event, body, context, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs,
  deps: HandlerDeps,
  userChannels: UserChannelsCache,
): SlackRequest | undefined {
  if (event.tab !== 'home') return undefined;
  const home: HomeFor = {
    client,
    userId: event.user,
    teamId: context.teamId ?? body.team_id,
    userChannels,
  };
  const origin = { teamId: home.teamId, userId: event.user };
  return {
    ids: { kind: 'app_home_opened', requestId: body.event_id, ...origin },
    ctx: chatContext(origin, deps.config, { type: 'direct-message' }),
    answer: () => publishHome(deps, home),
    apologise: apologiseInHome(home),
  };
}

/** What a digest's button in the home does, as the core's `digest <kind> <id>`. */
export type HomeDigestKind = 'pause' | 'resume' | 'unsubscribe';

/**
 * Pause, Resume or Unsubscribe (confirmed in Slack's dialog) on a digest in the home
 * (acknowledged already): `digest <kind> <id>` asked of the core as if typed in the digest's
 * channel, so its rules hold (the subscription must be that channel's; SLACK_DIGEST_MANAGERS),
 * and the person must still be in that channel, asked of Slack afresh, never from the kept
 * listing. The channel is told as a typed command would tell it; the home is published again
 * with what happened at its top, a refusal included.
 */
export function homeDigestRequest(
  { body, action, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs,
  deps: HandlerDeps,
  userChannels: UserChannelsCache,
  kind: HomeDigestKind,
): SlackRequest | undefined {
  const target = action.type === 'button' ? parseHomeDigestValue(action.value) : undefined;
  if (target === undefined) return undefined;
  const home: HomeFor = { client, userId: body.user.id, teamId: body.team?.id, userChannels };
  const origin = { teamId: home.teamId, channelId: target.channelId, userId: home.userId };
  const ctx = chatContext(origin, deps.config, { type: 'button', on: 'private-message' });
  return {
    ids: { kind: `action:home-${kind}`, requestId: body.trigger_id, ...origin },
    ctx,
    answer: async () => {
      const channels = await userChannels.fresh(client, home.teamId, home.userId);
      home.channels = channels;
      const asked = {
        ...ctx,
        canManageDigests: ctx.canManageDigests === true && channels.has(target.channelId),
      };
      const reply = await deps.bot.answer(`digest ${kind} ${target.id}`, asked);
      let notice = renderPlainText(reply);
      if (reply.visibility === 'channel') {
        const message = renderSlackReply(reply, { commandPrefix: deps.config.command });
        await client.chat.postMessage({ channel: target.channelId, ...message, ...NO_UNFURL });
        notice += '\nThe channel was told.';
      }
      await publishHome(deps, home, notice);
    },
    apologise: apologiseAboveHome(deps, home),
  };
}
