import { afterEach, describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { CORE_APOLOGY } from '../../support/core-apology.js';
import type { RespondFailure } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { belgiumCase, resultsContent } from './reply-fixtures.js';
import { blockActionsBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

// Through the real Bolt app and HTTP receiver: the fake's response_url fails on command, and the
// answer must still reach the asker exactly once, by response_url or by the Web API fallback.

let h: Harness | undefined;
let seq = 0;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

const answer = resultsContent([belgiumCase]);
// A slash command's answer is private with a Share button, by the core's policy.
const expected = renderSlackReply(
  { ...answer, visibility: 'private', shareCommand: 'search digital' },
  { commandPrefix: '/initiatives' },
);

const serverError: RespondFailure = { type: 'status', status: 500, body: 'internal_error' };
const expired: RespondFailure = { type: 'status', status: 404, body: 'expired_url' };
const rateLimited = (seconds: number): RespondFailure => ({
  type: 'status',
  status: 429,
  body: 'rate_limited',
  headers: { 'retry-after': String(seconds) },
});

async function started(): Promise<Harness> {
  h = await startHarness(stubBot(async () => answer));
  return h;
}

/** Sends `/initiatives digital` whose response_url first fails as scripted; resolves with its id. */
async function slash(harness: Harness, ...failures: RespondFailure[]) {
  seq += 1;
  const id = `cmd${seq}`;
  harness.fake.failRespond(id, ...failures);
  const res = await sendToSlackApp(
    harness.eventsUrl,
    slashCommandBody({ text: 'digital', responseUrl: harness.fake.responseUrl(id), triggerId: `trig-${id}` }),
    'form',
    { secret: SIGNING_SECRET },
  );
  expect(res.status).toBe(200);
  return id;
}

const posts = (harness: Harness, id: string) =>
  harness.fake.calls.filter((c) => c.kind === 'respond' && c.name === id);
const api = (harness: Harness, method: string) =>
  harness.fake.calls.filter((c) => c.kind === 'api' && c.name === method);
const noApology = (harness: Harness) =>
  expect(JSON.stringify(harness.fake.calls.map((c) => c.body))).not.toContain(CORE_APOLOGY);

describe('a failed response_url post does not lose the answer', () => {
  it.each<[string, RespondFailure, number]>([
    ['a 500', serverError, 1000],
    ['a 429, after its Retry-After', rateLimited(7), 7000],
    ['a dropped connection', { type: 'drop' }, 1000],
  ])('retries after %s and delivers the answer once', async (_what, failure, wait) => {
    const harness = await started();
    const id = await slash(harness, failure);
    const delivered = await harness.fake.waitFor((c) => c.kind === 'respond' && c.name === id && !c.failure);
    expect(delivered.body).toEqual({ response_type: 'ephemeral', ...expected });
    expect(posts(harness, id).map((c) => c.failure ?? 'taken')).toEqual([
      failure.type === 'drop' ? 'dropped' : String(failure.status),
      'taken',
    ]);
    expect(harness.fake.taken(id)).toHaveLength(1);
    expect(harness.waits).toEqual([wait]);
    expect(api(harness, 'chat.postEphemeral')).toHaveLength(0);
    noApology(harness);
  });

  it('backs off 1 s then 2 s, then sends the answer with chat.postEphemeral', async () => {
    const harness = await started();
    const id = await slash(harness, serverError, serverError, serverError);
    const fallback = await harness.fake.waitFor((c) => c.name === 'chat.postEphemeral');
    expect(fallback.body).toEqual({
      team_id: 'T0TEAM',
      channel: 'C0GENERAL',
      user: 'U0ASKER',
      text: expected.text,
      blocks: expected.blocks,
    });
    expect(posts(harness, id)).toHaveLength(3);
    expect(harness.fake.taken(id)).toHaveLength(0);
    expect(harness.waits).toEqual([1000, 2000]);
    const logged = await harness.logs.waitFor((l) => l.via === 'chat.postEphemeral');
    expect(logged).toMatchObject({ requestId: `trig-${id}`, reason: 'still-failing', status: 500 });
    noApology(harness);
  });

  it('does not retry an expired response_url: the answer goes by chat.postEphemeral at once', async () => {
    const harness = await started();
    const id = await slash(harness, expired);
    const fallback = await harness.fake.waitFor((c) => c.name === 'chat.postEphemeral');
    expect(fallback.body).toMatchObject({ channel: 'C0GENERAL', user: 'U0ASKER', text: expected.text });
    expect(posts(harness, id)).toHaveLength(1);
    expect(harness.waits).toEqual([]);
    const logged = await harness.logs.waitFor((l) => l.via === 'chat.postEphemeral');
    expect(logged).toMatchObject({ reason: 'refused', status: 404, error: 'expired_url' });
    noApology(harness);
  });

  it('does not wait out a Retry-After longer than a minute', async () => {
    const harness = await started();
    const id = await slash(harness, rateLimited(600));
    await harness.fake.waitFor((c) => c.name === 'chat.postEphemeral');
    expect(posts(harness, id)).toHaveLength(1);
    expect(harness.waits).toEqual([]);
  });

  it('logs the lost answer with the request id when the fallback fails too, and sends no apology', async () => {
    const harness = await started();
    harness.fake.failNext('chat.postEphemeral', { ok: false, error: 'channel_not_found' });
    const id = await slash(harness, expired);
    const logged = await harness.logs.waitFor((l) => l.msg === 'could not deliver a Slack answer');
    expect(logged).toMatchObject({
      level: 50,
      requestId: `trig-${id}`,
      channelId: 'C0GENERAL',
      userId: 'U0ASKER',
      reason: 'refused',
      status: 404,
    });
    expect(JSON.stringify(harness.logs.raw)).not.toContain(harness.fake.responseUrl(id));
    noApology(harness);
    expect(harness.fake.taken(id)).toHaveLength(0);
  });

  it('shares in the channel with chat.postMessage when the response_url is gone, keeping the private copy', async () => {
    const harness = await started();
    seq += 1;
    const id = `act${seq}`;
    harness.fake.failRespond(id, expired);
    const res = await sendToSlackApp(
      harness.eventsUrl,
      blockActionsBody({
        actionId: 'casebot_share_1',
        value: 'digital',
        responseUrl: harness.fake.responseUrl(id),
      }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    const post = await harness.fake.waitFor((c) => c.name === 'chat.postMessage');
    const shared = renderSlackReply({ ...answer, visibility: 'channel' }, { sharedBy: 'U0ASKER' });
    expect(post.body).toMatchObject({ channel: 'C0GENERAL', text: shared.text, blocks: shared.blocks });
    await harness.logs.waitFor((l) => l.msg === 'could not remove the original message through response_url');
    // The URL answered 404 once: nothing else was sent to it.
    expect(posts(harness, id)).toHaveLength(1);
    expect(api(harness, 'chat.postEphemeral')).toHaveLength(0);
  });
});
