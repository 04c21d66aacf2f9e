import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackBlock, SlackStaticSelect } from '../../../adapters/slack/payload.js';
import { type Bot, parseIntent } from '../../../src/index.js';
import { builtInBot } from '../../support/built-in-bot.js';
import type { RecordedCall } from './fake-slack-api.js';
import { type Harness, SIGNING_SECRET, spyBot, startHarness } from './harness.js';
import { limitProblems } from './slack-limits.js';
import { blockActionsBody, sendToSlackApp, slashCommandBody } from './slack-requests.js';

let bot: Bot;
let spy: ReturnType<typeof spyBot>;
let h: Harness;
let seq = 0;

beforeAll(async () => {
  bot = await builtInBot();
  spy = spyBot(bot);
  h = await startHarness(spy);
});

afterAll(async () => {
  await h?.close();
});

const isRespond = (id: string) => (c: RecordedCall) => c.kind === 'respond' && c.name === id;

function selectsOf(blocks: SlackBlock[]): SlackStaticSelect[] {
  return blocks.flatMap((b) =>
    b.type === 'actions' ? b.elements.filter((e): e is SlackStaticSelect => e.type === 'static_select') : [],
  );
}

async function send(body: (responseUrl: string) => string): Promise<string> {
  seq += 1;
  const id = `menu${seq}`;
  const res = await sendToSlackApp(h.eventsUrl, body(h.fake.responseUrl(id)), 'form', {
    secret: SIGNING_SECRET,
  });
  expect(res.status).toBe(200);
  return id;
}

describe('Slack filter menus end to end (Bolt against the fake Slack API)', () => {
  it('a list carries country, topic and year menus; choosing a country re-runs the question with it, in place', async () => {
    const asked = await send((responseUrl) => slashCommandBody({ text: 'list', responseUrl }));
    const answer = await h.fake.waitFor(isRespond(asked));
    const blocks = answer.body.blocks as SlackBlock[];
    expect(limitProblems({ text: String(answer.body.text), blocks })).toEqual([]);
    const selects = selectsOf(blocks);
    expect(selects.map((s) => s.placeholder.text.split(':')[0])).toEqual([
      'Filter by country',
      'Filter by topic',
      'Filter by year',
    ]);
    // A menu cut to the message's room says so, and how many values there are.
    for (const select of selects)
      if (select.placeholder.text.includes(':'))
        expect(select.placeholder.text).toMatch(new RegExp(`: top ${select.options.length} of \\d+ \\w+$`));
    const country = selects[0]!;
    const chosen = country.options[0]!;

    const clicked = await send((responseUrl) =>
      blockActionsBody({
        actionId: country.action_id,
        value: chosen.value,
        selectedText: chosen.text.text,
        responseUrl,
        ephemeral: true,
      }),
    );
    const updated = await h.fake.waitFor(isRespond(clicked));
    // The asker's own (private) answer is replaced by the narrowed one.
    expect(updated.body.replace_original).toBe(true);
    expect(spy.asked.at(-1)?.text).toBe(chosen.value);
    const intent = parseIntent(chosen.value);
    expect(intent.type === 'search' && intent.filters.countries?.length).toBe(1);
    const narrowed = await bot.answer(chosen.value);
    expect(updated.body.blocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'header',
          text: expect.objectContaining({ text: narrowed.heading }),
        }),
      ]),
    );
    // "(3)" in the option's text is how many cases the narrowed answer has.
    expect(chosen.text.text).toMatch(new RegExp(`\\(${narrowed.total}\\)$`));
    // The narrowed answer no longer offers its own country.
    const again = selectsOf(updated.body.blocks as SlackBlock[]);
    expect(again.flatMap((s) => s.options.map((o) => o.value))).not.toContain(chosen.value);
  });

  it('a topic chosen from a search keeps the words and adds the topic', async () => {
    const asked = await send((responseUrl) => slashCommandBody({ text: 'services', responseUrl }));
    const answer = await h.fake.waitFor(isRespond(asked));
    const topic = selectsOf(answer.body.blocks as SlackBlock[]).find(
      (s) => s.placeholder.text === 'Filter by topic',
    );
    expect(topic).toBeDefined();
    const chosen = topic!.options[0]!;
    const clicked = await send((responseUrl) =>
      blockActionsBody({
        actionId: topic!.action_id,
        value: chosen.value,
        selectedText: chosen.text.text,
        responseUrl,
      }),
    );
    await h.fake.waitFor(isRespond(clicked));
    const intent = parseIntent(spy.asked.at(-1)?.text ?? '');
    expect(intent).toMatchObject({ type: 'search', query: 'services' });
    expect(intent.type === 'search' && intent.filters.topic).toBeTruthy();
  });

  it('a shown case offers "Compare with…" its similar cases; choosing one compares the two in place', async () => {
    const shownCase = bot.knowledge.cases[0]!;
    const asked = await send((responseUrl) =>
      slashCommandBody({ text: `show ${shownCase.id}`, responseUrl }),
    );
    const answer = await h.fake.waitFor(isRespond(asked));
    const blocks = answer.body.blocks as SlackBlock[];
    expect(limitProblems({ text: String(answer.body.text), blocks })).toEqual([]);
    const compare = selectsOf(blocks).find((s) => s.action_id === 'casebot_compare_0');
    expect(compare?.placeholder.text).toBe('Compare with…');
    const chosen = compare!.options[0]!;
    const intent = parseIntent(chosen.value);
    expect(intent.type === 'compare' && intent.ids[0]).toBe(shownCase.id);

    const clicked = await send((responseUrl) =>
      blockActionsBody({
        actionId: compare!.action_id,
        value: chosen.value,
        selectedText: chosen.text.text,
        responseUrl,
        ephemeral: true,
      }),
    );
    const updated = await h.fake.waitFor(isRespond(clicked));
    expect(updated.body.replace_original).toBe(true);
    expect(spy.asked.at(-1)?.text).toBe(chosen.value);
    const compared = await bot.answer(chosen.value);
    expect(compared.type).toBe('compare');
    expect(updated.body.blocks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'header',
          // The header is cut at Slack's 150 characters.
          text: expect.objectContaining({ text: expect.stringContaining(compared.heading.slice(0, 100)) }),
        }),
      ]),
    );
  });
});
