import { type Bot, type Case, createBot, type Reply } from '../../src/index.js';
import { buildSearchIndexData } from '../../src/search/build-search-index.js';
import { createSearchIndex } from '../../src/search/search-index.js';
import { makeCase } from '../digests/digest-fixtures.js';

/** The core bot over a few cases of a test's own, with their search index. */
export function botOver(cases: Case[]): Bot {
  const index = createSearchIndex(buildSearchIndexData(cases));
  return createBot({ knowledge: { cases, problems: [], hash: 'test' }, index });
}

/**
 * The core's own answer to "how many cases?" over two cases with every facet (country, region,
 * topic, year, level), asked by slash command so it is private with a Share button: what the
 * renderers must turn into buttons, "By region" included.
 */
export function overviewReply(): Promise<Reply> {
  const bot = botOver([
    makeCase('a1', { countries: ['FR'], tags: ['Health'], year: 2021, level: 'local' }),
    makeCase('b2', { countries: ['JP'], tags: ['Education'], year: 2019, level: 'national' }),
  ]);
  return bot.answer('how many cases?', {
    platform: 'slack',
    surface: { type: 'slash-command' },
    channelId: 'C1',
  });
}
