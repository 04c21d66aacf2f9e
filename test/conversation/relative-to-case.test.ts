import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, ChatContext, Reply } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

/** The messages of one conversation, in turn; the last reply. */
async function converse(...messages: string[]): Promise<Reply> {
  const ctx: ChatContext = freshPerson();
  let reply: Reply | undefined;
  for (const message of messages) reply = await bot.answer(message, ctx);
  return reply!;
}

function idOf(title: string): string {
  const found = bot.knowledge.cases.find((c) => c.title.startsWith(title));
  if (!found) throw new Error(`no built-in case titled ${title}`);
  return found.id;
}

function titles(reply: Reply): string[] {
  return ('cases' in reply ? (reply.cases ?? []) : []).map((c) => c.title);
}

describe('cases relative to a case', () => {
  it('takes the country of a case pointed at in the last list, never searching "same"', async () => {
    const reply = await converse('education cases', 'anything from the same country as the first one?');
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: '',
      filters: { countries: ['RS'], besides: [idOf('Transforming Public')] },
    });
    expect(titles(reply)).toEqual([
      'BIFIDEX – regional portal of business registries in the Western Balkans',
    ]);
    expect(reply.notice).toContain('Cases from Serbia, like “Transforming Public Healthcare');
  });

  it('takes the case just shown for "that country", "then" and "newer than that one"', async () => {
    const korea = await converse('show me AI Friends', 'what else did they do in that country');
    expect(korea.intent).toMatchObject({ filters: { countries: ['KR'], besides: [idOf('AI Friends')] } });
    expect(titles(korea)).not.toContain('AI Friends');
    const around = await converse('show me Future Tech Challenge', 'anything from around then?');
    expect(around.intent).toMatchObject({ filters: { years: { from: 2020, to: 2022 } } });
    // After a list whose cases all share it, "that country" is the list's: no case left out.
    const list = await converse('cases in korea', 'anything else from that country at local level?');
    expect(list.intent).toMatchObject({ filters: { countries: ['KR'], level: 'local' } });
    expect(titles(list)).toContain('365 Online Gwanak-gu Office – Online Platform for Direct Democracy');
    const newer = await converse('show me ACE', 'anything newer than that one?');
    expect(newer.intent).toMatchObject({
      filters: { years: { from: 2018 }, besides: [idOf('Accelerated')] },
    });
  });

  it('keeps the message’s own filters beside the relation, and drops its words of doing', async () => {
    const reply = await converse('ecosystem school', 'what came out before it in finland?');
    expect(reply.intent).toMatchObject({
      type: 'search',
      query: '',
      filters: { countries: ['FI'], years: { to: 2021 }, besides: [idOf('Ecosystem School')] },
    });
    // A time that is no case stays a time.
    const covid = await converse('cases before covid');
    expect(covid.intent).toMatchObject({ filters: { years: { to: 2019 } } });
    expect(covid.intent).not.toMatchObject({ filters: { besides: expect.anything() } });
  });

  it('leaves the case in focus out of "what else did <its country> do"', async () => {
    const reply = await converse('show me the serbian AI healthcare case', 'what else did serbia do?');
    expect(reply.intent).toMatchObject({
      filters: { countries: ['RS'], besides: [idOf('Transforming Public')] },
    });
    expect(titles(reply)).toEqual([
      'BIFIDEX – regional portal of business registries in the Western Balkans',
    ]);
  });

  it('says what is not recorded and offers what is: a city, a team, a missing year', async () => {
    const city = await converse('the Ghent one', 'more from that city');
    expect(city.intent).toMatchObject({
      filters: { countries: ['BE'], besides: [idOf('Collections of Ghent')] },
    });
    expect(city.notice).toContain('The city behind a case is not recorded');
    const team = await converse('who else worked with the same organisation as ACE?');
    expect(team.intent).toMatchObject({ query: '', filters: { countries: ['GB'] } });
    expect(team.notice).toContain('The organisation behind a case is not recorded');
    const year = await converse('mental health cases', 'other ones from the same year as the first');
    expect(year.notice).toContain('has no year recorded');
  });
});
