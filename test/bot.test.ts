import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, MAX_MESSAGE_LENGTH, PAGE_SIZE, type Reply, renderPlainText } from '../src/index.js';
import { builtInBot } from './support/built-in-bot.js';

let bot: Bot;
beforeAll(async () => {
  bot = await builtInBot();
});

function only<T extends Reply['type']>(reply: Reply, type: T): Extract<Reply, { type: T }> {
  expect(reply.type).toBe(type);
  return reply as Extract<Reply, { type: T }>;
}

describe('the bot on the built-in knowledge', () => {
  it('pages results by 5, says how many matched and how to see more', async () => {
    const first = only(await bot.answer('search public'), 'results');
    expect(first.cases).toHaveLength(PAGE_SIZE);
    expect(first.total).toBeGreaterThan(PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    expect(first.nextCommand).toBe('search public page 2');
    expect(first.actions).toContainEqual({
      type: 'more',
      label: 'More results',
      command: 'search public page 2',
    });
    expect(renderPlainText(first)).toContain(
      `Showing 1–5 of ${first.total} cases. For more, say “search public page 2” (or “next”).`,
    );
    const second = only(await bot.answer(first.nextCommand!), 'results');
    expect(second.page).toBe(2);
    expect(second.cases.map((c) => c.id)).not.toContain(first.cases[0]!.id);
  });

  it('says what its collection is, the years its cases started in and the language it reads', async () => {
    const reply = only(await bot.answer('how up to date is your data?'), 'message');
    const years = bot.knowledge.cases.flatMap((c) => (c.year === undefined ? [] : [c.year]));
    const text = reply.lines.join('\n');
    expect(text).toContain(`${bot.knowledge.cases.length} public-sector innovation cases`);
    expect(text).toContain(`The cases started between ${Math.min(...years)} and ${Math.max(...years)}.`);
    expect(text).toMatch(/I read questions in English/);
  });

  it('shows the last page, with a notice, for a page past the end', async () => {
    const reply = only(await bot.answer('search public page 99'), 'results');
    expect(reply.page).toBe(reply.pageCount);
    expect(reply.notice).toMatch(/here is the last one/);
    expect(reply.nextCommand).toBeUndefined();
  });

  it('lists countries with counts, most first, each with the command that lists its cases', async () => {
    const reply = only(await bot.answer('countries'), 'counts');
    expect(reply.facet).toBe('country');
    const korea = reply.groups.find((g) => g.key === 'KR');
    expect(korea).toEqual({ key: 'KR', label: '🇰🇷 South Korea', count: 3, command: 'list in South Korea' });
    expect(reply.groups[0]?.key).toBe('KR');
    const counts = reply.groups.map((g) => g.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // The same counts the adapters' autocomplete reads.
    expect(reply.groups.map((g) => [g.key, g.count])).toEqual(bot.countries().map((c) => [c.code, c.count]));
    expect(renderPlainText(reply)).toContain('🇰🇷 South Korea: 3');
  });

  it('lists by title, A to Z, page by page', async () => {
    const first = only(await bot.answer('list all by title'), 'results');
    const second = only(await bot.answer(first.nextCommand!), 'results');
    const titles = [...first.cases, ...second.cases].map((c) => c.title);
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    expect(titles).toEqual([...titles].sort(collator.compare));
    expect(first.heading).toBe('Cases, by title');
    expect(first.nextCommand).toBe('list by title page 2');
  });

  it('says "1 case", not "1 cases", when a count finds one', async () => {
    const years = bot.knowledge.cases.map((c) => c.year).filter((y): y is number => y !== undefined);
    const once = years.find((y) => years.filter((x) => x === y).length === 1);
    expect(once).toBeDefined();
    const all = bot.knowledge.cases.length;
    expect(only(await bot.answer(`how many cases in ${once}`), 'counts').heading).toBe(
      `1 case in ${once}, of ${all} in all (${Math.round(100 / all)}%)`,
    );
    expect(only(await bot.answer('how many cases'), 'counts').heading).toBe(
      `${bot.knowledge.cases.length} cases`,
    );
  });

  it('says what part of the collection a narrowed count is, as "what percentage" asks', async () => {
    const all = bot.knowledge.cases.length;
    const local = bot.knowledge.cases.filter((c) => /local|municipal|city/iu.test(c.level ?? '')).length;
    const reply = only(await bot.answer('what percentage are local'), 'counts');
    expect(reply.intent).toEqual({ type: 'count', query: '', filters: { level: 'local' } });
    expect(reply.heading).toBe(
      `${local} cases at local level, of ${all} in all (${Math.round((local / all) * 100)}%)`,
    );
  });

  it("answers a country's cases, newest first", async () => {
    const reply = only(await bot.answer('what has Korea done?'), 'results');
    expect(reply.total).toBe(3);
    expect(reply.cases.every((c) => c.countries.includes('KR'))).toBe(true);
    expect(reply.cases[0]?.title).toMatch(/Gwanak-gu/);
  });

  it('suggests the nearest known countries for an unknown one', async () => {
    const reply = only(await bot.answer('country Beljum'), 'not-found');
    expect(reply.message).toContain('Belgium');
    expect(reply.suggestions).toContain('country Belgium');
  });

  it('reads a country one letter off as that country, and offers the words as typed', async () => {
    const reply = only(await bot.answer('country Belgum'), 'results');
    expect(reply.heading).toBe('Cases from Belgium, newest first');
    expect(reply.actions).toContainEqual({
      type: 'alternative',
      label: '“Belgum” as words',
      command: 'search "Belgum"',
    });
  });

  it('says when a real country has no cases yet, and suggests others', async () => {
    const reply = only(await bot.answer('country Japan'), 'not-found');
    expect(reply.heading).toBe('No cases from Japan');
    expect(reply.message).toBe('There are no cases from Japan yet. Nearby: South Korea (3 cases).');
    expect(reply.actions).toEqual([
      { type: 'relax', label: 'South Korea (3)', command: 'list in South Korea' },
    ]);
  });

  it('shows one case by id, and by an unambiguous prefix', async () => {
    const someCase = bot.knowledge.cases[3]!;
    const reply = only(await bot.answer(`show ${someCase.id}`), 'case');
    expect(reply.cases[0]).toMatchObject({ id: someCase.id, summary: someCase.summary });
    const byPrefix = only(await bot.answer(`show ${someCase.id.slice(0, 6).toUpperCase()}`), 'case');
    expect(byPrefix.cases[0]?.id).toBe(someCase.id);
    only(await bot.answer('show zzzzzz'), 'not-found');
  });

  it('picks random cases with the injected source, within the filters', async () => {
    const reply = only(await bot.answer('random korea'), 'results');
    expect(reply.cases).toHaveLength(1);
    expect(reply.cases[0]?.countries).toContain('KR');
    expect(reply.actions).toContainEqual({
      type: 'random',
      label: 'Another random case',
      command: 'random in South Korea',
    });
    const health = only(await bot.answer('surprise me with a health case'), 'results');
    const picked = health.cases[0]!;
    expect([picked.title, picked.summary, ...picked.tags].join(' ')).toMatch(/health/i);
  });

  it('explains empty, whitespace and over-long messages', async () => {
    expect(only(await bot.answer(''), 'help').notice).toMatch(/empty/);
    expect(only(await bot.answer('   '), 'help').notice).toMatch(/empty/);
    expect(only(await bot.answer('x '.repeat(5000)), 'help').notice).toContain(String(MAX_MESSAGE_LENGTH));
  });

  it('explains an empty search and suggests what to try', async () => {
    const reply = only(await bot.answer('search xylophone zeppelin'), 'not-found');
    expect(reply.total).toBe(0);
    expect(reply.suggestions).toContain('countries');
  });

  it('tells console users that digests need a chat channel', async () => {
    const reply = only(await bot.answer('digest subscribe daily'), 'digest');
    expect(reply.heading).toBe('Digests need a chat channel');
    expect(reply.visibility).toBe('private');
    // For the asker alone by nature: private even where answers are public.
    const mention = await bot.answer('digest subscribe daily', {
      platform: 'slack',
      surface: { type: 'mention' },
    });
    expect(mention).toMatchObject({ heading: 'Digests need a chat channel', visibility: 'private' });
  });

  it('gives a reply for any string, never throwing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary', maxLength: 600 }),
          fc.constantFrom('@everyone', '<!channel>', 'foo~1', '한국', '🇰🇷 health'),
        ),
        async (text) => {
          const reply = await bot.answer(text);
          expect(reply.heading.length).toBeGreaterThan(0);
          expect(renderPlainText(reply).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
