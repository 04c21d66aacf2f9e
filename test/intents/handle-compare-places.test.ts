import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot } from '../../src/index.js';

let bot: Bot;
beforeAll(async () => {
  bot = await createCasebot({ knowledgeDir: 'knowledge' });
});

function casesOf(code: string) {
  return bot.knowledge.cases.filter((c) => c.countries.includes(code));
}

describe('comparing countries', () => {
  it('sets what each has done side by side: counts, topics, years, levels and its best cases', async () => {
    const reply = await bot.answer('compare Korea and France');
    expect(reply.type).toBe('compare');
    if (reply.type !== 'compare') return;
    expect(reply.intent).toEqual({ type: 'compare-places', countries: ['KR', 'FR'], query: '', filters: {} });
    const korea = casesOf('KR');
    const france = casesOf('FR');
    expect(korea.length).toBeGreaterThan(0);
    const row = (label: string) => reply.rows.find((r) => r.label === label)?.values;
    expect(row('Cases')).toEqual([String(korea.length), String(france.length)]);
    // Each country's most frequent topic heads its topics, with its count.
    const tally = new Map<string, number>();
    for (const tag of korea.flatMap((c) => c.tags)) tally.set(tag, (tally.get(tag) ?? 0) + 1);
    const [topTopic, topCount] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
    expect(row('Topics')?.[0]?.startsWith(`${topTopic} ${topCount}`)).toBe(true);
    for (const c of korea) if (c.year !== undefined) expect(row('Years')?.[0]).toContain(String(c.year));
    expect(reply.heading).toContain(`South Korea ${korea.length}`);
    // The best case of each is shown, and each country's own list is one button away.
    expect(reply.cases.map((c) => c.countries[0])).toEqual(['KR', 'FR']);
    const lists = reply.actions.filter((a) => a.type === 'example').map((a) => a.command);
    expect(lists).toEqual(['list in South Korea', 'list in France']);
    for (const command of lists) {
      const listed = await bot.answer(command);
      expect(listed.total).toBe(command.endsWith('Korea') ? korea.length : france.length);
    }
  });

  it('keeps the subject and filters for every country, and reads its own command back', async () => {
    const reply = await bot.answer('compare digital government in Korea and France');
    expect(reply.intent).toEqual({
      type: 'compare-places',
      countries: ['KR', 'FR'],
      query: '',
      filters: { topic: 'Digital government' },
    });
    const digital = (code: string) => casesOf(code).filter((c) => c.tags.includes('Digital government'));
    if (reply.type !== 'compare') throw new Error(reply.type);
    expect(reply.rows[0]?.values).toEqual([String(digital('KR').length), String(digital('FR').length)]);
    const again = await bot.answer('compare South Korea and France topic Digital government');
    expect(again.intent).toEqual(reply.intent);
  });
});
