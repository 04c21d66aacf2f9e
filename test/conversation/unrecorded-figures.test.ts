import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';
import { freshPerson } from '../support/fresh-person.js';
import { offers } from '../support/offers.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

describe('a figure no case records', () => {
  it('searches the rest of the message and says in one note what it left out', async () => {
    const reply = await bot.answer(
      'participatory budgeting in towns with fewer than 20k residents',
      freshPerson(),
    );
    expect(reply.intent).toMatchObject({ type: 'search', query: 'participatory budgeting' });
    expect(reply.notice).toContain(
      'The collection records no population sizes, so I searched “participatory budgeting” without “with fewer than 20k residents”.',
    );
  });

  it('says so of a figure in what the asker says of themselves, and of a share', async () => {
    const staff = await bot.answer(
      'we have less than 5 staff — anything on service design that worked for a small team?',
      freshPerson(),
    );
    expect(staff.notice).toContain('The collection records no team sizes');
    const share = await bot.answer('e-procurement with savings of more than 20%', freshPerson());
    expect(share.intent).toMatchObject({ type: 'search', query: 'e-procurement' });
    expect(share.notice).toContain(
      'The collection records no savings, so I searched “e-procurement” without “with savings of more than 20%”.',
    );
  });

  it('takes no years of a duration for a breakdown by year', async () => {
    const reply = await bot.answer('projects that lasted longer than 5 years', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: '', filters: {} });
    expect(reply.notice).toContain(
      'The collection records no durations, so I left out “that lasted longer than 5 years”.',
    );
  });

  it('says nothing of figures when a number is searched or the years are past ones', async () => {
    for (const text of [
      '1 million trees campaigns',
      'over the past 3 years, anything on AI in schools?',
      '50+ network',
    ])
      expect((await bot.answer(text, freshPerson())).notice ?? '', text).not.toContain('records no');
  });
});

describe('how many countries a case has', () => {
  it('is a filter, said so, with cases at international level offered', async () => {
    const reply = await bot.answer('cases involving more than 2 countries', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', filters: { countryCount: { min: 3 } } });
    expect(reply.heading).toContain('Cases with at least 3 countries');
    expect(reply.notice).toContain('I read it as the cases filed with at least 3 countries');
    expect(offers(reply)).toContainEqual({
      label: 'At international level',
      command: 'list at international level',
    });
  });
});

describe('a funder', () => {
  it('is searched in the cases’ text, never a place filter, and the note says why', async () => {
    const reply = await bot.answer('any projects funded by the EU on open data?', freshPerson());
    expect(reply.intent).toMatchObject({ type: 'search', query: 'open data EU', filters: {} });
    expect(reply.notice).toContain(
      'The collection does not record who funded a case, so I searched the cases’ text for “EU”.',
    );
  });
});
