import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, type Intent, renderPlainText } from '../../src/index.js';
import { builtInBotOnFixedDay } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;

beforeAll(async () => {
  bot = await builtInBotOnFixedDay();
});

const person = () => freshPerson();

type Partial<T> = { [K in keyof T]?: unknown };

/**
 * Follow-ups of four families, as people type them: a refinement after a count ("by country"), a
 * pronoun after an answer about places ("compare them"), a refinement after an empty result, and a
 * year refinement that keeps every other filter. Each conversation's last message must be read as
 * building on what came before.
 */
const CONVERSATIONS: [string[], Partial<Intent> & { type: Intent['type'] }][] = [
  // A refinement after a count breaks the counted cases down.
  [['how many health cases?', 'by country'], { type: 'count', by: 'country', filters: { topic: 'Health' } }],
  [['how many cases from Korea?', 'per year'], { type: 'count', by: 'year', filters: { countries: ['KR'] } }],
  // After a list, "by year" breaks the list down: "year" there is no fact asked of its first case.
  [['AI cases', 'by year'], { type: 'count', by: 'year', filters: { topic: 'AI & emerging tech' } }],
  [['cases from korea', 'by level'], { type: 'count', by: 'level', filters: { countries: ['KR'] } }],
  [
    ['how many digital government initiatives', 'ok and by level?'],
    { type: 'count', by: 'level', filters: { topic: 'Digital government' } },
  ],
  [
    ['how many health cases', 'what about per country'],
    { type: 'count', by: 'country', filters: { topic: 'Health' } },
  ],
  [
    ['number of local cases', 'break it down by year pls'],
    { type: 'count', by: 'year', filters: { level: 'local' } },
  ],
  [
    ['how many cases r there in total', 'break that down by year'],
    { type: 'count', by: 'year', filters: {} },
  ],
  [
    ['how many local ones', 'split those by country'],
    { type: 'count', by: 'country', filters: { level: 'local' } },
  ],
  [
    ['how many cases since 2020?', 'by topic 🙏'],
    { type: 'count', by: 'topic', filters: { years: { from: 2020 } } },
  ],
  // A pronoun after an answer about two places means the places.
  [['compare France and Korea', 'compare them'], { type: 'compare-places', countries: ['FR', 'KR'] }],
  [['France and Korea', 'compare them'], { type: 'compare-places', countries: ['FR', 'KR'] }],
  [['korea and belgium', 'compare them pls'], { type: 'compare-places', countries: ['KR', 'BE'] }],
  [['compare korea and france', 'ok compare those'], { type: 'compare-places', countries: ['KR', 'FR'] }],
  [
    ['cases from Belgium and France', 'can you compare them?'],
    { type: 'compare-places', countries: ['BE', 'FR'] },
  ],
  // A refinement after an empty result builds on the question that found nothing.
  [
    ['France mental health', 'since 2019'],
    { type: 'search', query: 'mental health', filters: { countries: ['FR'], years: { from: 2019 } } },
  ],
  [
    ['french chatbots', 'what about since 2015'],
    { type: 'search', query: 'chatbots', filters: { countries: ['FR'], years: { from: 2015 } } },
  ],
  [
    ['france blockchain', 'only local ones'],
    { type: 'search', query: 'blockchain', filters: { countries: ['FR'], level: 'local' } },
  ],
  [
    ['mental health in france', 'ok and for korea?'],
    { type: 'search', query: 'mental health', filters: { countries: ['KR'] } },
  ],
  // A year refinement keeps every other filter.
  [
    ['local level cases', 'any from 2020 onwards'],
    { type: 'search', filters: { level: 'local', years: { from: 2020 } } },
  ],
  [
    ['national cases in korea', 'since 2021'],
    { type: 'search', filters: { level: 'national', countries: ['KR'], years: { from: 2021 } } },
  ],
  [
    ['local ones', 'what about before 2020'],
    { type: 'search', filters: { level: 'local', years: { to: 2019 } } },
  ],
  [
    ['digital government in korea', 'ok and from 2019 on'],
    { type: 'search', filters: { topic: 'Digital government', countries: ['KR'], years: { from: 2019 } } },
  ],
  [
    ['local health cases', 'any from 2020 onwards 👍'],
    { type: 'search', filters: { topic: 'Health', level: 'local', years: { from: 2020 } } },
  ],
  [
    ['health cases at local level', 'anything from 2020 onwards?'],
    { type: 'search', filters: { topic: 'Health', level: 'local', years: { from: 2020 } } },
  ],
  // An order alone re-sorts the last list, however it is asked.
  [
    ['something on education from Korea or Japan', 'sort by oldest'],
    { type: 'search', filters: { topic: 'Education', countries: ['KR', 'JP'] }, sort: 'oldest' },
  ],
  [
    ['health cases in Korea', 'show me the newest ones'],
    { type: 'search', filters: { topic: 'Health', countries: ['KR'] }, sort: 'newest' },
  ],
  [['digital government', 'order them by date'], { type: 'search', query: '', sort: 'newest' }],
  // "before that" and "after that" move the years beside the last question's.
  [
    ['what has Korea done since 2020?', 'and before that?'],
    { type: 'search', filters: { countries: ['KR'], years: { to: 2019 } } },
  ],
  [
    ['climate cases from 2019 to 2022', 'what about after that'],
    { type: 'search', filters: { topic: 'Climate & environment', years: { from: 2023 } } },
  ],
  [['cases until 2018', 'after that'], { type: 'search', filters: { years: { from: 2019 } } }],
  // Picking one line of a breakdown lists its cases.
  [
    ['how many cases per level of government', 'just the local ones'],
    { type: 'search', filters: { level: 'local' } },
  ],
  [['cases by country', 'only the ones from Korea'], { type: 'search', filters: { countries: ['KR'] } }],
  // "which ones …" narrows the last list.
  [
    ['health cases', 'which ones are national?'],
    { type: 'search', filters: { topic: 'Health', level: 'national' } },
  ],
  // A question about "it" shows the case in focus.
  [['AI cases', 'when was it launched?'], { type: 'show' }],
  [['AI cases', 'gimme the top one'], { type: 'show' }],
  [
    ['show me cases involving universities', 'filter to europe', 'remove the filter'],
    { type: 'search', query: 'universities', filters: {} },
  ],
  [
    ['r there any cases about schools', 'which countries r they from'],
    { type: 'count', by: 'country', filters: { topic: 'Education' } },
  ],
  [['list everything', 'go to page 2'], { type: 'search', query: '', page: 2 }],
  [['digital government', 'how old is the first one'], { type: 'show' }],
  [['digital government', "what's its id"], { type: 'show' }],
  [['health cases', 'ok show me all of them'], { type: 'search', filters: { topic: 'Health' }, page: 1 }],
  [
    ['Please list cases on youth unemployment', 'How many cases is it?'],
    { type: 'count', query: 'youth unemployment' },
  ],
  [['tell me smth interesting from latin america', 'why is it interesting'], { type: 'show' }],
  [['how many AI cases', 'list them'], { type: 'search', filters: { topic: 'AI & emerging tech' } }],
  [['korea', 'sort by title'], { type: 'search', filters: { countries: ['KR'] }, sort: 'title' }],
  [['ai cases', 'the korean one', 'is there a link'], { type: 'show' }],
  [
    ['education', 'which of those are national', 'how many are local'],
    { type: 'count', filters: { topic: 'Education', level: 'local' } },
  ],
  [
    ['digital government', 'even more'],
    { type: 'search', filters: { topic: 'Digital government' }, page: 2 },
  ],
  [
    ['digital', 'and in europe', 'drop the region'],
    { type: 'search', filters: { topic: 'Digital government' } },
  ],
  [['health in 2020', 'remove the year filter'], { type: 'search', filters: { topic: 'Health' } }],
  [['health from korea', 'get rid of the country'], { type: 'search', filters: { topic: 'Health' } }],
  [
    ['korea', 'what did they do on AI', 'and education?'],
    { type: 'search', filters: { countries: ['KR'], topic: 'Education' } },
  ],
  [
    ['cases from korea', 'do they have anything on digital identity'],
    { type: 'search', query: 'digital identity', filters: { countries: ['KR'] } },
  ],
  [
    ['how many health cases', 'sort by oldest'],
    { type: 'search', filters: { topic: 'Health' }, sort: 'oldest' },
  ],
  [
    ['how many cases from Korea?', 'newest first'],
    { type: 'search', filters: { countries: ['KR'] }, sort: 'newest' },
  ],
  [
    ['cities using sensors', 'hmm none? ok what about mobility in general'],
    { type: 'search', query: '', filters: { topic: 'Mobility & urban' } },
  ],
  [
    ['public health in europe', 'how many r there'],
    { type: 'count', query: 'public health', filters: { region: 'europe' } },
  ],
  [['health cases', 'which year has the most'], { type: 'count', by: 'year', filters: { topic: 'Health' } }],
  [['is there something about mental health', 'from which country is it'], { type: 'show' }],
  [['AI cases', 'how did the korean one work'], { type: 'show' }],
  [
    ['participation in latin america or africa', 'sorted oldest first'],
    { type: 'search', sort: 'oldest', filters: { topic: 'Participation & democracy' } },
  ],
  [['list everything', 'not that one, another'], { type: 'search', page: 2 }],
  [
    ['health cases', 'only national level', 'how many is that'],
    { type: 'count', filters: { topic: 'Health', level: 'national' } },
  ],
  [['cases in France', 'what year was that one'], { type: 'show' }],
  // With no years to move, "before that" is a page back, as it was.
  [['list everything', 'page 3', 'before that'], { type: 'search', page: 2 }],
  // A closing "too" or "as well" adds to the last places, even after an opening "and".
  [['finland', 'and estonia too'], { type: 'search', filters: { countries: ['FI', 'EE'] } }],
  [
    ['education', 'belgium as well pls'],
    { type: 'search', filters: { topic: 'Education', countries: ['BE'] } },
  ],
  // "both together?" joins the places of the last two questions.
  [
    ['how many from asia?', 'and europe?', 'both together?'],
    { type: 'count', filters: { region: 'europe+asia' } },
  ],
  [['cases from korea', 'and japan?', 'both'], { type: 'search', filters: { countries: ['JP', 'KR'] } }],
  [
    ['health cases in korea', 'and in japan', 'combined?'],
    { type: 'search', filters: { topic: 'Health', countries: ['JP', 'KR'] } },
  ],
  // A correction is the last question with what was meant in place of what was said.
  [
    ['health in korea', 'sorry i meant japan'],
    { type: 'search', filters: { topic: 'Health', countries: ['JP'] } },
  ],
  [
    ['climate since 2020', 'oops i meant before 2020'],
    { type: 'search', filters: { topic: 'Climate & environment', years: { to: 2019 } } },
  ],
  [['AI', 'nah not AI, i meant blockchain'], { type: 'search', query: 'blockchain' }],
  // What is written about the case in focus stands for it; "the … ones" are the last answer's.
  [['cardiac telerehabilitation', 'is there a link to the original writeup'], { type: 'show' }],
  // Words that change a question or name a write-up are not read into other questions.
  [['digital government', 'how did they make it work'], { type: 'show' }],
  [['list all', 'the source code policy'], { type: 'search', query: 'source code policy' }],
  [
    ['what do you have on education', 'narrow that to the 2 newest'],
    { type: 'search', filters: { topic: 'Education' }, sort: 'newest', count: 2 },
  ],
  [['list all', 'the next 3'], { type: 'search', page: 1, count: 3, skip: 5 }],
  [
    ['how many cases per level do you have for korea', 'list the national ones'],
    { type: 'search', filters: { countries: ['KR'], level: 'national' } },
  ],
  [
    ['cases from korea', 'show me the local ones'],
    { type: 'search', filters: { countries: ['KR'], level: 'local' } },
  ],
];

describe('changing the last question in words of changing it', () => {
  it('reads "widen it to anywhere", "broaden it to any year", "change it to local" as changes', async () => {
    const me = person();
    await bot.answer('looking for stuff on youth mental health, ideally in europe', me);
    expect((await bot.answer('hmm widen it to anywhere', me)).intent).toEqual({
      type: 'search',
      query: 'youth mental health',
      filters: {},
      sort: 'relevance',
      page: 1,
    });
    await bot.answer('digital government since 2020', me);
    expect((await bot.answer('broaden it to any year', me)).intent).toMatchObject({
      filters: { topic: 'Digital government' },
    });
    expect((await bot.answer('change it to local', me)).intent).toEqual({
      type: 'search',
      query: '',
      filters: { topic: 'Digital government', level: 'local' },
      sort: 'relevance',
      page: 1,
    });
  });
});

describe('follow-ups that build on the last answer', () => {
  it.each(CONVERSATIONS)('%j', async (messages, expected) => {
    const me = person();
    let intent: Intent | undefined;
    for (const message of messages) intent = (await bot.answer(message, me)).intent;
    expect(intent).toMatchObject(expected);
  });
});

describe('"compare them" after an answer about places', () => {
  it('offers the cases shown as the other reading', async () => {
    const me = person();
    const listed = await bot.answer('France and Korea', me);
    const reply = await bot.answer('compare them', me);
    expect(reply.intent).toMatchObject({ type: 'compare-places', countries: ['FR', 'KR'] });
    const ids = listed.cases.slice(0, 3).map((c) => c.id);
    expect(reply.actions).toContainEqual(
      expect.objectContaining({
        type: 'alternative',
        label: 'Compare the cases shown',
        command: `compare ${ids.join(' and ')}`,
      }),
    );
  });

  it('compares cases again once the answer is about cases', async () => {
    const me = person();
    await bot.answer('France and Korea', me);
    const health = await bot.answer('health cases', me);
    const reply = await bot.answer('compare them', me);
    expect(reply.intent).toEqual({ type: 'compare', ids: health.cases.slice(0, 3).map((c) => c.id) });
  });
});

describe('cases of the last list by position', () => {
  it('reads "the 1st one" as the first case shown, not a name', async () => {
    const me = person();
    const listed = await bot.answer('AI cases', me);
    const reply = await bot.answer('tell me about the 1st one', me);
    expect(reply.intent).toEqual({ type: 'show', id: listed.cases[0]?.id });
  });

  it('compares "the first two" and "the top 3" of the last list', async () => {
    const me = person();
    const listed = await bot.answer('health cases', me);
    const ids = listed.cases.map((c) => c.id);
    expect((await bot.answer('compare the first two', me)).intent).toEqual({
      type: 'compare',
      ids: ids.slice(0, 2),
    });
    // The comparison is now what was shown last: the list is asked again first.
    await bot.answer('health cases', me);
    expect((await bot.answer('compare top 3', me)).intent).toEqual({ type: 'compare', ids: ids.slice(0, 3) });
  });

  it('compares "the top one" of the last list with a case named', async () => {
    const me = person();
    const similar = await bot.answer('anything similar to the Austin conservation corps thing?', me);
    const austin = similar.intent?.type === 'similar' ? similar.intent.id : undefined;
    expect((await bot.answer('compare the top one with austin', me)).intent).toEqual({
      type: 'compare',
      ids: [similar.cases[0]?.id, austin],
    });
  });
});

describe('a place left out as a correction', () => {
  it('keeps the last question, leaving its place out', async () => {
    const me = person();
    await bot.answer('digital identity in europe', me);
    const reply = await bot.answer('nope, I meant outside europe', me);
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: 'digital identity',
      filters: { except: { region: 'europe' } },
    });
    expect(reply.intent && 'filters' in reply.intent ? Object.keys(reply.intent.filters) : []).toEqual([
      'except',
    ]);
  });
});

describe('topics and words left out', () => {
  it('leaves out the cases that have the words, keeping those that share one of them', async () => {
    const reply = await bot.answer('health but not mental health', person());
    expect(reply.heading).toBe('Health cases not about mental health');
    expect(reply.cases.length).toBeGreaterThan(0);
    expect(reply.cases.some((c) => /mental health/iu.test(`${c.title} ${c.summary}`))).toBe(false);
  });

  it('leaves out a kind of case named as "the … ones", and nothing for a reply', async () => {
    const me = person();
    await bot.answer('health', me);
    const reply = await bot.answer('not the mental health ones', me);
    expect(reply.intent).toMatchObject({ filters: { topic: 'Health', without: ['mental health'] } });
    const ok = await bot.answer('ok, not bad', person());
    expect(ok.intent && 'filters' in ok.intent ? ok.intent.filters : {}).not.toHaveProperty('without');
  });

  it('leaves a topic out of the last question', async () => {
    const me = person();
    await bot.answer('education', me);
    const reply = await bot.answer('but not AI', me);
    expect(reply.intent).toMatchObject({ filters: { topic: 'Education', without: ['AI & emerging tech'] } });
    expect(reply.cases.some((c) => c.tags.includes('AI & emerging tech'))).toBe(false);
  });
});

describe('topics and words left out, taken back in', () => {
  it.each([
    'and mental health too',
    'include mental health again',
    'okay actually put mental health back in',
  ])('"%s" after "health but not mental health" is the health cases again', async (text) => {
    const me = person();
    await bot.answer('health but not mental health', me);
    const reply = await bot.answer(text, me);
    expect(reply.intent).toMatchObject({ type: 'search', query: '', filters: { topic: 'Health' } });
    expect((reply.intent as { filters: object }).filters).not.toHaveProperty('without');
    expect(reply.heading).toBe('Health cases');
  });

  it('takes a topic back in, keeping the rest of the question', async () => {
    for (const text of ['and AI too', 'ai again']) {
      const me = person();
      await bot.answer('education', me);
      await bot.answer('but not AI', me);
      expect((await bot.answer(text, me)).intent, text).toEqual({
        type: 'search',
        query: '',
        filters: { topic: 'Education' },
        sort: 'relevance',
        page: 1,
      });
    }
  });
});

describe('years left out', () => {
  it('leaves out the cases of those years, keeping undated ones, and says so', async () => {
    const reply = await bot.answer('AI cases not 2021', person());
    expect(reply.heading).toBe('AI & emerging tech cases not in 2021');
    expect(reply.notice ?? '').not.toMatch(/cannot leave out years/u);
    expect(reply.total).toBeGreaterThan(0);
    expect(reply.cases.some((c) => c.year === 2021)).toBe(false);
  });

  it('leaves years out of the last question, and takes them back in when asked', async () => {
    const me = person();
    const all = await bot.answer('cases in 2021', me);
    const others = await bot.answer('but not 2021', me);
    expect(others.intent).toMatchObject({ filters: { exceptYears: { from: 2021, to: 2021 } } });
    expect(others.cases.some((c) => c.year === 2021)).toBe(false);
    await bot.answer('AI cases not 2021', me);
    const again = await bot.answer('and 2021 too', me);
    expect(again.intent).toMatchObject({ filters: { topic: 'AI & emerging tech' } });
    expect('exceptYears' in (again.intent as { filters: object }).filters).toBe(false);
    expect(all.total).toBeGreaterThan(0);
  });
});

describe('places left out in a conversation', () => {
  it('leaves a place out of the last question, and takes it back in when asked', async () => {
    const me = person();
    await bot.answer('ai', me);
    const without = await bot.answer('but not from korea', me);
    expect(without.intent).toMatchObject({
      filters: { topic: 'AI & emerging tech', except: { countries: ['KR'] } },
    });
    expect(without.heading).toBe('AI & emerging tech cases from anywhere but South Korea');
    expect(without.cases.some((c) => c.countries.includes('KR'))).toBe(false);
    const back = await bot.answer('and korea too', me);
    expect(back.intent && 'filters' in back.intent ? back.intent.filters : undefined).toEqual({
      topic: 'AI & emerging tech',
    });
  });

  it('keeps the region asked before and leaves a country of it out', async () => {
    const me = person();
    await bot.answer('cases from asia', me);
    const reply = await bot.answer('except japan', me);
    expect(reply.intent).toMatchObject({ filters: { region: 'asia', except: { countries: ['JP'] } } });
    expect(reply.heading).toMatch(/from Asia but not Japan/);
  });

  it('takes a place back in with "… again", keeping the region asked for', async () => {
    const me = person();
    await bot.answer('cases from africa', me);
    await bot.answer('but not nigeria', me);
    const reply = await bot.answer('and nigeria again', me);
    expect(reply.intent && 'filters' in reply.intent ? reply.intent.filters : undefined).toEqual({
      region: 'africa',
    });
  });

  it('takes a place back in with "include … again"', async () => {
    const me = person();
    await bot.answer('health not from KR', me);
    const reply = await bot.answer('include korea again', me);
    expect(reply.intent && 'filters' in reply.intent ? reply.intent.filters : undefined).toEqual({
      topic: 'Health',
    });
  });

  it('offers the question without the exclusion when every match is in the place left out', async () => {
    const reply = await bot.answer('gwanak not from korea', person());
    expect(reply.type).toBe('not-found');
    expect(reply.actions.map((a) => a.command)).toContain('search gwanak');
    expect(renderPlainText(reply)).toMatch(/Without the exclusion of South Korea: 1 case/);
  });
});

describe('"it" as one part of a comparison', () => {
  it('compares the case a list of similar cases was about with the one named', async () => {
    const me = person();
    const ghent = bot.knowledge.cases.find((c) => c.title.startsWith('Collections of Ghent'))?.id;
    const bogota = bot.knowledge.cases.find((c) => c.title.startsWith('Co-creation of public spaces'))?.id;
    await bot.answer('cases like the Ghent one', me);
    const reply = await bot.answer('compare it with the bogota one', me);
    expect(reply.intent).toEqual({ type: 'compare', ids: [ghent, bogota] });
  });
});

describe('"that" before a description: the case described, not the case in focus', () => {
  const idOf = (start: string) => bot.knowledge.cases.find((c) => c.title.startsWith(start))?.id;

  it('searches for the case described when nothing was shown', async () => {
    const reply = await bot.answer('what was that irish challenge for tech startups', person());
    expect(reply.intent).toMatchObject({ type: 'search', filters: { countries: ['IE'] } });
    expect(reply.cases[0]?.id).toBe(idOf('Future Tech Challenge'));
  });

  it('searches for it when none of the cases shown fits, and says so', async () => {
    const me = person();
    await bot.answer('climate', me);
    const reply = await bot.answer('what was that case about heart rehab', me);
    expect(reply.intent).toMatchObject({ type: 'search', query: 'heart rehab' });
    expect(reply.cases.map((c) => c.id)).toContain(idOf('Cardiac Telerehabilitation'));
    expect(reply.notice).toMatch(/None of the cases shown last fits that/);
  });

  it('picks the case shown that fits the description, with the other that fits offered', async () => {
    const me = person();
    const list = await bot.answer('ai in europe', me);
    const irish = idOf('Future Tech Challenge');
    expect(list.cases.map((c) => c.id)).toContain(irish);
    // Not the first case shown: the one from Ireland.
    await bot.answer('show the last one', me);
    expect((await bot.answer('tell me about that irish one', me)).intent).toEqual({
      type: 'show',
      id: irish,
    });
    expect((await bot.answer('show me that one from the UK', me)).intent).toEqual({
      type: 'show',
      id: idOf('Accelerated Capability Environment'),
    });
  });

  it('takes the first of several that fit, says so and offers the next', async () => {
    const me = person();
    const list = await bot.answer('ai in europe', me);
    const reply = await bot.answer('show me that one about AI', me);
    expect(reply.intent).toEqual({ type: 'show', id: list.cases[0]?.id });
    expect(reply.notice).toMatch(/first of the \d+ shown that fit/);
    expect(reply.actions.map((a) => a.label)).toContain(`Or “${list.cases[1]?.title}”`);
  });

  it('still reads a question about the case in focus as one', async () => {
    const me = person();
    await bot.answer('ai in europe', me);
    const shown = await bot.answer('show the second one', me);
    const id = shown.intent?.type === 'show' ? shown.intent.id : undefined;
    expect((await bot.answer('what year was that one', me)).intent).toEqual({ type: 'show', id });
    expect((await bot.answer('which country is that from', me)).intent).toEqual({ type: 'show', id });
  });
});

describe('the last answer again', () => {
  it.each([
    'where were we?',
    'ok im back, where were we',
    'repeat that',
    'show that again',
    'what was my last question',
  ])('%j gives the last answer again, and says so', async (message) => {
    const me = person();
    await bot.answer('ai in europe', me);
    const next = await bot.answer('the next 2', me);
    const again = await bot.answer(message, me);
    expect(again.intent).toEqual(next.intent);
    expect(again.cases.map((c) => c.id)).toEqual(next.cases.map((c) => c.id));
    expect(again.notice).toMatch(/last answer again/);
  });

  it('shows the case asked for when the message names one', async () => {
    const me = person();
    const list = await bot.answer('ai in europe', me);
    expect((await bot.answer('show me the second one again', me)).intent).toEqual({
      type: 'show',
      id: list.cases[1]?.id,
    });
  });

  it('says there is nothing to repeat at the start of a conversation', async () => {
    expect((await bot.answer('where were we', person())).intent).toMatchObject({ type: 'follow-up' });
  });
});

describe('years read from an event', () => {
  it('reads "during covid" as the pandemic years, says so, and offers cases about covid', async () => {
    const reply = await bot.answer('any initiatives that started during covid', person());
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: '',
      filters: { years: { from: 2020, to: 2021 } },
    });
    expect(reply.notice).toMatch(/Reading “during covid” as 2020 to 2021/);
    const about = reply.actions.find((a) => a.label === 'Cases about “covid”');
    expect(about?.command).toMatch(/covid/);
    expect(about?.command).not.toMatch(/20(20|21)/);
  });
});

describe('"which one is newer?" after a comparison', () => {
  const idOf = (start: string) => bot.knowledge.cases.find((c) => c.title.startsWith(start))?.id;

  it('shows the newest or oldest of the cases compared, with their years', async () => {
    const me = person();
    const compared = await bot.answer('compare the Ghent one and ACE', me);
    expect(compared.intent).toEqual({
      type: 'compare',
      ids: [idOf('Collections of Ghent'), idOf('Accelerated Capability')],
    });
    const newer = await bot.answer('which one is newer?', me);
    expect(newer.intent).toEqual({ type: 'show', id: idOf('Collections of Ghent') });
    expect(newer.notice).toMatch(/Of the 2 compared, this is the newest: .*2020.*2017/);
    await bot.answer('compare the Ghent one and ACE', me);
    expect((await bot.answer('and which is older', me)).intent).toEqual({
      type: 'show',
      id: idOf('Accelerated Capability'),
    });
  });

  it('says so when none of them gives its year', async () => {
    const me = person();
    const compared = await bot.answer('compare AI Friends and the DMS one', me);
    const reply = await bot.answer('which one is newer', me);
    expect(reply.intent).toEqual(compared.intent);
    expect(reply.notice).toMatch(/None of the cases compared says when it started/);
  });

  it('still sorts a list when the last answer was a list', async () => {
    const me = person();
    await bot.answer('health', me);
    expect((await bot.answer('which one is the newest', me)).intent).toMatchObject({
      type: 'search',
      sort: 'newest',
      filters: { topic: 'Health' },
    });
  });
});

describe('a case named with its country', () => {
  it('is the case from that country, not the one shown that shares its other words', async () => {
    const me = person();
    const polish = (await bot.answer('youth from poland', me)).cases[0]?.id;
    const australian = bot.knowledge.cases.find((c) => c.countries.includes('AU'))?.id;
    expect((await bot.answer('compare it with the australian mental health one', me)).intent).toEqual({
      type: 'compare',
      ids: [polish, australian],
    });
  });
});

describe('which has more', () => {
  it.each([
    [
      'do you have more cases from europe or asia',
      { type: 'count', by: 'region', filters: { region: 'europe+asia' } },
    ],
    ['which has more cases, korea or japan', { type: 'compare-places', countries: ['KR', 'JP'] }],
    [
      '1. cases from Korea\n2. cases from Japan\nwhich has more?',
      { type: 'compare-places', countries: ['KR', 'JP'] },
    ],
    ['are there more local or national cases', { type: 'count', by: 'level', filters: {} }],
    [
      'is there more on health or on education',
      { type: 'count', by: 'topic', filters: { topics: { labels: ['Health', 'Education'] } } },
    ],
  ])('%j compares how many each has', async (message, expected) => {
    expect((await bot.answer(message, person())).intent).toMatchObject(expected);
  });

  it.each([
    [
      'how does the UK stack up against australia on open data?',
      { type: 'compare-places', countries: ['GB', 'AU'], query: 'open data' },
    ],
    ['are there more national cases than local ones', { type: 'count', by: 'level', filters: {} }],
  ])('%j compares the two sides a ranking word sets against each other', async (message, expected) => {
    expect((await bot.answer(message, person())).intent).toMatchObject(expected);
  });

  it('compares places after a list on that list’s subject, and offers all their cases', async () => {
    const me = person();
    await bot.answer('AI cases', me);
    const reply = await bot.answer('how does europe compare to asia?', me);
    expect(reply.intent).toMatchObject({
      type: 'count',
      by: 'region',
      filters: { topic: 'AI & emerging tech', region: 'europe+asia' },
    });
    expect(reply.notice).toContain('Compared on the last question: AI & emerging tech cases');
    expect(reply.actions.some((a) => a.type === 'alternative' && a.label === 'All their cases')).toBe(true);
  });

  it('still lists both when nobody asks which has more', async () => {
    expect((await bot.answer('korea or japan', person())).intent).toMatchObject({
      type: 'search',
      filters: { countries: ['KR', 'JP'] },
    });
  });
});

describe('a question about a case it names', () => {
  it('shows the case, says why, and offers the words searched as a button', async () => {
    const reply = await bot.answer('what impact did AI Friends have?', person());
    const friends = bot.knowledge.cases.find((c) => c.title === 'AI Friends')?.id;
    expect(reply.intent).toEqual({ type: 'show', id: friends });
    expect(reply.notice).toBe('Showing “AI Friends”, the case your question names.');
    expect(reply.actions.find((a) => a.label === 'Search “AI Friends”')?.command).toMatch(/AI Friends/);
  });

  it('looks for a name only in a question short enough to be about one case', async () => {
    const long = `what impact did AI Friends have on ${'small business owners and '.repeat(5)}their staff?`;
    expect((await bot.answer(long, person())).intent?.type).toBe('search');
  });

  it('does not take a topic or an everyday word for a case name', async () => {
    for (const message of [
      'what impact did AI have on health?',
      'has anyone done participatory budgeting online?',
    ])
      expect((await bot.answer(message, person())).intent?.type).toBe('search');
  });
});

describe('a correction marked as chat marks it', () => {
  it.each([
    [['anything on eduction policy', 'oops typo: education'], { topic: 'Education' }],
    [['mental health in Australia', 'correction: Austria, not Australia'], { countries: ['AT'] }],
    [['cases from Chile on health', 'make that Colombia'], { countries: ['CO'], topic: 'Health' }],
    [['health cases since 2018', 'actually make it 2020'], { years: { from: 2020 }, topic: 'Health' }],
    [['AI cases until 2019', 'correction: 2021'], { years: { to: 2021 }, topic: 'AI & emerging tech' }],
  ])('%j', async (messages, filters) => {
    const me = person();
    let intent: Intent | undefined;
    for (const message of messages) intent = (await bot.answer(message, me)).intent;
    expect(intent).toMatchObject({ type: 'search', filters });
    expect(intent && 'filters' in intent ? intent.filters : undefined).toEqual(filters);
  });

  it('keeps a closing apology out of what was meant', async () => {
    const me = person();
    await bot.answer("what's there on youth unemployment?", me);
    const reply = await bot.answer('I mean youth mental health, sorry', me);
    expect(reply.intent).toMatchObject({ type: 'search', query: 'youth mental health' });
  });
});

describe('taking a turn back', () => {
  it('"undo that" asks the question before the last one again, and says so', async () => {
    const me = person();
    await bot.answer('cases from Belgium', me);
    await bot.answer('only local ones', me);
    const reply = await bot.answer('undo that', me);
    expect(reply.intent).toEqual({
      type: 'search',
      query: '',
      filters: { countries: ['BE'] },
      sort: 'newest',
      page: 1,
      country: 'BE',
    });
    expect(reply.notice).toContain('Back to the question before.');
  });

  it('"no, the other one" after a case shown with another offered shows that other one', async () => {
    const me = person();
    const first = await bot.answer('tell me about the Korean one', me);
    const other = first.actions.find((a) => a.type === 'alternative')?.command;
    expect(other).toBeDefined();
    const reply = await bot.answer('no, the other one', me);
    expect(reply.intent).toEqual({ type: 'show', id: other?.replace(/^show /u, '') });
  });

  it('reads past a pause and a correction opening the message: "wait, not that, the Korean one"', async () => {
    const me = person();
    await bot.answer('AI projects in Europe', me);
    const reply = await bot.answer('wait, not that, the Korean one', me);
    expect(reply.intent?.type).toBe('show');
    expect(bot.knowledge.cases.find((c) => c.id === (reply.intent as { id: string }).id)?.countries).toEqual([
      'KR',
    ]);
  });

  it('reads "scratch that, Japan" as the last question with Japan', async () => {
    const me = person();
    await bot.answer('health cases from Korea', me);
    expect((await bot.answer('scratch that, Japan', me)).intent).toMatchObject({
      filters: { countries: ['JP'], topic: 'Health' },
    });
  });
});
