import { cp, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CachedKnowledge, encodeCacheFile } from '../../src/cache/decode-cache-file.js';
import { type Bot, createCasebot } from '../../src/index.js';
import { type RecordingLogger, recordingLogger } from '../support/recording-logger.js';

const QUESTIONS = [
  'telerehabilitaion',
  'AI projects in Korea',
  'countries',
  'mental health page 2',
  'show 1',
];

/** The one cache file's path, its key and its data as saved. */
async function readCache(cacheDir: string): Promise<{ file: string; key: string; data: CachedKnowledge }> {
  const [name] = await readdir(cacheDir);
  const file = join(cacheDir, name!);
  const bytes = await readFile(file);
  const end = bytes.indexOf(0x0a);
  const header = JSON.parse(bytes.subarray(0, end).toString()) as { key: string };
  return { file, key: header.key, data: JSON.parse(bytes.subarray(end + 1).toString()) as CachedKnowledge };
}

/** Writes data as casebot would, checksum and all: a cache whose only fault is its content. */
async function writeConsistently(file: string, key: string, data: unknown): Promise<void> {
  await writeFile(file, Buffer.concat(encodeCacheFile(key, data as CachedKnowledge)));
}

interface Damage {
  name: string;
  /** What the warning says was wrong. */
  reason: RegExp;
  make(file: string, key: string, data: CachedKnowledge): Promise<void>;
}

const DAMAGES: Damage[] = [
  {
    name: 'valid JSON but inconsistent postings (the start used to stop on it)',
    reason: /inconsistent search postings/,
    async make(file, key, data) {
      // One term's offset fewer than there are terms.
      const offsets = Buffer.from(data.search.offsets, 'base64').subarray(4).toString('base64');
      await writeConsistently(file, key, { ...data, search: { ...data.search, offsets } });
    },
  },
  {
    name: 'postings naming a case that is not in the cache',
    reason: /search postings name a case that is not cached \(no-such-case\)/,
    async make(file, key, data) {
      const refs = [...data.search.refs.slice(0, -1), 'no-such-case'];
      await writeConsistently(file, key, { ...data, search: { ...data.search, refs } });
    },
  },
  {
    name: 'an edited case title (checksum not updated)',
    reason: /does not match its checksum/,
    async make(file) {
      // One letter, so the length stays right and only the checksum can tell.
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/"title":"[A-WYZa-z]/, '"title":"X'));
    },
  },
  {
    name: 'a file cut short',
    reason: /cut short/,
    async make(file) {
      const { size } = await stat(file);
      await truncate(file, Math.floor(size / 2));
    },
  },
  {
    name: 'data of the wrong types (checksum right)',
    reason: /wrong types \(cases\.0\.title: /,
    async make(file, key, data) {
      await writeConsistently(file, key, {
        ...data,
        cases: [{ ...data.cases[0], title: 42 }, ...data.cases.slice(1)],
      });
    },
  },
  {
    name: 'a case list that is not a list (checksum right)',
    reason: /wrong types \(cases: /,
    async make(file, key, data) {
      await writeConsistently(file, key, { ...data, cases: {} });
    },
  },
  {
    name: 'a header that is not casebot’s',
    reason: /unexpected header|header line is not JSON/,
    async make(file, _key, data) {
      await writeFile(file, `{"key":"whatever"}\n${JSON.stringify(data)}`);
    },
  },
];

function warnings(logger: RecordingLogger) {
  return logger.entries.filter((e) => e.level === 'warn');
}

describe('a damaged knowledge cache is rebuilt with a warning, never served', () => {
  let dir: string;
  let knowledgeDir: string;
  let reference: Bot;
  const answers = new Map<string, unknown>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'casebot-damaged-cache-'));
    knowledgeDir = join(dir, 'knowledge');
    await cp('knowledge', knowledgeDir, { recursive: true });
    reference = await createCasebot({ knowledgeDir, random: () => 0.5 });
    for (const question of QUESTIONS) answers.set(question, await reference.answer(question));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(DAMAGES)('$name', async (damage) => {
    const cacheDir = await mkdtemp(join(dir, 'cache-'));
    await createCasebot({ knowledgeDir, cacheDir });
    const { file, key, data } = await readCache(cacheDir);
    await damage.make(file, key, data);

    const logger = recordingLogger();
    const bot = await createCasebot({ knowledgeDir, cacheDir, logger, random: () => 0.5 });
    expect(logger.entries.find((e) => e.msg === 'bot ready')?.obj.fromCache).toBe(false);
    const [warning, ...others] = warnings(logger);
    expect(others).toEqual([]);
    expect(warning?.obj).toMatchObject({ file });
    expect(String(warning?.obj.reason)).toMatch(damage.reason);
    for (const question of QUESTIONS) expect(await bot.answer(question)).toEqual(answers.get(question));

    // The rebuilt cache is whole again: the next start uses it, without a word.
    const next = recordingLogger();
    await createCasebot({ knowledgeDir, cacheDir, logger: next });
    expect(next.entries.find((e) => e.msg === 'bot ready')?.obj.fromCache).toBe(true);
    expect(warnings(next)).toEqual([]);
  });
});
