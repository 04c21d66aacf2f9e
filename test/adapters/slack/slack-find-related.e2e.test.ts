import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIND_RELATED_CALLBACK_ID } from '../../../adapters/slack/find-related.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import type { Bot, Case, Surface } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import { type Harness, SIGNING_SECRET, spyBot, startHarness } from './harness.js';
import { limitProblems, markupProblems } from './slack-limits.js';
import { messageShortcutBody, sendToSlackApp } from './slack-requests.js';

// The message shortcut "Find related cases" through the real Bolt app, against the fake Slack.

const SLASH: Surface = { type: 'slash-command' };
let bot: Bot;
let spy: ReturnType<typeof spyBot>;
let h: Harness;
let linked: Case;
let seq = 0;

beforeAll(async () => {
  bot = await builtInBot();
  spy = spyBot(bot);
  linked = bot.knowledge.cases.find((c) => c.url !== undefined)!;
  h = await startHarness(spy);
});

afterAll(async () => {
  await h?.close();
});

async function findRelated(text: string, extra: { callbackId?: string } = {}) {
  seq += 1;
  const id = `sc${seq}`;
  const res = await sendToSlackApp(
    h.eventsUrl,
    messageShortcutBody({
      callbackId: extra.callbackId ?? FIND_RELATED_CALLBACK_ID,
      text,
      responseUrl: h.fake.responseUrl(id),
      triggerId: id,
    }),
    'form',
    { secret: SIGNING_SECRET },
  );
  return { res, id };
}

async function expectedFor(command: string) {
  const reply = await bot.answer(command, { platform: 'slack', surface: SLASH });
  return { response_type: 'ephemeral', ...renderSlackReply(reply, { commandPrefix: '/initiatives' }) };
}

describe('Find related cases (Slack message shortcut)', () => {
  it('acknowledges at once and answers privately with the cases like the message words', async () => {
    const { res, id } = await findRelated(
      'Has anyone trained <@U0BOSS|boss> public officials in <https://example.org/x|digital skills> &amp; help?',
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const answer = await h.fake.waitFor((c) => c.kind === 'respond' && c.name === id);
    const command = 'similar to "Has anyone trained @boss public officials in digital skills & help?"';
    expect(spy.asked.at(-1)).toMatchObject({ text: command, ctx: { surface: SLASH, userId: 'U0ASKER' } });
    expect(answer.body).toEqual(await expectedFor(command));
    const message = answer.body as unknown as Parameters<typeof limitProblems>[0];
    expect(limitProblems(message)).toEqual([]);
    expect(markupProblems(message)).toEqual([]);
  });

  it("answers a message linking a case with the case's card, then the cases like it", async () => {
    const { id } = await findRelated(`worth a look: <${linked.url}|this one>`);
    await vi.waitFor(() => expect(h.fake.taken(id)).toHaveLength(2), { timeout: 5000 });
    const taken = h.fake.taken(id);
    expect(taken.map((c) => c.body)).toEqual([
      await expectedFor(`show ${linked.id}`),
      await expectedFor(`similar ${linked.id}`),
    ]);
  });

  it('leaves a shortcut of another app to others: acknowledged as not ours', async () => {
    const { res } = await findRelated('anything', { callbackId: 'someone_else' });
    expect(res.status).toBe(404);
  });
});
