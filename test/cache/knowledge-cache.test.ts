import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasebot } from '../../src/index.js';
import { type RecordingLogger, recordingLogger } from '../support/recording-logger.js';

function loadedFromCache(logger: RecordingLogger): unknown {
  return logger.entries.find((e) => e.msg === 'bot ready')?.obj.fromCache;
}

describe('the knowledge cache', () => {
  let dir: string;
  let knowledgeDir: string;
  let cacheDir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-cache-'));
    knowledgeDir = join(dir, 'knowledge');
    cacheDir = join(dir, 'cache');
    await cp('knowledge', knowledgeDir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('builds once, then a restart loads the saved cases and index and answers the same', async () => {
    const first = recordingLogger();
    const built = await createCasebot({ knowledgeDir, cacheDir, logger: first });
    expect(loadedFromCache(first)).toBe(false);
    expect(await readdir(cacheDir)).toHaveLength(1);

    const second = recordingLogger();
    const restarted = await createCasebot({ knowledgeDir, cacheDir, logger: second });
    expect(loadedFromCache(second)).toBe(true);
    expect(restarted.knowledge.cases).toEqual(built.knowledge.cases);
    for (const question of [
      'telerehabilitaion',
      'AI projects in Korea',
      'countries',
      'mental health page 2',
    ]) {
      expect(await restarted.answer(question)).toEqual(await built.answer(question));
    }
  });

  it('rebuilds when the knowledge changes, and keeps only the newest cache', async () => {
    await createCasebot({ knowledgeDir, cacheDir });
    await writeFile(
      join(knowledgeDir, 'extra.jsonl'),
      '{"title":"Open Budget Portal","summary":"Estonia publishes its whole budget as open data for citizens."}\n',
    );
    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir, logger });
    expect(loadedFromCache(logger)).toBe(false);
    expect(bot.knowledge.cases).toHaveLength(19);
    expect((await bot.answer('open budget')).cases[0]?.title).toBe('Open Budget Portal');
    expect(await readdir(cacheDir)).toHaveLength(1);
  });

  it('rebuilds, with a warning, from a corrupt cache file', async () => {
    await createCasebot({ knowledgeDir, cacheDir });
    const [file] = await readdir(cacheDir);
    await writeFile(join(cacheDir, file!), '{"key": "truncated…');
    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir, logger });
    expect(loadedFromCache(logger)).toBe(false);
    expect(logger.entries.some((e) => e.level === 'warn' && /cache unreadable/.test(e.msg ?? ''))).toBe(true);
    expect(bot.knowledge.cases).toHaveLength(18);
  });

  it('rebuilds, with a warning, when the cache file cannot be read', async () => {
    await createCasebot({ knowledgeDir, cacheDir });
    const [file] = await readdir(cacheDir);
    await rm(join(cacheDir, file!));
    await mkdir(join(cacheDir, file!));
    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir, logger });
    expect(loadedFromCache(logger)).toBe(false);
    expect(logger.entries.some((e) => e.level === 'warn' && /cache unreadable/.test(e.msg ?? ''))).toBe(true);
    expect(bot.knowledge.cases).toHaveLength(18);
  });

  it('says nothing about a cache that is not there yet', async () => {
    const logger = recordingLogger();
    await createCasebot({ knowledgeDir, cacheDir, logger });
    expect(logger.entries.filter((e) => e.level === 'warn')).toEqual([]);
  });

  it('still starts when the cache cannot be written', async () => {
    const blocked = join(dir, 'a-file');
    await writeFile(blocked, 'not a folder');
    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir: join(blocked, 'cache'), logger });
    expect(bot.knowledge.cases).toHaveLength(18);
    expect(logger.entries.some((e) => e.level === 'warn' && /could not save/.test(e.msg ?? ''))).toBe(true);
  });
});
