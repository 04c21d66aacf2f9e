import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AnswerBudget } from '../../../adapters/shared/answer-within.js';
import { createInFlight } from '../../../adapters/shared/in-flight.js';
import { startSlack } from '../../../adapters/slack/main.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { type Bot, buildErrorReply, type Surface } from '../../../src/index.js';
import type { ReplyContent } from '../../../src/replies/reply.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { startFakeSlackApi } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, startHarness, testSlackConfig } from './harness.js';
import { belgiumCase, resultsContent } from './reply-fixtures.js';
import { sendToSlackApp, slashCommandBody } from './slack-requests.js';
import { stubBot } from './stub-bot.js';

// Slash commands answered in the acknowledgement when the answer is ready within the budget,
// through response_url when it is not. The budget is injected: no test waits for a clock.

/** Every answer counts as ready in time (the core answered within the budget). */
const alwaysInTime: AnswerBudget = async (work) => ({ type: 'in-time', value: await work });
/** Every answer counts as late (the budget ran out first). */
const alwaysLate: AnswerBudget = async (work) => ({ type: 'late', value: work });

const SLASH: Surface = { type: 'slash-command' };
let h: Harness | undefined;
let seq = 0;

afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function slash(text: string) {
  seq += 1;
  const id = `ack${seq}`;
  const res = await sendToSlackApp(
    h!.eventsUrl,
    slashCommandBody({ text, responseUrl: h!.fake.responseUrl(id), triggerId: id }),
    'form',
    { secret: SIGNING_SECRET },
  );
  return { res, id };
}

/** Waits until the adapter finished with the request `id`, answered or failed. */
function settled(id: string) {
  return h!.logs.waitFor(
    (l) => l.requestId === id && (l.msg === 'slack request answered' || l.msg === 'slack request failed'),
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('Slack slash commands answered in the acknowledgement', () => {
  it('puts a ready answer in the ack body, as the core decided it, and posts nothing to response_url', async () => {
    const bot: Bot = await builtInBot();
    h = await startHarness(bot, {}, { answerBudget: alwaysInTime });
    const { res, id } = await slash('mental health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const reply = await bot.answer('mental health', { platform: 'slack', surface: SLASH });
    expect(reply.visibility).toBe('private');
    expect(await res.json()).toEqual({
      response_type: 'ephemeral',
      ...renderSlackReply(reply, { commandPrefix: '/initiatives' }),
    });
    await settled(id);
    expect(
      h.fake.calls.filter((c) => c.kind === 'respond' || (c.kind === 'api' && c.name !== 'auth.test')),
    ).toEqual([]);
  });

  it('answers in the ack with the real clock when the core is quick (SLACK_ANSWER_IN_ACK_MS)', async () => {
    h = await startHarness(stubBot(), { answerInAckMs: 2000 });
    const { res, id } = await slash('anything');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks).toEqual(
      renderSlackReply(await stubBot().answer('anything', { platform: 'slack', surface: SLASH }), {
        commandPrefix: '/initiatives',
      }).blocks,
    );
    await settled(id);
    expect(h.fake.taken(id)).toEqual([]);
  });

  it('acknowledges empty past the budget and answers through response_url once the answer is ready', async () => {
    const answer = deferred<ReplyContent>();
    h = await startHarness(
      stubBot(() => answer.promise),
      {},
      { answerBudget: alwaysLate },
    );
    const { res, id } = await slash('slow');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.fake.taken(id)).toEqual([]);
    answer.resolve(resultsContent([belgiumCase]));
    const late = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    expect(late.body.response_type).toBe('ephemeral');
    expect(late.body.blocks).toEqual(
      renderSlackReply(await stubBot().answer('slow', { platform: 'slack', surface: SLASH }), {
        commandPrefix: '/initiatives',
      }).blocks,
    );
  });

  it('keeps retrying the response_url on the fallback path', async () => {
    h = await startHarness(stubBot(), {}, { answerBudget: alwaysLate });
    seq += 1;
    const id = `ack${seq}`;
    h.fake.failRespond(id, { type: 'status', status: 500 });
    const res = await sendToSlackApp(
      h.eventsUrl,
      slashCommandBody({ text: 'x', responseUrl: h.fake.responseUrl(id), triggerId: id }),
      'form',
      { secret: SIGNING_SECRET },
    );
    expect(await res.text()).toBe('');
    await h.fake.waitForDelivered(id);
    expect(h.fake.calls.filter((c) => c.kind === 'respond' && c.name === id)).toHaveLength(2);
    expect(h.waits).toEqual([1000]);
  });

  it('puts the apology in the ack when the core fails within the budget', async () => {
    h = await startHarness(
      stubBot(async () => {
        throw new Error('boom');
      }),
      {},
      { answerBudget: alwaysInTime },
    );
    const { res, id } = await slash('breaks');
    expect(await res.json()).toEqual({
      response_type: 'ephemeral',
      ...renderSlackReply(buildErrorReply({ platform: 'slack', surface: SLASH }), {
        commandPrefix: '/initiatives',
      }),
    });
    const failed = await settled(id);
    expect(failed.msg).toBe('slack request failed');
    expect(h.fake.taken(id)).toEqual([]);
  });

  it('apologises through response_url when the core fails after the empty ack', async () => {
    const answer = deferred<ReplyContent>();
    h = await startHarness(
      stubBot(async () => {
        await answer.promise;
        throw new Error('late boom');
      }),
      {},
      { answerBudget: alwaysLate },
    );
    const { res, id } = await slash('breaks later');
    expect(await res.text()).toBe('');
    answer.resolve(resultsContent([]));
    const apology = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    expect(apology.body).toEqual({
      response_type: 'ephemeral',
      ...renderSlackReply(buildErrorReply({ platform: 'slack', surface: SLASH }), {
        commandPrefix: '/initiatives',
      }),
    });
  });
});

describe('work in flight while a command waits for its answer', () => {
  it('counts the command until its answer went out, in the ack or through response_url', async () => {
    const inFlight = createInFlight();
    const fake = await startFakeSlackApi();
    const answers = [deferred<ReplyContent>(), deferred<ReplyContent>()];
    let asked = 0;
    const budgets: AnswerBudget[] = [alwaysInTime, alwaysLate];
    const adapter = await startSlack({
      config: testSlackConfig(fake.apiUrl),
      bot: stubBot(() => answers[asked++]!.promise),
      logger: pino({ level: 'silent' }),
      inFlight,
      answerBudget: (work) => budgets[asked - 1]!(work),
    });
    const commands = () =>
      inFlight
        .pending()
        .filter((e) => e.kind === 'slack:command')
        .map((e) => e.id);
    try {
      const eventsUrl = `http://127.0.0.1:${adapter.port}/slack/events`;
      const send = (id: string) =>
        sendToSlackApp(
          eventsUrl,
          slashCommandBody({ text: id, responseUrl: fake.responseUrl(id), triggerId: id }),
          'form',
          { secret: SIGNING_SECRET },
        );
      // In time: the request stays open, and in flight, until the answer is ready.
      const inAck = send('fast');
      await vi.waitFor(() => expect(commands()).toEqual(['fast']));
      answers[0]!.resolve(resultsContent([belgiumCase]));
      expect(((await (await inAck).json()) as { response_type: string }).response_type).toBe('ephemeral');
      await inFlight.idle();
      // Late: acknowledged empty, still in flight until the response_url post is delivered.
      expect(await (await send('slow')).text()).toBe('');
      expect(commands()).toEqual(['slow']);
      answers[1]!.resolve(resultsContent([belgiumCase]));
      await inFlight.idle();
      expect(fake.delivered.has('slow')).toBe(true);
    } finally {
      await adapter.stop();
      await fake.close();
    }
  });
});
