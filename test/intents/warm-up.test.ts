import { describe, expect, it } from 'vitest';
import { createBot, createCasebot, type Reply } from '../../src/index.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';

// The similarity index ("Compare with…", "Similar") is built by the warm-up after the bot is
// ready, so that a fresh bot's first `show` builds nothing while someone waits.

const cases = [
  makeCase('a1', { title: 'Telehealth for villages', summary: 'Telehealth clinics in remote villages.' }),
  makeCase('a2', { title: 'Village telehealth kiosks', summary: 'Telehealth kiosks serve villages.' }),
  makeCase('b1', { title: 'Budget by citizens', summary: 'Participatory budgeting in cities.' }),
];

function countingBot() {
  const built = { similar: 0 };
  const bot = createBot({
    knowledge: { cases, problems: [], hash: 't' },
    index: createSearchIndex(buildSearchIndexData(cases)),
    onSimilarBuilt: () => {
      built.similar += 1;
    },
  });
  return { bot, built };
}

const compareOf = (reply: Reply) => (reply.type === 'case' ? reply.compare : undefined);

describe('bot.warmUp', () => {
  it('builds the similarity index, after which a first show builds nothing and offers Compare with…', async () => {
    const { bot, built } = countingBot();
    expect(built.similar).toBe(0);
    await bot.warmUp?.();
    expect(built.similar).toBe(1);
    const shown = await bot.answer('show a1');
    expect(compareOf(shown)?.options.map((o) => o.key)).toEqual(['a2']);
    await bot.answer('similar a2');
    await bot.warmUp?.();
    expect(built.similar).toBe(1);
  });

  it('lets a show asked before the warm-up finished build it once, which the warm-up then reuses', async () => {
    const { bot, built } = countingBot();
    const warming = bot.warmUp?.();
    // The warm-up yields to the event loop before building: the question comes first.
    expect(built.similar).toBe(0);
    expect(compareOf(await bot.answer('show a1'))?.options).toHaveLength(1);
    expect(built.similar).toBe(1);
    await warming;
    expect(built.similar).toBe(1);
  });

  it('does not build before it is asked to: readiness waits for nothing', async () => {
    const { bot, built } = countingBot();
    await bot.answer('list');
    await new Promise((resolve) => setImmediate(resolve));
    expect(built.similar).toBe(0);
  });

  it('is passed through the bot npm start runs (createCasebot over the knowledge folder)', async () => {
    let builds = 0;
    const bot = await createCasebot({ knowledgeDir: 'knowledge', onSimilarBuilt: () => (builds += 1) });
    expect(builds).toBe(0);
    await bot.warmUp?.();
    expect(builds).toBe(1);
    await bot.answer(`show ${bot.knowledge.cases[0]?.id}`);
    expect(builds).toBe(1);
  });
});
