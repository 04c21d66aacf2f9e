import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';
import { offers } from '../support/offers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a case named by its whole title, with a place and a year in it', () => {
  it('shows the case, and offers the place and year as filters', async () => {
    const me = freshPerson();
    const reply = await bot.answer('show my france 2022', me);
    expect(reply).toMatchObject({ type: 'case', cases: [{ title: 'My France 2022' }] });
    expect(reply.notice).toContain('Taking that as the case “My France 2022”');
    const [filters] = offers(reply);
    expect(filters?.label).toBe('Cases from France in 2022');
    expect(await bot.answer(filters?.command ?? '', me)).toMatchObject({
      intent: { type: 'search', filters: { countries: ['FR'], years: { from: 2022, to: 2022 } } },
    });
  });

  it('keeps the filters when the words only share the title’s place and year', async () => {
    for (const text of ['cases from France in 2022', 'france 2022', 'anything from france 2022?'])
      expect((await bot.answer(text, freshPerson())).intent, text).toMatchObject({
        type: 'search',
        filters: { countries: ['FR'], years: { from: 2022, to: 2022 } },
      });
  });
});

describe('cases asked for as a file', () => {
  it('says casebot sends no files, what the console can do, and the last list’s command', async () => {
    const me = freshPerson();
    await bot.answer('health cases', me);
    const reply = await bot.answer('can you export these', me);
    expect(reply).toMatchObject({ type: 'message', heading: 'I cannot send files in chat' });
    expect(reply.notice).toContain('“list topic Health”');
    expect(reply.type === 'message' && reply.lines.join(' ')).toContain('npm run casebot -- export');
  });

  it('offers the list it names', async () => {
    const reply = await bot.answer('give me a csv of health cases', freshPerson());
    expect(offers(reply)).toEqual([{ label: 'Health cases', command: 'list topic Health' }]);
    expect((await bot.answer('export promotion', freshPerson())).intent).toMatchObject({
      type: 'search',
      query: 'export promotion',
    });
  });
});

describe('something casebot has no feature for', () => {
  it('says so, with the link of the case asked of, and never echoes a mention', async () => {
    const me = freshPerson();
    await bot.answer('show me AI Friends', me);
    const reply = await bot.answer('share this with @maria', me);
    expect(reply).toMatchObject({ type: 'message', heading: 'I cannot send, share or email anything' });
    expect(reply.notice).toContain('https://oecd-opsi.org/innovations/ai-friends/');
    expect(JSON.stringify(reply)).not.toContain('@maria');
  });

  it('gives the last list’s command to save it, and keeps the list a request names', async () => {
    const me = freshPerson();
    await bot.answer('health cases', me);
    const saved = await bot.answer('save these', me);
    expect(saved).toMatchObject({ type: 'message', heading: 'I cannot save or bookmark cases' });
    expect(saved.notice).toContain('“list topic Health”');
    const mailed = await bot.answer('send me an email with the education cases', freshPerson());
    expect(offers(mailed)).toEqual([{ label: 'Education cases', command: 'list topic Education' }]);
  });

  it('says where cases come from, from their links, when asked to add or correct one', async () => {
    const added = await bot.answer('can I add our project?', freshPerson());
    expect(added).toMatchObject({ heading: 'I cannot add cases' });
    expect(added.type === 'message' && added.lines.join(' ')).toContain('oecd-opsi.org');
    expect(await bot.answer('this case is outdated', freshPerson())).toMatchObject({
      heading: 'I cannot change cases',
    });
  });

  it('asks how often when new cases are to come on their own', async () => {
    const me = freshPerson();
    await bot.answer('open data', me);
    expect((await bot.answer('can I get notified when new ones come in', me)).intent).toMatchObject({
      type: 'digest',
    });
  });

  it('forgets the conversation when asked', async () => {
    const me = freshPerson();
    await bot.answer('health cases', me);
    expect(await bot.answer('forget what I asked', me)).toMatchObject({
      heading: 'Done: I have forgotten this conversation',
    });
    expect((await bot.answer('next', me)).intent).not.toMatchObject({ type: 'search' });
  });
});

describe('the link asked for with a verb', () => {
  it('shows the case in focus', async () => {
    for (const text of ['copy link', 'give me the link', 'can I copy the link']) {
      const me = freshPerson();
      await bot.answer('show me AI Friends', me);
      expect((await bot.answer(text, me)).intent, text).toEqual({ type: 'show', id: 'sc214avn' });
    }
  });
});

describe('a whole title after “show me”', () => {
  it('shows the case, the search for its words a button', async () => {
    const reply = await bot.answer('show me AI Friends', freshPerson());
    expect(reply).toMatchObject({ type: 'case', intent: { type: 'show', id: 'sc214avn' } });
    expect(offers(reply)).toEqual([{ label: 'Search “AI Friends”', command: 'search AI Friends' }]);
  });
});

describe('a question about casebot that names a topic or a group', () => {
  it('is answered about casebot, the cases it names offered', async () => {
    const me = freshPerson();
    const reply = await bot.answer('is this the OECD', me);
    expect(reply.intent).toEqual({ type: 'small-talk', kind: 'about' });
    expect(reply.notice).toContain('I read this as a question about me');
    const [cases] = offers(reply);
    expect(cases?.label).toBe('Cases from OECD countries');
    expect(await bot.answer(cases?.command ?? '', me)).toMatchObject({
      intent: { type: 'search', filters: { region: 'oecd' } },
    });
  });

  it('is a search when it asks for cases: "are there AI cases", "are you aware of any AI cases"', async () => {
    for (const text of ['are there AI cases', 'are you aware of any AI cases'])
      expect((await bot.answer(text, freshPerson())).intent, text).toMatchObject({
        type: 'search',
        filters: { topic: 'AI & emerging tech' },
      });
  });
});

describe('a US state’s code', () => {
  it('read as the country whose code it also is, says so and offers the state', async () => {
    const reply = await bot.answer('health in CA', freshPerson());
    expect(reply.intent).toMatchObject({ filters: { countries: ['CA'], topic: 'Health' } });
    expect(reply.notice).toContain('Reading CA as Canada; it is also California (United States)');
    expect(offers(reply).map((o) => o.label)).toContain('California (United States)');
  });

  it('that is no country’s code is searched by the state’s name, the country offered', async () => {
    const reply = await bot.answer('anything in WA', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'Washington', filters: {} });
    expect(reply.notice).toContain('Reading WA as Washington (United States)');
    expect(offers(reply).map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'Western Australia (Australia)',
        'Cases from United States',
        'Cases from Australia',
      ]),
    );
  });

  it('is still a code of capitals where no place goes: "AI projects in IT" is Italy', async () => {
    const reply = await bot.answer('AI projects in IT', freshPerson());
    expect(reply.intent).toMatchObject({ filters: { countries: ['IT'] } });
    expect(reply.notice ?? '').not.toContain('Reading');
  });
});

describe('a mention with a full name', () => {
  it('never searches the name, and keeps a place after it', async () => {
    expect(
      (await bot.answer('@Maria José Pérez said there is something on Korea', freshPerson())).intent,
    ).toMatchObject({
      query: '',
      filters: { countries: ['KR'] },
    });
    expect((await bot.answer('@Sam Korea cases?', freshPerson())).intent).toMatchObject({
      query: '',
      filters: { countries: ['KR'] },
    });
  });
});

describe('two years left out apart', () => {
  it('leaves out the run between them, says so, and offers each year alone', async () => {
    const me = freshPerson();
    await bot.answer('health cases', me);
    const reply = await bot.answer('not 2018 or 2020', me);
    expect(reply.intent).toMatchObject({
      filters: { topic: 'Health', exceptYears: { from: 2018, to: 2020 } },
    });
    expect('years' in ((reply.intent as { filters: object }).filters ?? {})).toBe(false);
    expect(reply.notice).toContain('2018 to 2020, the years between too');
    const each = offers(reply).filter((o) => /^Not 20(18|20)$/u.test(o.label));
    expect(each.map((o) => o.label)).toEqual(['Not 2018', 'Not 2020']);
    expect(await bot.answer(each[1]?.command ?? '', me)).toMatchObject({
      intent: { filters: { topic: 'Health', exceptYears: { from: 2020, to: 2020 } } },
    });
  });
});

describe('a country added to the region it is in', () => {
  it('keeps the region’s list and says the country is in it already', async () => {
    const me = freshPerson();
    const asia = await bot.answer('cases from asia except korea', me);
    const reply = await bot.answer('and japan too', me);
    expect(reply.intent).toMatchObject({ filters: { region: 'asia', except: { countries: ['KR'] } } });
    expect(reply.total).toBe(asia.total);
    expect(reply.notice).toContain('Japan is in Asia, so its cases are included already.');
  });
});

describe('a country and a region asked together', () => {
  it('adds a country outside the region to it, in one message or as a follow-up', async () => {
    const europe = await bot.answer('cases from europe', freshPerson());
    const korea = await bot.answer('cases from korea', freshPerson());
    const both = await bot.answer('cases from europe and korea', freshPerson());
    expect(both.type).toBe('results');
    expect(both.total).toBe((europe.total ?? 0) + (korea.total ?? 0));
    const me = freshPerson();
    await bot.answer('cases from europe', me);
    const added = await bot.answer('and korea too', me);
    expect(added.total).toBe(both.total);
  });

  it('narrows the region to a country inside it', async () => {
    const reply = await bot.answer('asian cases from korea', freshPerson());
    expect(reply.total).toBe((await bot.answer('cases from korea', freshPerson())).total);
  });

  it('takes a whole region added after one of its countries', async () => {
    const me = freshPerson();
    await bot.answer('cases from korea', me);
    const reply = await bot.answer('and asia too', me);
    expect(reply.intent).toMatchObject({ filters: { region: 'asia' } });
    expect(reply.total).toBe((await bot.answer('cases from asia', freshPerson())).total);
  });
});

describe('cases like a topic or a place, before any case was shown', () => {
  it('lists the cases of what it names, saying there was no case to be like', async () => {
    for (const [text, filters] of [
      ['similar to health', { topic: 'Health' }],
      ['anything like korea?', { countries: ['KR'] }],
    ] as const) {
      const reply = await bot.answer(text, freshPerson());
      expect(reply.intent, text).toMatchObject({ type: 'search', filters });
      expect(reply.total, text).toBeGreaterThan(0);
      expect(reply.notice, text).toContain('no case yet to find others like');
    }
  });
});

describe('a file asked for on a schedule', () => {
  it('is read as a digest, posted as a message and not a file', async () => {
    const reply = await bot.answer('a weekly pdf of health cases', freshPerson());
    expect(reply.intent).toEqual({
      type: 'digest',
      command: { type: 'subscribe', args: 'weekly mon 09:00 topic health' },
    });
    expect(reply.notice).toContain('not as a file');
  });
});

describe('the cases of one place compared', () => {
  it('compares "the two Belgian ones", saying which', async () => {
    const reply = await bot.answer('quick comparison of the two Belgian ones for my boss', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'compare' });
    const ids = (reply.intent as { ids: string[] }).ids;
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => bot.knowledge.cases.find((c) => c.id === id)?.countries.includes('BE'))).toBe(
      true,
    );
    expect(reply.notice).toContain('Comparing the 2 cases from Belgium.');
  });

  it('shows the one case of a place that has one, saying so', async () => {
    const reply = await bot.answer('compare the two irish ones', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'show' });
    expect(reply.notice).toContain('There is one case from Ireland');
  });
});

describe('a place several countries have', () => {
  it('is searched as a word, the reply saying so, each country a button that asks again there', async () => {
    const me = freshPerson();
    const reply = await bot.answer('health projects in manchester?', me);
    expect(reply.intent).toMatchObject({ type: 'search', query: 'health manchester', filters: {} });
    expect(reply.notice).toContain('“manchester” is a place in United Kingdom, Jamaica and United States');
    const [uk] = offers(reply);
    expect(uk?.label).toBe('Cases from United Kingdom');
    expect((await bot.answer(uk?.command ?? '', me)).intent).toMatchObject({
      type: 'search',
      query: 'health',
      filters: { countries: ['GB'] },
    });
  });

  it('offers both countries of a shared country name, and none where the country is said', async () => {
    const congo = await bot.answer('cases from congo', freshPerson());
    expect(offers(congo).map((o) => o.label)).toEqual([
      'Cases from DR Congo',
      'Cases from Republic of the Congo',
    ]);
    for (const text of ['open data in manchester uk', 'search "manchester"', 'cases from london'])
      expect((await bot.answer(text, freshPerson())).notice ?? '', text).not.toContain('is a place in');
  });
});
