import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUserChannelsCache, USER_CHANNELS_TTL_MS } from '../../../adapters/slack/user-channels.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';

// The App Home's per-person listing of conversations: Slack's real WebClient against the fake
// Slack API on 127.0.0.1, counting users.conversations calls; the clock injected.

let fake: FakeSlackApi;
let client: webApi.WebClient;

beforeAll(async () => {
  fake = await startFakeSlackApi();
  client = new webApi.WebClient('xoxb-test', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  fake.memberships.set('U1', [{ id: 'C1', name: 'one', is_channel: true }]);
  fake.memberships.set('U2', [{ id: 'C2', name: 'two', is_channel: true }]);
});
afterAll(() => fake.close());

const listingsOf = (user: string) =>
  fake.calls.filter((c) => c.name === 'users.conversations' && c.body.user === user).length;

describe('createUserChannelsCache', () => {
  it('asks Slack once per person within the TTL, and again once it has passed', async () => {
    let now = 1_000_000;
    const cache = createUserChannelsCache({ now: () => now });
    const before = listingsOf('U1');
    expect([...(await cache.recent(client, 'T1', 'U1')).keys()]).toEqual(['C1']);
    now += USER_CHANNELS_TTL_MS - 1;
    await cache.recent(client, 'T1', 'U1');
    expect(listingsOf('U1')).toBe(before + 1);
    now += 2;
    fake.memberships.set('U1', [{ id: 'C9', name: 'nine', is_channel: true }]);
    expect([...(await cache.recent(client, 'T1', 'U1')).keys()]).toEqual(['C9']);
    expect(listingsOf('U1')).toBe(before + 2);
    fake.memberships.set('U1', [{ id: 'C1', name: 'one', is_channel: true }]);
  });

  it('always asks Slack for a fresh listing, and keeps it for the next home', async () => {
    const cache = createUserChannelsCache({ now: () => 0 });
    const before = listingsOf('U2');
    await cache.recent(client, 'T1', 'U2');
    fake.memberships.set('U2', []);
    expect((await cache.fresh(client, 'T1', 'U2')).size).toBe(0);
    expect((await cache.recent(client, 'T1', 'U2')).size).toBe(0);
    expect(listingsOf('U2')).toBe(before + 2);
    fake.memberships.set('U2', [{ id: 'C2', name: 'two', is_channel: true }]);
  });

  it('keeps people of different workspaces apart, and at most maxPeople of them', async () => {
    const cache = createUserChannelsCache({ now: () => 0, maxPeople: 1 });
    const before = listingsOf('U1');
    await cache.recent(client, 'T1', 'U1');
    await cache.recent(client, 'T2', 'U1');
    expect(listingsOf('U1')).toBe(before + 2);
    // T2's listing pushed T1's out.
    await cache.recent(client, 'T2', 'U1');
    expect(listingsOf('U1')).toBe(before + 2);
    await cache.recent(client, 'T1', 'U1');
    expect(listingsOf('U1')).toBe(before + 3);
  });
});
