import type { webApi } from '@slack/bolt';
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
