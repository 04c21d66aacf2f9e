import { afterEach, describe, expect, it } from 'vitest';
import { startSlack } from '../../../adapters/slack/main.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { buildErrorReply, createCasebot, type Surface } from '../../../src/index.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import { startFakeSlackApi } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, startHarness, testSlackConfig } from './harness.js';
import { belgiumCase, resultsContent } from './reply-fixtures.js';
import { blockActionsBody, eventBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

let h: Harness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The core's one apology as Slack shows it on this surface. */
function apologyOn(surface: Surface, options: { commandPrefix?: string } = {}) {
  return renderSlackReply(buildErrorReply({ platform: 'slack', surface }), options);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Slack adapter under failure', () => {
  it('acknowledges a slash command before a slow answer is ready', async () => {
    const answer = deferred<ReplyContent>();
    let answered = false;
    h = await startHarness(
      stubBot(async () => {
        const reply = await answer.promise;
        answered = true;
        return reply;
      }),
    );
    const res = await sendToSlackApp(
      h.eventsUrl,
      slashCommandBody({ text: 'slow', responseUrl: h.fake.responseUrl('slow') }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(res.status).toBe(200);
    expect(answered).toBe(false);
    expect(h.fake.calls.filter((c) => c.kind === 'respond')).toHaveLength(0);
    answer.resolve(resultsContent([belgiumCase]));
    const late = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'slow');
    expect(late.body.response_type).toBe('ephemeral');
  });

  it('logs a failing handler with the request ids, apologises, and keeps running', async () => {
    let fail = true;
    h = await startHarness(
      stubBot(async () => {
        if (fail) throw new Error('index exploded');
        return resultsContent([belgiumCase]);
      }),
    );
    const body = slashCommandBody({
      text: 'boom',
      responseUrl: h.fake.responseUrl('boom'),
      triggerId: 'trig-boom',
    });
    expect((await sendToSlackApp(h.eventsUrl, body, 'form', { secret: SIGNING_SECRET })).status).toBe(200);
    const apology = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'boom');
    expect(apology.body).toEqual({
      response_type: 'ephemeral',
      ...apologyOn({ type: 'slash-command' }, { commandPrefix: '/initiatives' }),
    });
    const logged = await h.logs.waitFor((l) => l.msg === 'slack request failed');
    expect(logged).toMatchObject({
      level: 50,
      kind: 'command',
      requestId: 'trig-boom',
      teamId: 'T0TEAM',
      channelId: 'C0GENERAL',
      userId: 'U0ASKER',
      err: { message: 'index exploded' },
    });

    fail = false;
    const next = slashCommandBody({ text: 'fine', responseUrl: h.fake.responseUrl('fine') });
    await sendToSlackApp(h.eventsUrl, next, 'form', { secret: SIGNING_SECRET });
    const ok = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'fine');
    expect(ok.body.blocks).toBeDefined();
  });

  it('logs a refused Web API call for a mention and apologises in the thread', async () => {
    h = await startHarness(stubBot());
    h.fake.failNext('chat.postMessage', { ok: false, error: 'msg_too_long' });
    const event = {
      type: 'app_mention',
      user: 'U0ASKER',
      text: '<@UCASEBOT> hi',
      ts: '5.5',
      channel: 'CFAIL',
    };
    await sendToSlackApp(h.eventsUrl, eventBody(event, 'EvFail'), 'json', { secret: SIGNING_SECRET });
    const logged = await h.logs.waitFor((l) => l.msg === 'slack request failed');
    expect(logged).toMatchObject({ kind: 'app_mention', requestId: 'EvFail', channelId: 'CFAIL' });
    const { text } = apologyOn({ type: 'mention' });
    const apology = await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.text === text);
    expect(apology.body).toMatchObject({ channel: 'CFAIL', thread_ts: '5.5' });
  });

  it("answers a failing DM and a failing button with the core's apology", async () => {
    h = await startHarness(
      stubBot(async () => {
        throw new Error('index exploded');
      }),
    );
    const dm = {
      type: 'message',
      user: 'U0ASKER',
      text: 'hi',
      channel: 'DFAIL',
      channel_type: 'im',
      ts: '6.6',
    };
    await sendToSlackApp(h.eventsUrl, eventBody(dm, 'EvDm'), 'json', { secret: SIGNING_SECRET });
    const inDm = await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === 'DFAIL');
    expect(inDm.body).toMatchObject({ text: apologyOn({ type: 'direct-message' }).text });

    const click = blockActionsBody({
      actionId: 'casebot_more_1',
      value: 'search health page 2',
      responseUrl: h.fake.responseUrl('click'),
    });
    await sendToSlackApp(h.eventsUrl, click, 'form', { secret: SIGNING_SECRET });
    const answer = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'click');
    // A new private message: the asker's answer they clicked on stays as it was.
    expect(answer.body).toEqual({
      response_type: 'ephemeral',
      replace_original: false,
      ...apologyOn({ type: 'button', on: 'private-message' }, { commandPrefix: '/initiatives' }),
    });
  });

  it("shows the core's own catch-all apology the same way, for a failure inside the core", async () => {
    const bot = await createCasebot({
      knowledgeDir: 'knowledge',
      digests: {
        handle: () => Promise.reject(new Error('digest store unreachable')),
        overview: () => Promise.reject(new Error('digest store unreachable')),
      },
    });
    h = await startHarness(bot);
    const body = slashCommandBody({ text: 'digest list', responseUrl: h.fake.responseUrl('core') });
    await sendToSlackApp(h.eventsUrl, body, 'form', { secret: SIGNING_SECRET });
    const answer = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'core');
    const sink = apologyOn({ type: 'slash-command' }, { commandPrefix: '/initiatives' });
    expect(answer.body).toEqual({ response_type: 'ephemeral', ...sink });
  });

  it('refuses to start when auth.test rejects the token', async () => {
    const fake = await startFakeSlackApi();
    try {
      fake.failNext('auth.test', { ok: false, error: 'invalid_auth' });
      const { pino } = await import('pino');
      await expect(
        startSlack({
          config: testSlackConfig(fake.apiUrl),
          bot: stubBot(),
          logger: pino({ level: 'silent' }),
        }),
      ).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
    } finally {
      await fake.close();
    }
  });
});
