import { describe, expect, it } from 'vitest';
import { createBot, type Reply } from '../../src/index.js';
import { MAX_COMPARE_OPTIONS } from '../../src/intents/build-compare-menu.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';
import { builtInBot } from '../support/built-in-bot.js';

function compareOf(reply: Reply) {
  return reply.type === 'case' ? reply.compare : undefined;
}

describe('"Compare with…" on a shown case', () => {
  it('offers the cases "Similar" lists, most alike first, each comparing the shown case with it', async () => {
    const bot = await builtInBot();
    for (const shown of bot.knowledge.cases.slice(0, 6)) {
      const menu = compareOf(await bot.answer(`show ${shown.id}`));
      const similar = await bot.answer(`similar ${shown.id}`);
      const alike = similar.cases.map((c) => c.id);
      expect(menu?.placeholder).toBe('Compare with…');
      expect(menu?.options.length).toBeLessThanOrEqual(MAX_COMPARE_OPTIONS);
      for (const option of menu?.options ?? []) {
        expect(option.key).not.toBe(shown.id);
        expect(option.label).toBe(bot.knowledge.cases.find((c) => c.id === option.key)?.title);
        expect(option.command).toBe(`compare ${shown.id} and ${option.key}`);
        const compared = await bot.answer(option.command);
        expect(compared.type).toBe('compare');
        expect(compared.cases.map((c) => c.id)).toEqual([shown.id, option.key]);
      }
      // The first cases "Similar" shows are offered (it may order other countries first).
      expect(alike.every((id) => menu?.options.some((o) => o.key === id))).toBe(true);
    }
  });

  it('offers no menu when nothing is like the case', async () => {
    const cases = [
      makeCase('a1', { title: 'Telehealth for villages', summary: 'Telehealth in villages.' }),
      makeCase('b1', { title: 'Budget by citizens', summary: 'Participatory budgeting.' }),
    ];
    const bot = createBot({
      knowledge: { cases, problems: [], hash: 't' },
      index: createSearchIndex(buildSearchIndexData(cases)),
    });
    const reply = await bot.answer('show a1');
    expect(reply.type).toBe('case');
    expect(compareOf(reply)).toBeUndefined();
  });
});
