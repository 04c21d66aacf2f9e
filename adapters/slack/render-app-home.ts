import type { DigestSummary } from '../../src/index.js';
import { button, contextBlock, headerBlock, plainText, sectionBlock } from './block-kit.js';
import { escapeAndTruncate, escapeMrkdwn } from './escape.js';
import {
  SLACK_MAX_CONFIRM_BUTTON,
  SLACK_MAX_CONFIRM_TEXT,
  SLACK_MAX_CONFIRM_TITLE,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MAX_VIEW_BLOCKS,
  SLACK_VIEW_BUDGET,
} from './limits.js';
import type { SlackBlock, SlackConfirm } from './payload.js';

/** The Search button's `action_id`. */
export const HOME_SEARCH_ACTION_ID = 'casebot_home_search';
/**
 * A digest's Pause, Resume or Unsubscribe button: `casebot_home_<kind>_<n>`, unique within the
 * view.
 */
export const HOME_DIGEST_ACTION_PATTERN = /^casebot_home_(pause|resume|unsubscribe)_\d+$/;
/** Every `action_id` of the home view. */
export const HOME_ACTION_ID_PATTERN = /^casebot_home_(search|pause_\d+|resume_\d+|unsubscribe_\d+)$/;
/**
 * Digests listed with their own buttons, at most: two blocks each (the digest with Pause or
 * Resume, then Unsubscribe) and the view's other blocks (a dozen) stay inside Slack's 100 blocks
 * per view; the rest are counted in one line.
 */
export const HOME_MAX_DIGESTS = 40;
/** Example questions shown, at most. */
const HOME_MAX_EXAMPLES = 6;

/** A conversation a digest posts to, as `users.conversations` describes it. */
export interface HomeChannel {
  id: string;
  /** Channels and group DMs have names; a DM with casebot has none. */
  name?: string;
  kind: 'channel' | 'group-dm' | 'dm';
}

/** A digest of one of the person's channels. */
export interface HomeDigest {
  summary: DigestSummary;
  channel: HomeChannel;
}

/** What the home view shows; `render*` makes it Block Kit. */
export interface HomeView {
  /** How many cases, from how many countries, the knowledge holds. */
  cases: number;
  countries: number;
  /** Questions drawn from the knowledge (`exampleQuestions`). */
  examples: string[];
  /** The slash command, e.g. `/initiatives`. */
  command: string;
  digests: { type: 'listed'; items: HomeDigest[] } | { type: 'unavailable'; reason: string };
  /** What the person's last click did (a digest paused, a refusal), shown at the top. */
  notice?: string;
}

/** What a digest button carries: the subscription and the channel it belongs to. */
export interface HomeDigestTarget {
  id: string;
  channelId: string;
}

/** The button's value back as a target; undefined for anything casebot did not put there. */
export function parseHomeDigestValue(value: string | undefined): HomeDigestTarget | undefined {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { id, channelId } = parsed as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9]{1,32}$/.test(id)) return undefined;
    if (typeof channelId !== 'string' || !/^[CDG][A-Z0-9]{2,}$/.test(channelId)) return undefined;
    return { id, channelId };
  } catch {
    return undefined;
  }
}

function channelLabel(channel: HomeChannel): string {
  switch (channel.kind) {
    case 'channel':
      return `#${escapeMrkdwn(channel.name ?? channel.id)}`;
    case 'group-dm':
      return 'a group DM';
    case 'dm':
      return 'your DM with casebot';
    default: {
      const unknown: never = channel.kind;
      return unknown;
    }
  }
}

/** Unsubscribing cannot be undone from the home: Slack asks first. */
function unsubscribeConfirm(item: HomeDigest): SlackConfirm {
  const text = `Digest ${item.summary.id} stops posting to ${plainChannelLabel(item.channel)} for everyone, and the channel is told. A new one can be set up with the digest command.`;
  return {
    title: plainText('Unsubscribe this digest?', SLACK_MAX_CONFIRM_TITLE),
    text: plainText(text, SLACK_MAX_CONFIRM_TEXT),
    confirm: plainText('Unsubscribe', SLACK_MAX_CONFIRM_BUTTON),
    deny: plainText('Keep it', SLACK_MAX_CONFIRM_BUTTON),
    style: 'danger',
  };
}

function plainChannelLabel(channel: HomeChannel): string {
  return channel.kind === 'channel' ? `#${channel.name ?? channel.id}` : 'its conversation';
}

/** The digest with Pause or Resume beside it, then Unsubscribe (confirmed) under it. */
function digestBlocksOf(item: HomeDigest, n: number): SlackBlock[] {
  const value = JSON.stringify({
    id: item.summary.id,
    channelId: item.channel.id,
  } satisfies HomeDigestTarget);
  const made = button('Unsubscribe…', value, `casebot_home_unsubscribe_${n}`);
  const unsubscribe = made && { ...made, style: 'danger' as const, confirm: unsubscribeConfirm(item) };
  const actions: SlackBlock[] = unsubscribe
    ? [{ type: 'actions', block_id: `casebot_home_unsubscribe_${n}`, elements: [unsubscribe] }]
    : [];
  return [digestBlock(item, n), ...actions];
}

function digestBlock(item: HomeDigest, n: number): SlackBlock {
  const { summary, channel } = item;
  const state = summary.paused
    ? `_Paused: ${escapeMrkdwn(summary.paused.reason)}_`
    : `_${escapeMrkdwn(summary.next ?? '')}_`;
  const text = [
    `*${channelLabel(channel)}* · digest \`${escapeMrkdwn(summary.id)}\``,
    escapeMrkdwn(`${summary.schedule} · ${summary.contents}`),
    state,
  ].join('\n');
  const kind = summary.paused ? 'resume' : 'pause';
  const value = JSON.stringify({ id: summary.id, channelId: channel.id } satisfies HomeDigestTarget);
  const action = button(kind === 'pause' ? 'Pause' : 'Resume', value, `casebot_home_${kind}_${n}`);
  return { ...sectionBlock(text, action), block_id: `casebot_home_digest_${n}` };
}

/** Room kept for the "…and N more" line when digests are cut to fit the view's budget. */
const MORE_LINE_ROOM = 500;

/** The digests' blocks: as many as fit the block count and what is left of the view's budget. */
function digestBlocks(view: HomeView, room: number): SlackBlock[] {
  const { digests, command } = view;
  if (digests.type === 'unavailable')
    return [sectionBlock(escapeAndTruncate(digests.reason, SLACK_MAX_SECTION_TEXT))];
  if (digests.items.length === 0)
    return [
      sectionBlock(
        `No digests in your channels yet. In a channel, \`${escapeMrkdwn(command)} digest\` sets one up.`,
      ),
    ];
  const shown: SlackBlock[] = [];
  let left = room - MORE_LINE_ROOM;
  let listed = 0;
  for (const [n, item] of digests.items.slice(0, HOME_MAX_DIGESTS).entries()) {
    const blocks = digestBlocksOf(item, n);
    const cost = JSON.stringify(blocks).length;
    if (cost > left) break;
    shown.push(...blocks);
    listed += 1;
    left -= cost;
  }
  const more = digests.items.length - listed;
  if (more > 0)
    shown.push(
      contextBlock([
        `…and ${more} more. \`${escapeMrkdwn(command)} digest list\` in a channel lists all of its digests.`,
      ]),
    );
  return shown;
}

/**
 * The App Home tab (`views.publish`): what casebot is and how much it knows, questions to try
 * drawn from the knowledge, a Search button, and the digests of the person's channels with
 * Pause or Resume, and Unsubscribe behind a confirmation. Every text from users or the knowledge is escaped: nothing in it pings.
 */
export function renderHomeView(view: HomeView) {
  const prefix = escapeMrkdwn(view.command);
  const cases = `${view.cases} case${view.cases === 1 ? '' : 's'}`;
  const countries = `${view.countries} countr${view.countries === 1 ? 'y' : 'ies'}`;
  const examples = view.examples
    .slice(0, HOME_MAX_EXAMPLES)
    .map((q) => `• \`${prefix} ${escapeAndTruncate(q, 200)}\``);
  const top: SlackBlock[] = [
    headerBlock('casebot'),
    ...(view.notice ? [noticeBlock(view.notice)] : []),
    sectionBlock(
      `casebot answers questions about public-sector innovation case studies. It knows *${cases} from ${countries}*. ` +
        `Ask with \`${prefix} ${escapeMrkdwn('<question>')}\`, by mentioning casebot in a channel, or in the Messages tab here; ` +
        'answers to the slash command are yours alone until you share them.',
    ),
    ...(examples.length > 0 ? [sectionBlock(['*Try asking*', ...examples].join('\n'))] : []),
    { type: 'actions', block_id: 'casebot_home_search', elements: searchButton() },
    { type: 'divider' },
    headerBlock('Digests in your channels'),
  ];
  const room = SLACK_VIEW_BUDGET - JSON.stringify(top).length - 100;
  const blocks = [...top, ...digestBlocks(view, room)];
  return {
    type: 'home' as const,
    callback_id: 'casebot_home',
    blocks: blocks.slice(0, SLACK_MAX_VIEW_BLOCKS),
  };
}

/** What the last click did: its first line (the core's heading) in bold. */
function noticeBlock(notice: string): SlackBlock {
  const [heading = '', ...rest] = notice.split('\n');
  const lines = [`*${escapeMrkdwn(heading)}*`, ...rest.map(escapeMrkdwn)].join('\n');
  return sectionBlock(lines);
}

function searchButton() {
  const search = button('Search cases…', 'search', HOME_SEARCH_ACTION_ID, true);
  return search ? [search] : [];
}

/** The home view when building it failed: the core's apology, so the tab is never blank. */
export function renderHomeApology(apology: string) {
  return {
    type: 'home' as const,
    callback_id: 'casebot_home',
    blocks: [headerBlock('casebot'), sectionBlock(escapeAndTruncate(apology, SLACK_MAX_SECTION_TEXT))],
  };
}
