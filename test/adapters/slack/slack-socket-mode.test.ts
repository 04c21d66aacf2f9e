import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { BOT_TOKEN, type Harness, startHarness } from './harness.js';
import { stubBot } from './stub-bot.js';

const APP_TOKEN = 'xapp-1-A0CASEBOT-0000-never-logged';
let h: Harness;
const bot = stubBot();

beforeAll(async () => {
  h = await startHarness(bot, { mode: 'socket', appToken: APP_TOKEN });
});

afterAll(async () => {
  await h?.close();
});

describe('Socket Mode', () => {
  it('opens the connection through SLACK_API_URL with the app token', async () => {
    const open = await h.fake.waitFor((c) => c.name === 'apps.connections.open');
    expect(open.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    const auth = await h.fake.waitFor((c) => c.name === 'auth.test');
    expect(auth.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(h.adapter.port).toBeUndefined();
  });

  it('acknowledges a slash command envelope and answers through response_url', async () => {
    h.fake.sendEnvelope({
      envelope_id: 'env-cmd-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: {
        team_id: 'T0TEAM',
        channel_id: 'C0GENERAL',
        user_id: 'U0ASKER',
        command: '/initiatives',
        text: 'digital',
        response_url: h.fake.responseUrl('socket-cmd'),
        trigger_id: 'trig-socket',
        api_app_id: 'A0CASEBOT',
      },
    });
    const ack = await h.fake.waitFor((c) => c.kind === 'socket' && c.body.envelope_id === 'env-cmd-1');
    expect(ack.body).toEqual({ envelope_id: 'env-cmd-1', payload: {} });
    const answer = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'socket-cmd');
    expect(answer.body).toEqual({
      response_type: 'ephemeral',
      ...renderSlackReply(
        await bot.answer('digital', { platform: 'slack', surface: { type: 'slash-command' } }),
        {
          commandPrefix: '/initiatives',
        },
      ),
    });
    expect(JSON.stringify(answer.body.blocks)).toContain(
      '"text":"Share in channel","emoji":true},"value":"search digital"',
    );
  });

  it('answers a mention and skips a redelivered envelope of the same event', async () => {
    const envelope = (id: string, attempt: number) => ({
      envelope_id: id,
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: attempt,
      retry_reason: attempt > 0 ? 'timeout' : '',
      payload: {
        team_id: 'T0TEAM',
        api_app_id: 'A0CASEBOT',
        type: 'event_callback',
        event_id: 'EvSocket1',
        event_time: 1_700_000_000,
        event: {
          type: 'app_mention',
          user: 'U0ASKER',
          text: '<@UCASEBOT> digital',
          ts: '9.9',
          channel: 'CSOCKET',
        },
      },
    });
    h.fake.sendEnvelope(envelope('env-ev-1', 0));
    await h.fake.waitFor((c) => c.name === 'chat.postMessage' && c.body.channel === 'CSOCKET');
    h.fake.sendEnvelope(envelope('env-ev-2', 1));
    await h.fake.waitFor((c) => c.kind === 'socket' && c.body.envelope_id === 'env-ev-2');
    await h.logs.waitFor((l) => l.eventId === 'EvSocket1' && l.retryNum === 1);
    expect(
      h.fake.calls.filter((c) => c.name === 'chat.postMessage' && c.body.channel === 'CSOCKET'),
    ).toHaveLength(1);
  });

  it('never logs the app token', () => {
    expect(h.logs.raw.length).toBeGreaterThan(0);
    expect(h.logs.raw.join('\n')).not.toContain(APP_TOKEN);
  });
});
