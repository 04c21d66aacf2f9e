import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOME_SEARCH_ACTION_ID } from '../../../adapters/slack/render-app-home.js';
import { buildSearchMenus, SEARCH_MODAL_CALLBACK_ID } from '../../../adapters/slack/search-modal.js';
import { exampleQuestions } from '../../../src/index.js';
import { createDigestWorld, type DigestWorld, type SlackProcess } from './digest-world.js';
import type { RecordedCall } from './fake-slack-api.js';
import { SIGNING_SECRET } from './harness.js';
import {
  appHomeOpenedEvent,
  eventBody,
  homeActionBody,
  sendToSlackApp,
  viewSubmissionBody,
} from './slack-requests.js';

// The App Home through real Bolt: the tab published with the knowledge's examples and the
// digests of the person's channels, Pause/Resume going through the core's digest rules, and the
// Search form answering in the person's DM.

interface Block {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: { action_id: string; value: string; text: { text: string } };
  elements?: { action_id?: string; value?: string; text?: { text: string }; confirm?: unknown }[];
}
interface View {
  type: string;
  blocks: Block[];
}

let world: DigestWorld;
let casebot: SlackProcess;
let seq = 0;

beforeEach(async () => {
  world = await createDigestWorld('2026-11-24T08:57:00Z');
  casebot = await world.startProcess();
});
afterEach(async () => {
  await world.close();
});

const send = (body: string, type: 'form' | 'json' = 'form', process = casebot) =>
  sendToSlackApp(process.eventsUrl, body, type, { secret: SIGNING_SECRET });

const homeCalls = (userId = 'U0ASKER') =>
  world.fake.calls.filter((c) => c.name === 'views.publish' && c.body.user_id === userId);

/** Opens the home as `userId` and returns the view published for it. */
async function openHome(userId = 'U0ASKER', process = casebot): Promise<View> {
  const before = homeCalls(userId).length;
  seq += 1;
  const res = await send(eventBody(appHomeOpenedEvent({ userId }), `EvHOME${seq}`), 'json', process);
  expect(res.status).toBe(200);
  await world.fake.waitFor((c) => c.name === 'views.publish' && homeCalls(userId).length > before);
  return homeCalls(userId).at(-1)?.body.view as View;
}

/** Clicks a button of the last home published for `userId`; resolves with the next home published. */
async function click(view: View, label: string, userId = 'U0ASKER', process = casebot): Promise<View> {
  const button = view.blocks
    .flatMap((b) => [...(b.accessory ? [b.accessory] : []), ...(b.elements ?? [])])
    .find((e) => e.text?.text === label);
  if (!button) throw new Error(`no ${label} button in the home`);
  const before = homeCalls(userId).length;
  const res = await send(
    homeActionBody({ actionId: button.action_id ?? '', value: button.value ?? '', userId }),
    'form',
    process,
  );
  expect(res.status).toBe(200);
  await world.fake.waitFor((c) => c.name === 'views.publish' && homeCalls(userId).length > before);
  return homeCalls(userId).at(-1)?.body.view as View;
}

const texts = (view: View) => view.blocks.map((b) => b.text?.text ?? '').join('\n');
const digestBlocks = (view: View) =>
  view.blocks.filter((b) => b.block_id?.startsWith('casebot_home_digest_'));

describe('the Slack App Home', () => {
  it('publishes what casebot knows, examples from the knowledge, and the digests of the channels the person is in', async () => {
    const mine = await world.subscribe(casebot, 'weekly mon 09:00 topic health', 'C0RESEARCH');
    const other = await world.subscribe(casebot, 'daily 08:00', 'C0ELSEWHERE');
    world.fake.memberships.set('U0ASKER', [
      { id: 'C0RESEARCH', name: 'research', is_channel: true },
      { id: 'C0GENERAL', name: 'general', is_channel: true },
    ]);
    const view = await openHome();
    expect(view.type).toBe('home');
    const { bot } = casebot;
    const shown = texts(view);
    expect(shown).toContain(`${bot.knowledge.cases.length} cases from ${bot.countries().length} countries`);
    const examples = exampleQuestions({ cases: bot.knowledge.cases, countries: bot.countries() });
    expect(examples.length).toBeGreaterThan(0);
    for (const q of examples) expect(shown).toContain(`/initiatives ${q}`);
    // The examples name a country and a topic the knowledge really has.
    expect(examples.some((q) => bot.countries().some((c) => q.includes(c.name)))).toBe(true);
    const topics = new Set(bot.knowledge.cases.flatMap((c) => c.tags.map((t) => t.toLowerCase())));
    expect(examples.some((q) => [...topics].some((t) => q.includes(t)))).toBe(true);
    expect(view.blocks.some((b) => b.elements?.some((e) => e.action_id === HOME_SEARCH_ACTION_ID))).toBe(
      true,
    );

    const digests = digestBlocks(view);
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text?.text).toContain('#research');
    expect(digests[0]?.text?.text).toContain(mine);
    expect(digests[0]?.accessory?.text.text).toBe('Pause');
    expect(shown).not.toContain(other);
    const asked = world.fake.calls.find((c) => c.name === 'users.conversations');
    expect(asked?.body.user).toBe('U0ASKER');
  });

  it('does not ask Slack for the channels when the workspace has no digests', async () => {
    const view = await openHome();
    expect(texts(view)).toContain('No digests in your channels yet');
    expect(world.fake.calls.filter((c) => c.name === 'users.conversations')).toEqual([]);
  });

  it('explains, rather than failing, when the app was installed without the scopes to list channels', async () => {
    await world.subscribe(casebot, 'weekly mon 09:00', 'C0RESEARCH');
    world.fake.failNext('users.conversations', {
      ok: false,
      error: 'missing_scope',
      needed: 'channels:read',
    });
    const view = await openHome();
    expect(texts(view)).toContain('should reinstall its Slack app from the current manifest');
    expect(texts(view)).toContain(`${casebot.bot.knowledge.cases.length} cases`);
    expect(digestBlocks(view)).toEqual([]);
  });

  it('publishes nothing when the Messages tab is opened', async () => {
    seq += 1;
    const messages = eventBody(appHomeOpenedEvent({ tab: 'messages' }), `EvMSG${seq}`);
    expect((await send(messages, 'json')).status).toBe(200);
    await openHome();
    expect(homeCalls()).toHaveLength(1);
  });

  it('pauses and resumes a digest from the home: the subscription changes, the channel is told, the home follows', async () => {
    const id = await world.subscribe(casebot, 'weekly mon 09:00', 'C0RESEARCH');
    world.fake.memberships.set('U0ASKER', [{ id: 'C0RESEARCH', name: 'research', is_channel: true }]);
    const home = await openHome();
    const listings = () => world.fake.calls.filter((c) => c.name === 'users.conversations').length;
    const before = listings();
    const paused = await click(home, 'Pause');
    // The person's channels are listed once per click: checked for the pause, reused for the home.
    expect(listings()).toBe(before + 1);
    expect(texts(paused)).toContain(`Digest ${id} paused`);
    expect(texts(paused)).toContain('The channel was told.');
    expect(digestBlocks(paused)[0]?.accessory?.text.text).toBe('Resume');
    const told = world.postsTo('C0RESEARCH').map((c) => String(c.body.text));
    expect(told.some((t) => t.startsWith(`Digest ${id} paused`))).toBe(true);
    const listed = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(listed.text)).toContain('paused: paused by user U0ASKER');

    const resumed = await click(paused, 'Resume');
    expect(texts(resumed)).toContain(`Digest ${id} resumed`);
    expect(digestBlocks(resumed)[0]?.accessory?.text.text).toBe('Pause');
    const relisted = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(relisted.text)).not.toContain('paused');
  });

  /**
   * casebot restarted with U0BOSS as the only digest manager, a digest subscribed by U0BOSS in a
   * channel the asker is in too: what the asker may not change. Its id.
   */
  async function subscribedByManager(): Promise<string> {
    await casebot.stop();
    casebot = await world.startProcess({ digestManagers: ['U0BOSS'] });
    const subscribed = await world.slash(casebot, 'digest subscribe weekly mon 09:00', {
      channelId: 'C0RESEARCH',
      userId: 'U0BOSS',
    });
    world.fake.memberships.set('U0ASKER', [{ id: 'C0RESEARCH', name: 'research', is_channel: true }]);
    return /^Digest ([a-z0-9]+) subscribed$/m.exec(String(subscribed.text))?.[1] ?? 'none';
  }

  it('tells a person outside SLACK_DIGEST_MANAGERS why they cannot pause, and changes nothing', async () => {
    const id = await subscribedByManager();
    const postsBefore = world.postsTo('C0RESEARCH').length;
    const refused = await click(await openHome(), 'Pause');
    expect(texts(refused)).toContain('You cannot change digests here');
    expect(texts(refused)).toContain('SLACK_DIGEST_MANAGERS');
    expect(digestBlocks(refused)[0]?.accessory?.text.text).toBe('Pause');
    expect(world.postsTo('C0RESEARCH')).toHaveLength(postsBefore);
    const listed = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(listed.text)).toContain(id);
    expect(String(listed.text)).not.toContain('paused');
  });

  it('unsubscribes a digest from the home after Slack’s confirmation: gone from the store, the channel told, the home without it', async () => {
    const id = await world.subscribe(casebot, 'weekly mon 09:00', 'C0RESEARCH');
    world.fake.memberships.set('U0ASKER', [{ id: 'C0RESEARCH', name: 'research', is_channel: true }]);
    const home = await openHome();
    const unsubscribe = home.blocks
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.text?.text === 'Unsubscribe…');
    expect(unsubscribe?.confirm).toMatchObject({ style: 'danger', confirm: { text: 'Unsubscribe' } });
    const gone = await click(home, 'Unsubscribe…');
    expect(texts(gone)).toContain(`Digest ${id} unsubscribed`);
    expect(texts(gone)).toContain('The channel was told.');
    expect(digestBlocks(gone)).toEqual([]);
    const told = world.postsTo('C0RESEARCH').map((c) => String(c.body.text));
    expect(told.some((t) => t.startsWith(`Digest ${id} unsubscribed`))).toBe(true);
    const listed = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(listed.text)).not.toContain(id);
  });

  it('refuses Unsubscribe to a person outside SLACK_DIGEST_MANAGERS, and keeps the digest', async () => {
    const id = await subscribedByManager();
    const refused = await click(await openHome(), 'Unsubscribe…');
    expect(texts(refused)).toContain('SLACK_DIGEST_MANAGERS');
    const listed = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(listed.text)).toContain(id);
  });

  it('lists a person’s channels once for homes opened in quick succession, but afresh for a click, which a departure then refuses', async () => {
    const id = await world.subscribe(casebot, 'weekly mon 09:00', 'C0RESEARCH');
    world.fake.memberships.set('U0ASKER', [{ id: 'C0RESEARCH', name: 'research', is_channel: true }]);
    const listings = () => world.fake.calls.filter((c) => c.name === 'users.conversations').length;
    const before = listings();
    await openHome();
    await openHome();
    const home = await openHome();
    expect(listings()).toBe(before + 1);
    // Another person's home is theirs to list.
    await openHome('U0OTHER');
    expect(listings()).toBe(before + 2);
    // Left the channel after the listing was kept: the click asks Slack again and is refused.
    world.fake.memberships.set('U0ASKER', []);
    const refused = await click(home, 'Unsubscribe…');
    expect(listings()).toBe(before + 3);
    expect(texts(refused)).toContain('Only members of this channel can change its digests');
    const listed = await world.slash(casebot, 'digest list', { channelId: 'C0RESEARCH' });
    expect(String(listed.text)).toContain(id);
    // The fresh listing is the one kept: the next home shows the departure without asking again.
    expect(digestBlocks(await openHome())).toEqual([]);
    expect(listings()).toBe(before + 3);
  });

  it('refuses a person who has left the channel since the home was shown', async () => {
    await world.subscribe(casebot, 'weekly mon 09:00', 'C0RESEARCH');
    world.fake.memberships.set('U0ASKER', [{ id: 'C0RESEARCH', name: 'research', is_channel: true }]);
    const home = await openHome();
    world.fake.memberships.set('U0ASKER', []);
    const refused = await click(home, 'Pause');
    expect(texts(refused)).toContain('Only members of this channel can change its digests');
    expect(digestBlocks(refused)).toEqual([]);
  });
});

describe('the Search form of the App Home', () => {
  function submit(values: Record<string, Record<string, Record<string, unknown>>>) {
    return send(viewSubmissionBody({ callbackId: SEARCH_MODAL_CALLBACK_ID, privateMetadata: '', values }));
  }
  const select = (field: string, value?: string) => ({
    [field]: { [field]: { type: 'static_select', selected_option: value === undefined ? null : { value } } },
  });
  const query = (value?: string) => ({
    query: { query: { type: 'plain_text_input', value: value ?? null } },
  });

  it('opens with menus from the knowledge', async () => {
    const view = await openHome();
    const search = view.blocks.find((b) => b.block_id === 'casebot_home_search')?.elements?.[0];
    const res = await send(homeActionBody({ actionId: String(search?.action_id), value: 'search' }));
    expect(res.status).toBe(200);
    const open = await world.fake.waitFor((c) => c.name === 'views.open');
    const modal = open.body.view as {
      callback_id: string;
      blocks: { block_id: string; element?: { options?: { value: string }[] } }[];
    };
    expect(modal.callback_id).toBe(SEARCH_MODAL_CALLBACK_ID);
    const menus = buildSearchMenus(casebot.bot);
    const country = modal.blocks.find((b) => b.block_id === 'country');
    expect(country?.element?.options?.map((o) => o.value)).toEqual(menus.countries.map((o) => o.value));
    expect(menus.countries.map((o) => o.value)).toEqual(
      casebot.bot
        .countries()
        .map((c) => c.code)
        .slice(0, 100),
    );
  });

  it('says so at the top of the home when the form cannot open', async () => {
    const view = await openHome();
    const search = view.blocks.find((b) => b.block_id === 'casebot_home_search')?.elements?.[0];
    world.fake.failNext('views.open', { ok: false, error: 'expired_trigger_id' });
    await send(homeActionBody({ actionId: String(search?.action_id), value: 'search' }));
    await world.fake.waitFor((c) => c.name === 'views.publish' && homeCalls().length > 1);
    const apologised = homeCalls().at(-1)?.body.view as View;
    expect(apologised.blocks[1]?.text?.text).toMatch(/^\*Sorry/);
    expect(texts(apologised)).toContain('Digests in your channels');
  });

  it('shows mistakes under their fields and posts nothing', async () => {
    const empty = await submit({ ...query(''), ...select('country') });
    expect(((await empty.json()) as { errors: Record<string, string> }).errors).toEqual({
      query: 'Type a few words or choose a country, topic or year.',
    });
    const years = buildSearchMenus(casebot.bot)
      .years.map((y) => Number(y.value))
      .sort((a, b) => a - b);
    const backwards = await submit({
      ...query('health'),
      ...select('year_from', String(years.at(-1))),
      ...select('year_to', String(years[0])),
    });
    const body = (await backwards.json()) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toEqual(['year_to']);
    expect(
      world.fake.calls.filter((c) => c.name === 'conversations.open' || c.name === 'chat.postMessage'),
    ).toEqual([]);
  });

  it('answers a valid search in the person’s DM, whose conversation then follows it with "next"', async () => {
    const years = buildSearchMenus(casebot.bot).years.map((y) => Number(y.value));
    const since = Math.min(...years);
    const matching = casebot.bot.knowledge.cases.filter((c) => c.year !== undefined && c.year >= since);
    // More than a page, so that "next" has somewhere to go.
    expect(matching.length).toBeGreaterThan(5);
    const res = await submit({ ...query(''), ...select('year_from', String(since)) });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    const opened = await world.fake.waitFor((c) => c.name === 'conversations.open');
    expect(opened.body.users).toBe('U0ASKER');
    const isDm = (c: RecordedCall) => c.name === 'chat.postMessage' && c.body.channel === 'D0ASKER';
    const answer = await world.fake.waitFor(isDm);
    const text = String(answer.body.text);
    expect(text).toContain(`since ${since}`);
    expect(answer.body.blocks).toBeDefined();
    seq += 1;
    const next = eventBody(
      {
        type: 'message',
        channel: 'D0ASKER',
        channel_type: 'im',
        user: 'U0ASKER',
        text: 'next',
        ts: '1700000100.000100',
      },
      `EvNEXT${seq}`,
    );
    expect((await send(next, 'json')).status).toBe(200);
    await world.fake.waitFor((c) => isDm(c) && c !== answer);
    const followed = world.fake.calls.filter(isDm).at(-1);
    // The second page of the same search: the DM's conversation holds what the form asked.
    expect(text).toContain(`Showing 1–5 of ${matching.length}`);
    expect(String(followed?.body.text)).toContain(`Showing 6–10 of ${matching.length}`);
  });
});
