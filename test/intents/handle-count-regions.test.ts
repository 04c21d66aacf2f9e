import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot } from '../../src/index.js';

let bot: Bot;
beforeAll(async () => {
  bot = await createCasebot({ knowledgeDir: 'knowledge' });
});

describe('regions as an overview facet', () => {
  it('counts cases per continent, each line listing that region’s cases', async () => {
    const reply = await bot.answer('which regions do you cover?');
    expect(reply.intent).toEqual({ type: 'count', by: 'region', query: '', filters: {} });
    if (reply.type !== 'counts') throw new Error(reply.type);
    expect(reply.groups.length).toBeGreaterThan(1);
    for (const group of reply.groups) {
      // Each line's count is what listing its region finds: the filter and the facet agree.
      const listed = await bot.answer(`list in ${group.label}`);
      expect(listed.intent).toMatchObject({ filters: { region: group.key } });
      expect(listed.total).toBe(group.count);
    }
    const total = reply.groups.reduce((n, g) => n + g.count, 0);
    expect(total).toBeGreaterThanOrEqual(bot.knowledge.cases.filter((c) => c.countries.length > 0).length);
  });
});
