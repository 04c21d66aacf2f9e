import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, SIGNING_SECRET, startHarness } from './harness.js';
import { eventBody, type SendOptions, sendToSlackApp, slashCommandBody } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

let h: Harness;
const bot = stubBot();

beforeAll(async () => {
  h = await startHarness(bot);
});

afterAll(async () => {
  await h?.close();
});

const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('request verification', () => {
  const command = () => slashCommandBody({ text: 'health', responseUrl: h.fake.responseUrl('sig') });

  it.each<[string, () => SendOptions]>([
    ['unsigned', () => ({ unsigned: true })],
    ['signed with the wrong secret', () => ({ secret: 'not-the-signing-secret-at-all' })],
    [
      'tampered with after signing',
      () => ({ secret: SIGNING_SECRET, signedBody: command().replace('health', 'other') }),
    ],
    ['more than 5 minutes old', () => ({ secret: SIGNING_SECRET, timestamp: nowSeconds() - 301 })],
    ['more than 5 minutes ahead', () => ({ secret: SIGNING_SECRET, timestamp: nowSeconds() + 360 })],
    ['far in the future', () => ({ secret: SIGNING_SECRET, timestamp: nowSeconds() + 86_400 })],
  ])('refuses a request %s with 401, before any handler', async (_what, options) => {
    const res = await sendToSlackApp(h.eventsUrl, command(), 'form', options());
    expect(res.status).toBe(401);
    const event = eventBody(
      { type: 'app_mention', user: 'U1', text: 'hi', ts: '1.1', channel: 'C1' },
      'EvSig',
    );
    const eventRes = await sendToSlackApp(h.eventsUrl, event, 'json', {
      ...options(),
      ...(options().signedBody ? { signedBody: event.replace('hi', 'ho') } : {}),
    });
    expect(eventRes.status).toBe(401);
  });

  it('lets a correctly signed request through, and no refused one ever reached the bot', async () => {
    const res = await sendToSlackApp(h.eventsUrl, command(), 'form', { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    await h.fake.waitFor((c) => c.kind === 'respond' && c.name === 'sig');
    expect(bot.asked).toEqual(['health']);
    expect(h.fake.calls.filter((c) => c.kind === 'respond')).toHaveLength(1);
    expect(h.fake.calls.filter((c) => c.name === 'chat.postMessage')).toHaveLength(0);
  });

  it('answers Slack’s URL verification challenge when signed', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'abc123', type: 'url_verification' });
    const res = await sendToSlackApp(h.eventsUrl, body, 'json', { secret: SIGNING_SECRET });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });
});
