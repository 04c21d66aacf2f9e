import { beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Reply } from '../../src/index.js';
import { builtInBot } from '../support/built-in-bot.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

function titles(reply: Reply): string[] {
  return reply.cases.map((c) => c.title);
}

// Each query, and the case (by curated title) that should come first.
const RELEVANCE: [query: string, expectedFirst: string][] = [
  ['telerehabilitation', 'Cardiac Telerehabilitation'],
  ['telerehabilitaion', 'Cardiac Telerehabilitation'],
  ['cardiac rehab', 'Cardiac Telerehabilitation'],
  ['digital inclusion', 'Connectoo Training'],
  ['digital divide training for public officials', 'Connectoo Training'],
  ['business registries', 'BIFIDEX'],
  ['online citizen consultation', 'My France 2022'],
  ['presidential election', 'My France 2022'],
  ['green jobs', 'Austin Civilian Conservation Corps'],
  ['climate workforce', 'Austin Civilian Conservation Corps'],
  ['mixed reality', 'Transforming Public Healthcare'],
  ['cultural heritage', 'Collections of Ghent'],
  ['digitise heritage', 'Collections of Ghent'],
  ['public spaces in neighbourhoods', 'Co-creation of public spaces'],
  ['ecosystem thinking', 'Ecosystem School 1.0'],
  ['artificial intelligence for small companies', 'AI Friends'],
  ['qualification test', 'Personalized feedback service'],
  ['career mentor', 'Personalized feedback service'],
  ['public works employment', 'Presidential Employment Stimulus'],
  ['start-ups frontline challenges', 'Accelerated Capability Environment'],
  ['emerging technology pilot', 'Future Tech Challenge'],
  ['direct democracy platform', '365 Online Gwanak-gu Office'],
  ['municipal councillors participation', 'Participation Task Forces'],
  ['lived experience', 'Co-created Philosophy of Care'],
  ['schools wellbeing', 'Reversing Youth Mental Health Outcomes'],
];

describe('search relevance on the built-in cases', () => {
  it.each(RELEVANCE)('%s → %s', async (query, expected) => {
    const reply = await bot.answer(`search ${query}`);
    expect(reply.type).toBe('results');
    expect(titles(reply)[0]).toContain(expected);
  });

  it('puts both mental-health cases first for "mental health"', async () => {
    const reply = await bot.answer('mental health');
    expect(titles(reply).slice(0, 2).sort()).toEqual([
      'Co-created Philosophy of Care for the Urgent Mental Health Care Centre',
      'Reversing Youth Mental Health Outcomes',
    ]);
  });

  it('tolerates typos of one or two letters', async () => {
    for (const query of ['mentl helth', 'telerehabilitaion', 'parcitipation', 'heritag']) {
      const reply = await bot.answer(query);
      expect(reply.total, query).toBeGreaterThan(0);
    }
  });

  it('says which words matched', async () => {
    const reply = await bot.answer('search mental health');
    expect(reply.cases[0]?.matched?.sort()).toEqual(['health', 'mental']);
    expect(reply.cases[0]?.score).toBeGreaterThan(0);
  });

  it('reports the typed word when a typo was corrected', async () => {
    const reply = await bot.answer('telerehabilitaion');
    expect(reply.cases[0]?.matched).toEqual(['telerehabilitaion']);
  });

  it('narrows free text to a named country', async () => {
    const reply = await bot.answer('AI projects in Korea');
    expect(reply.intent).toMatchObject({ type: 'search', country: 'KR' });
    expect(titles(reply)[0]).toBe('AI Friends');
    for (const c of reply.cases) expect(c.countries).toContain('KR');
  });

  it.each(['foo~2', 'php:', '--help', '"quoted', 'title:AI^10', '+mental -health', '*', 'a*b', ':~^*+-"'])(
    'treats lunr syntax as text: %s',
    async (query) => {
      const reply = await bot.answer(`search ${query}`);
      expect(['results', 'not-found', 'help']).toContain(reply.type);
    },
  );
});
