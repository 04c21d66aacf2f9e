import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_UNFURLS_PER_MESSAGE } from '../../../adapters/slack/handle-unfurl.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { renderCaseUnfurl } from '../../../adapters/slack/render-unfurl.js';
import type { Bot, Case } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import type { RecordedCall } from './fake-slack-api.js';
import { BOT_TOKEN, type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { blockActionsBody, eventBody, linkSharedEvent, sendToSlackApp } from './slack-requests.js';

// link_shared → chat.unfurl through the real Bolt app and Web API client, against the fake Slack.

let bot: Bot;
let h: Harness;
let cases: Case[];
let seq = 0;

beforeAll(async () => {
  bot = await builtInBot();
  cases = bot.knowledge.cases.filter((c) => c.url !== undefined);
  h = await startHarness(bot);
});

afterAll(async () => {
  await h?.close();
});

/** Posts a link_shared event; returns the message ts it names. */
async function share(urls: string[], extra: Parameters<typeof linkSharedEvent>[0] = { urls }) {
  seq += 1;
  const messageTs = `17000001${String(seq).padStart(2, '0')}.000100`;
  const event = linkSharedEvent({ messageTs, ...extra, urls });
  const res = await sendToSlackApp(h.eventsUrl, eventBody(event, `Ev${seq}`), 'json', {
    secret: SIGNING_SECRET,
  });
  expect(res.status).toBe(200);
  return messageTs;
}

const unfurlOf = (ts: string) => (c: RecordedCall) =>
  c.kind === 'api' && c.name === 'chat.unfurl' && c.body.ts === ts;

describe('Slack unfurls of links to cases', () => {
  it('has cases with pages in the built-in knowledge', () => {
    expect(cases.length).toBeGreaterThan(1);
  });

  it('unfurls a link to a known case with its card, as the bot', async () => {
    const known = cases[0]!;
    const ts = await share([known.url!]);
    const call = await h.fake.waitFor(unfurlOf(ts));
    expect(call.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call.body).toMatchObject({ channel: 'C0GENERAL', ts });
    expect(call.body.unfurls).toEqual({ [known.url!]: renderCaseUnfurl(known) });
  });

  it('recognises the page however the link is written, and keys the card by the link as posted', async () => {
    const known = cases[1]!;
    const written = `${known.url!.replace('https://', 'http://www.').replace(/\/$/, '')}?utm_source=mail`;
    const ts = await share([written]);
    const call = await h.fake.waitFor(unfurlOf(ts));
    expect(call.body.unfurls).toEqual({ [written]: renderCaseUnfurl(known) });
  });

  it('leaves links that are no known case alone, and unfurls only the known ones of a message', async () => {
    const unknown = 'https://oecd-opsi.org/innovations/not-a-case-we-know/';
    const lonely = await share([unknown]);
    const known = cases[0]!;
    const mixed = await share([unknown, known.url!]);
    const call = await h.fake.waitFor(unfurlOf(mixed));
    expect(Object.keys(call.body.unfurls as object)).toEqual([known.url]);
    expect(h.fake.calls.filter(unfurlOf(lonely))).toEqual([]);
  });

  it(`gives at most ${MAX_UNFURLS_PER_MESSAGE} cards to one message`, async () => {
    const many = cases.slice(0, MAX_UNFURLS_PER_MESSAGE + 2).map((c) => c.url!);
    expect(many.length).toBeGreaterThan(MAX_UNFURLS_PER_MESSAGE);
    const ts = await share(many);
    const call = await h.fake.waitFor(unfurlOf(ts));
    expect(Object.keys(call.body.unfurls as object)).toEqual(many.slice(0, MAX_UNFURLS_PER_MESSAGE));
  });

  it('unfurls a link still in the composer by its unfurl_id', async () => {
    const known = cases[0]!;
    await share([known.url!], { urls: [], composer: { unfurlId: 'Ucomposer-1' } });
    const call = await h.fake.waitFor((c) => c.name === 'chat.unfurl' && c.body.unfurl_id === 'Ucomposer-1');
    expect(call.body).toMatchObject({ source: 'composer', unfurl_id: 'Ucomposer-1' });
    expect(call.body.ts).toBeUndefined();
  });

  it("answers the card's Similar button with the cases like it, to whoever clicked", async () => {
    const known = cases[0]!;
    const [similar] = renderCaseUnfurl(known).blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.flatMap((e) => (e.type === 'button' ? [e] : [])) : [],
    );
    expect(similar?.value).toBe(`similar ${known.id}`);
    seq += 1;
    const id = `unfurl-click${seq}`;
    const res = await sendToSlackApp(
      h.eventsUrl,
      blockActionsBody({
        actionId: similar!.action_id,
        value: similar!.value,
        responseUrl: h.fake.responseUrl(id),
        ephemeral: false,
      }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    const answer = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    const reply = await bot.answer(similar!.value, {
      platform: 'slack',
      surface: { type: 'button', on: 'channel-message' },
    });
    expect(reply.type).toBe('results');
    expect(answer.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderSlackReply(reply, { commandPrefix: '/initiatives' }),
    });
  });

  it('answers the Similar button of a link preview, which comes without a response_url, with chat.postEphemeral', async () => {
    const known = cases[0]!;
    const [similar] = renderCaseUnfurl(known).blocks.flatMap((b) =>
      b.type === 'actions' ? b.elements.flatMap((e) => (e.type === 'button' ? [e] : [])) : [],
    );
    const res = await sendToSlackApp(
      h.eventsUrl,
      blockActionsBody({
        actionId: similar!.action_id,
        value: similar!.value,
        userId: 'U0CLICKER',
        unfurl: { url: known.url ?? 'https://oecd-opsi.org/innovations/x/' },
      }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    const posted = await h.fake.waitFor((c) => c.kind === 'api' && c.name === 'chat.postEphemeral');
    const reply = await bot.answer(similar!.value, {
      platform: 'slack',
      surface: { type: 'button', on: 'channel-message' },
    });
    expect(posted.body).toMatchObject({
      channel: 'C0GENERAL',
      user: 'U0CLICKER',
      text: renderSlackReply(reply, { commandPrefix: '/initiatives' }).text,
    });
  });

  it('logs a refused unfurl with the event id and keeps running', async () => {
    h.fake.failNext('chat.unfurl', { ok: false, error: 'cannot_unfurl_url' });
    const ts = await share([cases[0]!.url!]);
    await h.logs.waitFor((l) => l.msg === 'slack request failed' && l.kind === 'link_shared');
    const next = await share([cases[1]!.url!]);
    await h.fake.waitFor(unfurlOf(next));
    expect(h.fake.calls.filter(unfurlOf(ts))).toHaveLength(1);
  });
});
