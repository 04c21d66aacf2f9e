import { afterEach, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../../adapters/slack/chat-context.js';
import { startSlack } from '../../../adapters/slack/main.js';
import type { Reply } from '../../../src/index.js';
import { startFakeSlackApi } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, startHarness, testSlackConfig } from './harness.js';
import { belgiumCase, resultsReply } from './reply-fixtures.js';
import { eventBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

let h: Harness | undefined;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Slack adapter under failure', () => {
  it('acknowledges a slash command before a slow answer is ready', async () => {
    const answer = deferred<Reply>();
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
    answer.resolve(resultsReply([belgiumCase]));
    const late = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'slow');
    expect(late.body.response_type).toBe('ephemeral');
  });

  it('logs a failing handler with the request ids, apologises, and keeps running', async () => {
    let fail = true;
    h = await startHarness(
      stubBot(async () => {
        if (fail) throw new Error('index exploded');
        return resultsReply([belgiumCase]);
      }),
    );
    const body = slashCommandBody({
      text: 'boom',
      responseUrl: h.fake.responseUrl('boom'),
      triggerId: 'trig-boom',
    });
    expect((await sendToSlackApp(h.eventsUrl, body, 'form', { secret: SIGNING_SECRET })).status).toBe(200);
    const apology = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'boom');
    expect(apology.body).toEqual({ response_type: 'ephemeral', text: APOLOGY });
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
    const apology = await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.text === APOLOGY);
    expect(apology.body).toMatchObject({ channel: 'CFAIL', thread_ts: '5.5' });
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
