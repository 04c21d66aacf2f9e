import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { type SlackAdapter, startSlack } from '../../../adapters/slack/main.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.js';
import { SIGNING_SECRET, testSlackConfig } from './harness.js';
import { eventBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';

// A stop with answers still being delivered, through the real Bolt HTTP receiver: the adapter
// takes no new request, and the requests it acknowledged stay in flight until delivered.

let fake: FakeSlackApi;
let adapter: SlackAdapter;
const inFlight = createInFlight();

beforeAll(async () => {
  fake = await startFakeSlackApi();
  const config = testSlackConfig(fake.apiUrl);
  adapter = await startSlack({
    config,
    bot: await builtInBot(),
    logger: pino({ level: 'silent' }),
    inFlight,
  });
});

afterAll(async () => {
  await adapter.stop();
  await fake.close();
});

describe('the Slack adapter while stopping', () => {
  it('keeps every acknowledged request in flight until its answer is delivered, and refuses new ones', async () => {
    const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
    const send = (body: string, type: 'form' | 'json') =>
      sendToSlackApp(eventsUrl, body, type, { secret: SIGNING_SECRET });
    const responses = fake.holdResponses();
    const post = fake.hangNext('chat.postMessage');

    const command = slashCommandBody({
      text: 'mental health',
      responseUrl: fake.responseUrl('one'),
      triggerId: 'T-one',
    });
    expect((await send(command, 'form')).status).toBe(200);
    const mention = eventBody(
      {
        type: 'app_mention',
        user: 'U0ASKER',
        text: '<@UCASEBOT> countries',
        ts: '1700000100.000200',
        channel: 'C0DRAIN',
      },
      'Ev-drain',
    );
    expect((await send(mention, 'json')).status).toBe(200);
    await fake.waitFor((c) => c.kind === 'respond' && c.name === 'one');
    await post.arrived;
    expect(inFlight.pending().map((e) => [e.kind, e.id])).toEqual([
      ['slack:command', 'T-one'],
      ['slack:event', 'Ev-drain'],
    ]);

    const stopped = adapter.stopAccepting();
    const refused = slashCommandBody({ text: 'help', responseUrl: fake.responseUrl('two') });
    // Refused at the connection (closed or not accepted), never handled.
    await expect(send(refused, 'form')).rejects.toThrow('fetch failed');

    responses.release();
    post.release();
    await inFlight.idle();
    await stopped;
    expect([...fake.delivered]).toEqual(['one']);
    expect(fake.calls.some((c) => c.name === 'two')).toBe(false);
  });
});
