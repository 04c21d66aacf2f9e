import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type Bot,
  type ChatContext,
  type ConversationStore,
  createCasebot,
  createMemoryConversationStore,
  renderPlainText,
} from '../../src/index.js';
import { recordingLogger } from '../support/recording-logger.js';

let clock = new Date('2025-06-01T12:00:00Z').getTime();
const now = () => new Date(clock);
let bot: Bot;
let n = 0;

beforeAll(async () => {
  bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5, now });
});

/** A fresh conversation: one person in a channel of their own. */
function person(platform: ChatContext['platform'] = 'slack'): ChatContext {
  n += 1;
  return { platform, surface: { type: 'mention' }, teamId: 'T1', channelId: `C${n}`, userId: `U${n}` };
}

function titleOf(id: string): string {
  return bot.knowledge.cases.find((c) => c.id === id)?.title ?? id;
}

describe('a conversation', () => {
  it('pages the last answer: next, previous, page N', async () => {
    const me = person();
    const first = await bot.answer('list all', me);
    expect(first).toMatchObject({ type: 'results', page: 1 });
    const next = await bot.answer('next', me);
    expect(next).toMatchObject({ type: 'results', page: 2, intent: { type: 'search', query: '' } });
    expect(next.cases.map((c) => c.id)).not.toEqual(first.cases.map((c) => c.id));
    expect(await bot.answer('show more', me)).toMatchObject({ page: 3 });
    expect(await bot.answer('previous', me)).toMatchObject({ page: 2 });
    expect(await bot.answer('page 4', me)).toMatchObject({ page: 4 });
    expect(await bot.answer('go back', me)).toMatchObject({ page: 3 });
    expect(await bot.answer('second page pls', me)).toMatchObject({ page: 2 });
    expect(await bot.answer('the 4th page', me)).toMatchObject({ page: 4 });
    expect(await bot.answer('page one', me)).toMatchObject({ page: 1 });
  });

  it('goes to the last page of the list, and to the page of a range of it', async () => {
    const me = person();
    const first = await bot.answer('list all', me);
    const pages = first.type === 'results' ? first.pageCount : 0;
    expect(pages).toBeGreaterThan(2);
    expect(await bot.answer('the last page', me)).toMatchObject({ type: 'results', page: pages });
    expect(await bot.answer('previous', me)).toMatchObject({ page: pages - 1 });
    expect(await bot.answer('show me cases 6 to 10', me)).toMatchObject({ page: 2 });
    expect(await bot.answer('results 4-6', me)).toMatchObject({ page: 2, intent: { count: 3 } });
    const range = await bot.answer('show me cases 3 to 7', me);
    expect(range.intent).toMatchObject({ page: 1, skip: 2 });
    const all = await bot.answer('list all', person());
    expect(range.cases[0]?.id).toBe(all.cases[2]?.id);
  });

  it('shows "the next 3" from where the list stopped', async () => {
    const me = person();
    const first = await bot.answer('list all', me);
    const next = await bot.answer('the next 3', me);
    expect(next.intent).toMatchObject({ count: 3, skip: 5, page: 1 });
    const after = await bot.answer('next', me);
    expect(after.intent).toMatchObject({ count: 3, skip: 5, page: 2 });
    const shown = [...first.cases, ...next.cases, ...after.cases].map((c) => c.id);
    expect(new Set(shown).size).toBe(11);
  });

  it('asks about the list just shown when a message names nothing of its own', async () => {
    const me = person();
    await bot.answer('ai', me);
    const byCountry = await bot.answer('which countries?', me);
    expect(byCountry.intent).toEqual({
      type: 'count',
      query: '',
      filters: { topic: 'AI & emerging tech' },
      by: 'country',
    });
    expect(byCountry.actions.map((a) => a.command)).toContain('count by country');
    // The command named in help, and a question about the collection, still count all of it.
    for (const whole of ['countries', 'which countries do you cover?']) {
      await bot.answer('ai', me);
      expect((await bot.answer(whole, me)).intent).toMatchObject({
        type: 'count',
        filters: {},
        by: 'country',
      });
    }
    await bot.answer('ai', me);
    expect((await bot.answer('random', me)).intent).toEqual({ type: 'random', query: '', filters: {} });
    await bot.answer('ai', me);
    expect((await bot.answer('which countries do you cover?', person())).intent).toMatchObject({
      type: 'count',
      filters: {},
    });
    const pick = await bot.answer('random one', me);
    expect(pick.intent).toEqual({ type: 'random', query: '', filters: { topic: 'AI & emerging tech' } });
    const health = person();
    await bot.answer('health', health);
    expect((await bot.answer('show me 2', health)).intent).toMatchObject({
      filters: { topic: 'Health' },
      count: 2,
    });
  });

  it('follows a count to another place, a dropped filter said in passing, "instead" and "its"', async () => {
    const me = person();
    await bot.answer('cases in europe', me);
    await bot.answer('how many per country', me);
    expect((await bot.answer('and in asia?', me)).intent).toEqual({
      type: 'count',
      query: '',
      filters: { region: 'asia' },
      by: 'country',
    });
    const years = person();
    await bot.answer('health since 2020', years);
    expect((await bot.answer('actually any year is fine', years)).intent).toEqual({
      type: 'search',
      query: '',
      filters: { topic: 'Health' },
      sort: 'relevance',
      page: 1,
    });
    const words = person();
    await bot.answer('open data', words);
    expect((await bot.answer('try open government instead', words)).intent).toMatchObject({
      query: 'open government',
    });
    const focus = person();
    await bot.answer('korea', focus);
    const first = await bot.answer('the first one', focus);
    expect(await bot.answer('its year?', focus)).toMatchObject({ type: 'case', intent: first.intent });
    const culture = person();
    await bot.answer('culture', culture);
    expect((await bot.answer('hmm nothing else?', culture)).notice).toMatch(/only 1 page/);
  });

  it('reads a fact asked alone ("link?", "when", "who ran it?") as a question about the case in focus', async () => {
    for (const asked of [
      'link?',
      'when',
      'when?',
      'what year',
      'which country?',
      'who',
      'who ran it?',
      'url pls',
    ]) {
      const me = person();
      const list = await bot.answer('ai friends', me);
      const reply = await bot.answer(asked, me);
      expect(reply, asked).toMatchObject({ type: 'case', intent: { type: 'show', id: list.cases[0]?.id } });
    }
    // With nothing shown yet there is no case to ask it of: said so, not searched or helped.
    const fresh = await bot.answer('link?', person());
    expect(fresh).toMatchObject({ type: 'message', intent: { type: 'follow-up' } });
    // A facet alone still breaks the collection down.
    expect((await bot.answer('country', person())).intent).toMatchObject({ type: 'count', by: 'country' });
  });

  it('meets surprise at an empty answer with that answer again, and "closest thing?" with what it offered', async () => {
    const me = person();
    const empty = await bot.answer('cases from canada', me);
    expect(empty.type).toBe('not-found');
    const offered = empty.actions.find((a) => a.type === 'alternative' || a.type === 'relax');
    expect(offered).toBeDefined();
    for (const surprised of ['hmm none?', 'nothing?', 'really?'])
      expect(await bot.answer(surprised, me), surprised).toMatchObject({
        type: 'not-found',
        intent: empty.intent,
        notice: expect.stringMatching(/last answer again/),
      });
    const closest = await bot.answer('closest thing?', me);
    expect(closest.type).toBe('results');
    expect(closest.intent).toEqual((await bot.answer(offered!.command, person())).intent);
    // Words of surprise beside a subject still ask about it.
    expect((await bot.answer('really interested in health', person())).intent).toMatchObject({
      filters: { topic: 'Health' },
    });
  });

  it('counts the last list when asked how many pages it has', async () => {
    const me = person();
    await bot.answer('health', me);
    expect((await bot.answer('how many pages', me)).intent).toMatchObject({
      type: 'count',
      filters: { topic: 'Health' },
    });
  });

  it('names a case by a long title word cut short ("cardiac telerehab"), never listing it as like itself', async () => {
    const cardiac = bot.knowledge.cases.find((c) => c.title === 'Cardiac Telerehabilitation');
    if (!cardiac) throw new Error('the built-in knowledge should have Cardiac Telerehabilitation');
    const reply = await bot.answer('similar to cardiac telerehab', person());
    expect(reply.intent).toMatchObject({ type: 'similar', id: cardiac.id });
    expect(reply.cases.map((c) => c.id)).not.toContain(cardiac.id);
    // A short start of a word is no name: "tele" could start many.
    expect((await bot.answer('similar to tele', person())).intent).not.toMatchObject({ id: cardiac.id });
  });

  it('compares the countries of the last two questions: "compare the two countries"', async () => {
    const me = person();
    await bot.answer('cases from the uk', me);
    await bot.answer('what about ireland instead', me);
    expect((await bot.answer('compare the two countries', me)).intent).toEqual({
      type: 'compare-places',
      countries: ['GB', 'IE'],
      query: '',
      filters: {},
    });
    const health = person();
    await bot.answer('health in korea', health);
    await bot.answer('and in the uk?', health);
    expect((await bot.answer('compare both countries', health)).intent).toEqual({
      type: 'compare-places',
      countries: ['KR', 'GB'],
      query: '',
      filters: { topic: 'Health' },
    });
  });

  it('leaves a year out of the last question, and turns "not before" round', async () => {
    const me = person();
    await bot.answer('participation', me);
    const except = await bot.answer('exclude 2020', me);
    expect(except.intent).toMatchObject({
      type: 'search',
      filters: { topic: 'Participation & democracy', exceptYears: { from: 2020, to: 2020 } },
    });
    expect(except.intent).not.toHaveProperty('filters.years');
    expect(except.heading).toBe('Participation & democracy cases not in 2020');
    expect((await bot.answer('anything but not before 2015', person())).intent).toMatchObject({
      filters: { years: { from: 2015 } },
    });
  });

  it('leaves a place out: the last question’s place goes when all of it is left out', async () => {
    const me = person();
    await bot.answer('climate in europe', me);
    const outside = await bot.answer('what about outside europe?', me);
    expect(outside.intent).toMatchObject({
      type: 'search',
      filters: { topic: 'Climate & environment', except: { region: 'europe' } },
    });
    expect(outside.intent).not.toHaveProperty('filters.region');
    expect(outside.heading).toMatch(/from anywhere but Europe/);
    const fresh = await bot.answer('cases not in Korea', person());
    expect(fresh.intent).toMatchObject({ type: 'search', filters: { except: { countries: ['KR'] } } });
    expect(fresh.cases.every((c) => !c.countries.includes('KR'))).toBe(true);
  });

  it('refines the last question: a place, a level, years, a filter dropped, a place added', async () => {
    const me = person();
    await bot.answer('digital government', me);
    expect((await bot.answer('and for Korea?', me)).intent).toMatchObject({
      type: 'search',
      filters: { topic: 'Digital government', countries: ['KR'] },
    });
    expect((await bot.answer('only local ones', me)).intent).toMatchObject({
      filters: { topic: 'Digital government', countries: ['KR'], level: 'local' },
    });
    expect((await bot.answer('what about since 2020', me)).intent).toMatchObject({
      filters: { topic: 'Digital government', countries: ['KR'], level: 'local', years: { from: 2020 } },
    });
    expect((await bot.answer('any year', me)).intent).toEqual({
      type: 'search',
      query: '',
      filters: { topic: 'Digital government', countries: ['KR'], level: 'local' },
      sort: 'relevance',
      page: 1,
      country: 'KR',
    });
    expect((await bot.answer('also Belgium', me)).intent).toMatchObject({
      filters: { countries: ['KR', 'BE'] },
    });
    expect((await bot.answer('what about health?', me)).intent).toMatchObject({
      filters: { topic: 'Health', countries: ['KR', 'BE'], level: 'local' },
    });
    expect((await bot.answer('any filter off', me)).intent).toEqual({
      type: 'search',
      query: '',
      filters: {},
      sort: 'newest',
      page: 1,
    });
  });

  it('picks several different cases at random, at most a page, and says how many', async () => {
    const me = person();
    const three = await bot.answer('3 random health cases', me);
    expect(three.intent).toEqual({ type: 'random', query: '', filters: { topic: 'Health' }, count: 3 });
    expect(three.heading).toBe('3 random Health cases');
    expect(new Set(three.cases.map((c) => c.id)).size).toBe(3);
    expect(three.cases.every((c) => c.tags.includes('Health'))).toBe(true);
    expect(three.actions).toContainEqual({
      type: 'random',
      label: 'Another 3 random cases',
      command: 'random 3 topic Health',
    });
    const many = await bot.answer('give me 12 random ones', me);
    expect(many.cases).toHaveLength(5);
    expect(many.notice).toContain('at most 5 at a time');
    expect((await bot.answer('a random case from Chile', me)).intent).not.toHaveProperty('count');
  });

  it('adds a second region to the first with "also", and says both', async () => {
    const me = person();
    await bot.answer('cases from Africa', me);
    const reply = await bot.answer('also Asia', me);
    expect(reply.intent).toMatchObject({ type: 'search', filters: { region: 'africa+asia' } });
    expect(reply.heading).toContain('from Africa and Asia');
    expect((await bot.answer('by country', me)).intent).toMatchObject({
      type: 'count',
      by: 'country',
      filters: { region: 'africa+asia' },
    });
  });

  it('says how it read a bare filter, and offers the other reading', async () => {
    const me = person();
    await bot.answer('open data', me);
    const reply = await bot.answer('since 2020', me);
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'open data',
      filters: { years: { from: 2020 } },
    });
    expect(reply.heading).toBe('Cases matching “open data” since 2020');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: 'A new question instead',
      command: 'list since 2020',
    });
  });

  it('filters by the first of two levels named, says so, and offers the other', async () => {
    const reply = await bot.answer('show only the national and local ones', person());
    expect(reply.intent).toMatchObject({ type: 'search', filters: { level: 'national' } });
    expect(reply.notice).toContain('one level of government at a time');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: 'At local level',
      command: 'list at local level',
    });
  });

  it('breaks a count down by the first of two ways asked, says so, and offers the other', async () => {
    for (const text of ['how many per topic? and per year?', 'how many cases by topic and year']) {
      const reply = await bot.answer(text, person());
      expect(reply.intent).toMatchObject({ type: 'count', query: '', by: 'topic' });
      expect(reply.notice).toContain('one way at a time');
      expect(reply.actions).toContainEqual({
        type: 'alternative',
        label: 'By year',
        command: 'count by year',
      });
    }
  });

  it('reads a misspelt country as the country, and offers the words as typed', async () => {
    const reply = await bot.answer('cases from Belgum', person());
    expect(reply.intent).toMatchObject({ type: 'search', query: '', filters: { countries: ['BE'] } });
    expect(reply.heading).toBe('Cases from Belgium, newest first');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: '“Belgum” as words',
      command: 'search "Belgum"',
    });
  });

  it('takes a bare place as a new question, and offers to add it to the last one', async () => {
    const me = person();
    await bot.answer('digital government', me);
    const reply = await bot.answer('Belgium', me);
    expect(reply.intent).toMatchObject({ type: 'search', filters: { countries: ['BE'] } });
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: 'Add to the last question',
      command: 'list topic Digital government in Belgium',
    });
  });

  it('takes a bare subject after a place as a new question, and offers to add it to the last one', async () => {
    const me = person();
    await bot.answer('korea', me);
    const reply = await bot.answer('health', me);
    expect(reply.intent).toMatchObject({ type: 'search', filters: { topic: 'Health' } });
    expect(reply.intent).not.toHaveProperty('filters.countries');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: 'Add to the last question',
      command: 'list topic Health in South Korea',
    });
    // Not when the last question already had a subject: "health" after "ai in korea" replaces it.
    const other = person();
    await bot.answer('ai in korea', other);
    const replaced = await bot.answer('health', other);
    expect(replaced.actions.filter((a) => a.label === 'Add to the last question')).toEqual([]);
  });

  it('points at cases shown: the second one, it, more like this, compare 1 and 3', async () => {
    const me = person();
    const list = await bot.answer('list all', me);
    const [first, second, third] = list.cases.map((c) => c.id);
    const shown = await bot.answer('tell me more about the second', me);
    expect(shown).toMatchObject({ type: 'case', intent: { type: 'show', id: second } });
    const like = await bot.answer('more like this', me);
    expect(like.intent).toEqual({ type: 'similar', id: second, filters: {}, page: 1 });
    expect(like.cases.map((c) => c.id)).not.toContain(second);
    // "the first" now counts in the list of similar cases just shown.
    const similarFirst = like.cases[0]!.id;
    expect((await bot.answer('the first one', me)).intent).toEqual({ type: 'show', id: similarFirst });
    await bot.answer('list all', me);
    expect((await bot.answer('#2', me)).intent).toEqual({ type: 'show', id: second });
    expect((await bot.answer('the last one', me)).intent).toEqual({
      type: 'show',
      id: list.cases.at(-1)!.id,
    });
    const compared = await bot.answer('compare 1 and 3', me);
    expect(compared).toMatchObject({ type: 'compare', intent: { type: 'compare', ids: [first, third] } });
    expect(compared.heading).toBe(`${titleOf(first!)} vs ${titleOf(third!)}`);
    // After a comparison, positions count in the cases compared.
    expect((await bot.answer('the second one', me)).intent).toEqual({ type: 'show', id: third });
  });

  it('says which case "it" was taken as when a list was shown', async () => {
    const me = person();
    const list = await bot.answer('list all', me);
    const reply = await bot.answer('similar to it', me);
    expect(reply.intent).toMatchObject({ type: 'similar', id: list.cases[0]!.id });
    expect(reply.notice).toBe(`Taking that as the first case shown, “${list.cases[0]!.title}”.`);
  });

  it('says the last answer showed no case when a follow-up points at one after nothing was found', async () => {
    const me = person();
    expect(await bot.answer('innovation in mexico', me)).toMatchObject({ type: 'not-found' });
    const reply = await bot.answer('any similar ones?', me);
    expect(reply.intent).toEqual({ type: 'follow-up', asked: 'any similar ones?', lastShowedNone: true });
    expect(renderPlainText(reply)).toContain('the last answer showed none');
    expect(renderPlainText(await bot.answer('the second one', person()))).toContain(
      'this conversation has none',
    );
  });

  it('takes "yes" as accepting what the last answer offered', async () => {
    const me = person();
    await bot.answer('list all', me);
    expect(await bot.answer('yes please', me)).toMatchObject({ type: 'results', page: 2 });
  });

  it('counts, then lists what it counted', async () => {
    const me = person();
    const counted = await bot.answer('how many cases from Korea?', me);
    expect(counted).toMatchObject({ type: 'counts', total: 3 });
    expect(await bot.answer('show them', me)).toMatchObject({ type: 'results', total: 3 });
    expect((await bot.answer('how many of those are local', me)).intent).toMatchObject({
      type: 'count',
      filters: { countries: ['KR'], level: 'local' },
    });
  });

  it('forgets after 30 minutes', async () => {
    const me = person();
    await bot.answer('list all', me);
    clock += 29 * 60 * 1000;
    expect(await bot.answer('next', me)).toMatchObject({ type: 'results', page: 2 });
    clock += 31 * 60 * 1000;
    expect((await bot.answer('next', me)).intent).toEqual({ type: 'follow-up', asked: 'next' });
  });

  it('shows as many as asked, pages by that many, and says when more was asked than a page', async () => {
    const me = person();
    await bot.answer('list all', me);
    const three = await bot.answer('just the 3 latest please', me);
    expect(three.intent).toEqual({
      type: 'search',
      query: '',
      filters: {},
      sort: 'newest',
      page: 1,
      count: 3,
    });
    expect(three.cases).toHaveLength(3);
    expect(renderPlainText(three)).toContain('Showing 1–3 of');
    const next = await bot.answer('next', me);
    expect(next.intent).toMatchObject({ page: 2, count: 3 });
    expect(next.cases).toHaveLength(3);
    expect(renderPlainText(next)).toContain('Showing 4–6 of');
    expect(next.cases.map((c) => c.id)).not.toContain(three.cases[0]!.id);
    const ten = await bot.answer('10 newest cases pls', person());
    expect(ten.cases).toHaveLength(5);
    expect(ten.notice).toBe(
      'I show at most 5 at a time, so here are the first 5 of the 10 you asked for; “next” shows more.',
    );
    const europe = person();
    await bot.answer('AI projects in europe', europe);
    const two = await bot.answer('give me the top 2', europe);
    expect(two.intent).toMatchObject({
      filters: { region: 'europe', topic: 'AI & emerging tech' },
      count: 2,
    });
    expect(two.cases).toHaveLength(2);
  });

  it('compares the newest and the oldest of the last list, or of all', async () => {
    const years = (ids: string[]) => ids.map((id) => bot.knowledge.cases.find((c) => c.id === id)?.year);
    const all = await bot.answer('compare the newest and the oldest', person());
    const allYears = bot.knowledge.cases.flatMap((c) => (c.year === undefined ? [] : [c.year]));
    expect(all.intent?.type).toBe('compare');
    expect(years(all.intent?.type === 'compare' ? all.intent.ids : [])).toEqual([
      Math.max(...allYears),
      Math.min(...allYears),
    ]);
    const me = person();
    const local = await bot.answer('local ones', me);
    const localYears = years(local.cases.map((c) => c.id)).flatMap((y) => (y === undefined ? [] : [y]));
    const compared = await bot.answer('compare the oldest and the newest', me);
    expect(compared.intent?.type).toBe('compare');
    const ids = compared.intent?.type === 'compare' ? compared.intent.ids : [];
    expect(years(ids)).toEqual([Math.min(...localYears), Math.max(...localYears)]);
    expect(ids.every((id) => local.cases.some((c) => c.id === id))).toBe(true);
    expect(compared.notice).toBe('Taking them from the last list.');
    expect(compared.actions).toContainEqual(
      expect.objectContaining({ type: 'alternative', label: 'Of all cases' }),
    );
  });

  it('never leaks between people, channels or workspaces; a thread is shared by those in it', async () => {
    const alice: ChatContext = {
      platform: 'slack',
      surface: { type: 'mention' },
      teamId: 'T1',
      channelId: 'CSHARED',
      userId: 'UALICE',
    };
    const bob: ChatContext = { ...alice, userId: 'UBOB' };
    await bot.answer('list all', alice);
    expect((await bot.answer('next', bob)).intent).toEqual({ type: 'follow-up', asked: 'next' });
    expect((await bot.answer('next', { ...alice, channelId: 'COTHER' })).intent?.type).toBe('follow-up');
    expect((await bot.answer('next', { ...alice, teamId: 'T2' })).intent?.type).toBe('follow-up');
    expect((await bot.answer('next', { ...alice, platform: 'discord' })).intent?.type).toBe('follow-up');
    expect(await bot.answer('next', alice)).toMatchObject({ page: 2 });

    const thread = { ...alice, threadId: '1700000000.000100' };
    await bot.answer('list all', thread);
    expect(await bot.answer('next', { ...thread, userId: 'UBOB' })).toMatchObject({ page: 2 });
    // Without a user or a thread nothing is remembered rather than mixed.
    await bot.answer('list all', { platform: 'slack', surface: { type: 'mention' }, channelId: 'CNOUSER' });
    expect(
      (await bot.answer('next', { platform: 'slack', surface: { type: 'mention' }, channelId: 'CNOUSER' }))
        .intent?.type,
    ).toBe('follow-up');
  });

  it('follows a thread written as Discord chat: a mention quoted, chat words, then refinements', async () => {
    const me = person('discord');
    const first = await bot.answer(
      '@sam asked about open data portals in latin america earlier, got any?',
      me,
    );
    expect(first.intent).toMatchObject({ query: 'open data portals', filters: { region: 'latin-america' } });
    const two = await bot.answer('tbh just 2 pls', me);
    expect(two.intent).toMatchObject({ query: 'open data portals', count: 2 });
    const europe = await bot.answer('ok what abt europe lol', me);
    expect(europe.intent).toMatchObject({
      query: 'open data portals',
      filters: { region: 'europe' },
      count: 2,
    });
    expect(await bot.answer('whats the oldest one u got lol', me)).toMatchObject({
      intent: { query: 'open data portals', sort: 'oldest' },
    });
  });

  it('keeps answering when the store fails or holds something damaged', async () => {
    const logger = recordingLogger();
    const failing: ConversationStore = {
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
      delete: () => Promise.reject(new Error('store down')),
    };
    const withFailing = await createCasebot({ knowledgeDir: 'knowledge', conversations: failing, logger });
    expect(await withFailing.answer('list all', person())).toMatchObject({ type: 'results' });
    expect(
      logger.entries.some((e) => e.level === 'warn' && e.msg === 'could not read the conversation'),
    ).toBe(true);

    const damaged: ConversationStore = {
      get: async () => ({ at: 'yesterday', shown: 'everything' }),
      set: async () => {},
      delete: async () => {},
    };
    const withDamaged = await createCasebot({ knowledgeDir: 'knowledge', conversations: damaged });
    expect((await withDamaged.answer('next', person())).intent?.type).toBe('follow-up');
  });

  it('answers any sequence of messages, never throwing', async () => {
    const words = fc.constantFrom(
      'next',
      'previous',
      'page 2',
      'the second one',
      'it',
      'more like this',
      'compare 1 and 2',
      'and for Japan?',
      'only local ones',
      'since 2020',
      'any filter off',
      'yes',
      'how many',
      'health',
      'Korea',
      'random',
      'thanks',
      'show them',
      'also Belgium',
      'what about AI?',
      'the Bogotá one',
      'similar',
      '',
      '???',
      '<!channel>',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(words, fc.string({ maxLength: 30 })), { minLength: 1, maxLength: 8 }),
        async (messages) => {
          const me = person();
          for (const message of messages) {
            const reply = await bot.answer(message, me);
            expect(reply.heading.length).toBeGreaterThan(0);
            expect(renderPlainText(reply).length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the in-memory conversation store', () => {
  it('drops the least recently used conversation past its size, and expires by the injected clock', async () => {
    // lru-cache reads a start time of 0 as "no expiry"; real clocks never say 0.
    let ms = 1_000_000;
    const store = createMemoryConversationStore({ max: 2, ttlMs: 1000, now: () => ms });
    await store.set('a', { at: 0, shown: ['x'] }, 1000);
    await store.set('b', { at: 0, shown: [] }, 1000);
    await store.get('a');
    await store.set('c', { at: 0, shown: [] }, 1000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toEqual({ at: 0, shown: ['x'] });
    ms += 1001;
    expect(await store.get('a')).toBeUndefined();
  });
});
