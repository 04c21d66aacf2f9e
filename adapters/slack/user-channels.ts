import type { webApi } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import type { HomeChannel } from './render-app-home.js';

/** Slack's advice for `users.conversations` pages: at most 200 per call. */
const PAGE_LIMIT = 200;
/** 10,000 conversations: past that, a person's other channels are not looked at. */
const MAX_PAGES = 50;

function kindOf(channel: { is_im?: boolean; is_mpim?: boolean }): HomeChannel['kind'] {
  if (channel.is_im) return 'dm';
  if (channel.is_mpim) return 'group-dm';
  return 'channel';
}

/**
 * The conversations `userId` is in (channels, private channels, group DMs, their DM with
 * casebot), by id, from `users.conversations`, every page. Private ones are those casebot is
 * in too, which are the only ones casebot can post a digest to.
 */
export async function loadUserChannels(
  client: webApi.WebClient,
  userId: string,
): Promise<Map<string, HomeChannel>> {
  const channels = new Map<string, HomeChannel>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.users.conversations({
      user: userId,
      types: 'public_channel,private_channel,mpim,im',
      exclude_archived: true,
      limit: PAGE_LIMIT,
      ...(cursor ? { cursor } : {}),
    });
    for (const c of result.channels ?? []) {
      if (!c.id) continue;
      const channel: HomeChannel = { id: c.id, kind: kindOf(c) };
      if (c.name) channel.name = c.name;
      channels.set(c.id, channel);
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!cursor) break;
  }
  return channels;
}

/** How long a person's listed conversations serve their Home tab: opening it again soon asks Slack nothing. */
export const USER_CHANNELS_TTL_MS = 60_000;
/** People whose conversations are kept, at most; the least recently seen go first. */
export const USER_CHANNELS_MAX_PEOPLE = 5_000;

/**
 * `users.conversations` is Tier 3 (about 50 calls a minute per workspace): many people opening
 * the Home tab at once would be slowed by it. The listing is kept a short while per person for
 * showing the home; a click that changes a digest lists afresh (a person who left a channel must
 * not act on it), and that fresh listing replaces the kept one.
 */
export interface UserChannelsCache {
  /** The person's conversations, listed at most once per TTL. */
  recent(
    client: webApi.WebClient,
    teamId: string | undefined,
    userId: string,
  ): Promise<Map<string, HomeChannel>>;
  /** The person's conversations asked of Slack now, kept for the next {@link recent}. */
  fresh(
    client: webApi.WebClient,
    teamId: string | undefined,
    userId: string,
  ): Promise<Map<string, HomeChannel>>;
}

export interface UserChannelsCacheOptions {
  ttlMs?: number;
  maxPeople?: number;
  /** Clock in milliseconds; injected in tests. */
  now?: () => number;
}

export function createUserChannelsCache(options: UserChannelsCacheOptions = {}): UserChannelsCache {
  const { ttlMs = USER_CHANNELS_TTL_MS, maxPeople = USER_CHANNELS_MAX_PEOPLE, now = Date.now } = options;
  const kept = new LRUCache<string, Map<string, HomeChannel>>({
    max: maxPeople,
    ttl: ttlMs,
    // Read the clock on every check: with the default the test clock would be cached for 1 ms.
    ttlResolution: 0,
    perf: { now },
  });
  // A person's id is unique only within a workspace (an org-wide install serves several).
  const keyOf = (teamId: string | undefined, userId: string) => `${teamId ?? ''}:${userId}`;
  const fresh: UserChannelsCache['fresh'] = async (client, teamId, userId) => {
    const channels = await loadUserChannels(client, userId);
    kept.set(keyOf(teamId, userId), channels);
    return channels;
  };
  return {
    async recent(client, teamId, userId) {
      return kept.get(keyOf(teamId, userId)) ?? (await fresh(client, teamId, userId));
    },
    fresh,
  };
}
