import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReloadingBot, type Reply } from '../../src/index.js';
import { loadSearchKnowledge } from '../../src/reload/load-search-knowledge.js';
import { recordingLogger } from '../support/recording-logger.js';

/** Cases about one made-up subject word each, so an answer says which knowledge it came from. */
function casesAbout(word: string, count: number): string {
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      title: `${word} initiative ${i}`,
      summary: `A city tested ${word} number ${i} with residents and published what it learnt about ${word}.`,
      countries: ['FR'],
    }),
  ).join('\n');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'casebot-reload-'));
  await writeFile(join(dir, 'cases.jsonl'), casesAbout('quokkas', 40));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function titles(reply: Reply): string[] {
  return reply.cases.map((c) => c.title);
}

describe('createReloadingBot', () => {
  it('reloads in a worker thread and answers from the new knowledge, logging what changed', async () => {
    const logger = recordingLogger();
    const { bot, reload } = await createReloadingBot({ knowledgeDir: dir, logger });
    expect(titles(await bot.answer('search quokkas'))[0]).toMatch(/^quokkas initiative/);
    await writeFile(join(dir, 'more.jsonl'), casesAbout('axolotls', 3));

    const outcome = await reload();

    expect(outcome).toMatchObject({
      type: 'reloaded',
      cases: { before: 40, after: 43 },
      added: 3,
      removed: 0,
    });
    expect(titles(await bot.answer('search axolotls'))[0]).toMatch(/^axolotls initiative/);
    expect(bot.knowledge.cases).toHaveLength(43);
    const logged = logger.entries.find((e) => e.msg === 'knowledge reloaded');
    expect(logged?.obj).toMatchObject({ cases: { before: 40, after: 43 }, errors: 0 });
    expect(logged?.obj.ms).toEqual(expect.any(Number));
  });

  it('answers every question during a reload, each from the old or the new knowledge, never an error', async () => {
    const { bot, reload } = await createReloadingBot({ knowledgeDir: dir });
    await writeFile(join(dir, 'cases.jsonl'), casesAbout('quokkas', 20));
    const reloading = reload();
    const replies: Reply[] = [];
    // Questions keep coming while the worker builds: the event loop stays free for them.
    let done = false;
    void reloading.then(() => {
      done = true;
    });
    while (!done) {
      replies.push(...(await Promise.all(Array.from({ length: 20 }, () => bot.answer('search quokkas')))));
      // Requests arrive as I/O events: let the worker's message in between, as a server's loop would.
      await new Promise((resolve) => setImmediate(resolve));
    }
    replies.push(...(await Promise.all(Array.from({ length: 20 }, () => bot.answer('search quokkas')))));

    expect((await reloading).type).toBe('reloaded');
    expect(replies.length).toBeGreaterThan(40);
    for (const reply of replies) {
      expect(reply.type).toBe('results');
      expect([40, 20]).toContain(reply.total);
    }
    expect(replies.at(-1)?.total).toBe(20);
  });

  it('loads new data without its bad records, and logs each problem', async () => {
    const logger = recordingLogger();
    const { bot, reload } = await createReloadingBot({ knowledgeDir: dir, logger });
    await writeFile(
      join(dir, 'bad.jsonl'),
      `${casesAbout('axolotls', 2)}\n{"title": "no summary"}\nnot json at all\n`,
    );

    const outcome = await reload();

    expect(outcome).toMatchObject({ type: 'reloaded', cases: { after: 42 }, errors: 2 });
    const problems = logger.entries.filter((e) => e.level === 'warn' && String(e.msg).includes('bad.jsonl'));
    expect(problems).toHaveLength(2);
    expect((await bot.answer('search axolotls')).total).toBe(2);
  });

  it('keeps the old knowledge when the folder cannot be read, and logs why', async () => {
    const logger = recordingLogger();
    const { bot, reload } = await createReloadingBot({ knowledgeDir: dir, logger });
    await rename(dir, `${dir}-gone`);
    try {
      const outcome = await reload();

      expect(outcome).toMatchObject({ type: 'kept', cases: 40 });
      expect(outcome.type === 'kept' && (outcome.error as { code?: string }).code).toBe(
        'KNOWLEDGE_DIR_MISSING',
      );
      expect((await bot.answer('search quokkas')).total).toBe(40);
      expect(logger.entries.find((e) => e.level === 'error')?.msg).toMatch(
        /still answering from the previous/,
      );
    } finally {
      await rename(`${dir}-gone`, dir);
    }
  });

  it('runs a reload asked for during a reload once, after it', async () => {
    let builds = 0;
    let release: () => void = () => {};
    const { reload } = await createReloadingBot({
      knowledgeDir: dir,
      build: async (request, logger) => {
        builds++;
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return loadSearchKnowledge({ ...request, logger });
      },
    });
    const first = reload();
    const second = reload();
    const third = reload();
    expect(second).toBe(third);
    expect(builds).toBe(1);
    release();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(builds).toBe(2);
    release();
    expect((await second).type).toBe('reloaded');
    expect(builds).toBe(2);
  });
});
