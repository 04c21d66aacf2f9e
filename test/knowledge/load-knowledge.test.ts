import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Case } from '../../src/knowledge/case.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { summaryKey } from '../../src/knowledge/summary-key.js';
import type { Logger } from '../../src/logger.js';
import { BUILT_IN_KNOWLEDGE, createTempDirs, FIXTURES } from '../fixtures/knowledge-dirs.js';

const temp = createTempDirs();
afterAll(() => temp.cleanup());

const PAGE_000 = join(BUILT_IN_KNOWLEDGE, 'opsi-listing-000.txt');
const PAGE_004 = join(BUILT_IN_KNOWLEDGE, 'opsi-listing-004.txt');
const CURATED = join(BUILT_IN_KNOWLEDGE, 'curated.json');
const CONNECTOO_COMPLETE = join(FIXTURES, 'dedupe/connectoo-complete.json');
const ID = /^[0-9a-hjkmnp-tv-z]{8,}$/;

interface CuratedFacts {
  summaryStartsWith: string;
  title: string;
  countries: string[];
  year?: number;
  url?: string;
  level: string;
}
const CURATED_FACTS = (JSON.parse(readFileSync(CURATED, 'utf8')) as { cases: CuratedFacts[] }).cases;

function caseStarting(cases: readonly Case[], start: string): Case {
  const found = cases.filter((c) => summaryKey(c.summary).startsWith(summaryKey(start)));
  if (found.length !== 1) throw new Error(`${found.length} cases start with ${start}`);
  return found[0]!;
}

function recordingLogger(): Logger & { calls: { level: string; obj: object; msg?: string }[] } {
  const calls: { level: string; obj: object; msg?: string }[] = [];
  const at =
    (level: string) =>
    (obj: object, msg?: string): void => {
      calls.push({ level, obj, ...(msg === undefined ? {} : { msg }) });
    };
  return { calls, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('the built-in knowledge folder', async () => {
  const kb = await loadKnowledge(BUILT_IN_KNOWLEDGE);

  it('holds 18 unique cases from 20 summaries, with no problems', () => {
    expect(kb.problems).toEqual([]);
    expect(kb.cases).toHaveLength(18);
    expect(kb.cases.reduce((n, c) => n + c.sources.length, 0)).toBe(20);
  });

  it('gives every case a unique, typeable id', () => {
    const ids = kb.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(18);
    for (const id of ids) expect(id).toMatch(ID);
  });

  it('remembers both pages for the two shared cases', () => {
    const shared = kb.cases.filter((c) => c.sources.length > 1);
    expect(shared.map((c) => c.sources)).toEqual([
      [
        { file: 'opsi-listing-000.txt', line: 14 },
        { file: 'opsi-listing-004.txt', line: 12 },
      ],
      [
        { file: 'opsi-listing-000.txt', line: 15 },
        { file: 'opsi-listing-004.txt', line: 13 },
      ],
    ]);
  });

  it('keeps each summary exactly as on its page line and flags only Connectoo as truncated', () => {
    const lines = {
      'opsi-listing-000.txt': readFileSync(PAGE_000, 'utf8').split('\n'),
      'opsi-listing-004.txt': readFileSync(PAGE_004, 'utf8').split('\n'),
    };
    for (const c of kb.cases) {
      const first = c.sources[0]!;
      expect(c.summary).toBe(lines[first.file as keyof typeof lines][first.line - 1]);
    }
    expect(kb.cases.filter((c) => c.truncated).map((c) => c.title)).toEqual(['Connectoo Training']);
  });

  it('applies the curated facts to all 18 cases', () => {
    expect(CURATED_FACTS).toHaveLength(18);
    for (const facts of CURATED_FACTS) {
      const c = caseStarting(kb.cases, facts.summaryStartsWith);
      expect(c.title).toBe(facts.title);
      expect(c.countries).toEqual(facts.countries);
      expect(c.year).toBe(facts.year);
      expect(c.url).toBe(facts.url);
      expect(c.level).toBe(facts.level);
    }
  });

  it('tags every case', () => {
    for (const c of kb.cases) expect(c.tags.length, c.title).toBeGreaterThan(0);
  });

  it('reports its two merges: the same summary on both pages', () => {
    expect(kb.merges).toEqual(
      kb.cases
        .filter((c) => c.sources.length > 1)
        .map((c) => ({ type: 'merged', id: c.id, sources: c.sources, reason: 'same summary' })),
    );
    expect(kb.merges).toHaveLength(2);
  });

  it('finds nothing to report in the built-in knowledge', async () => {
    expect((await loadKnowledge(BUILT_IN_KNOWLEDGE)).problems).toEqual([]);
  });
});

describe('without curation', async () => {
  const dir = await temp.make([
    [PAGE_000, 'opsi-listing-000.txt'],
    [PAGE_004, 'opsi-listing-004.txt'],
  ]);
  const kb = await loadKnowledge(dir);

  it('infers titles, countries and tags, and keeps the ids of the curated folder', async () => {
    const curated = await loadKnowledge(BUILT_IN_KNOWLEDGE);
    expect(kb.cases.map((c) => c.id)).toEqual(curated.cases.map((c) => c.id));
    expect(caseStarting(kb.cases, 'Connectoo Training')).toMatchObject({
      title: 'Connectoo Training',
      countries: ['BE'],
    });
    expect(caseStarting(kb.cases, '#MyFrance2022')).toMatchObject({
      title: '#MyFrance2022',
      countries: ['FR'],
    });
    expect(caseStarting(kb.cases, 'Public healthcare in Serbia').countries).toEqual(['RS']);
    expect(caseStarting(kb.cases, 'Since October 2020').countries).toEqual(['ZA']);
    for (const c of kb.cases) {
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.title.length).toBeLessThanOrEqual(80);
      expect(c).not.toHaveProperty('year');
      expect(c).not.toHaveProperty('url');
    }
  });
});

describe('merging a cut-off page summary with a complete record', () => {
  it('keeps the complete text and both sources; structured values beat inferred ones', async () => {
    const dir = await temp.make([
      [PAGE_000, 'opsi-listing-000.txt'],
      [CONNECTOO_COMPLETE, 'connectoo-complete.json'],
    ]);
    const kb = await loadKnowledge(dir);
    expect(kb.problems).toEqual([]);
    expect(kb.cases).toHaveLength(10);
    const c = caseStarting(kb.cases, 'Connectoo Training');
    expect(c).toMatchObject({
      truncated: false,
      title: 'Connectoo (structured title)',
      countries: ['FR'],
      year: 1999,
      organisation: 'Connectoo asbl',
      sources: [
        { file: 'connectoo-complete.json', line: 1 },
        { file: 'opsi-listing-000.txt', line: 16 },
      ],
    });
    expect(c.summary.endsWith('a question of skills and confidence.')).toBe(true);
    expect(c.tags[0]).toBe('inclusion');
  });

  it('curated values beat structured ones; structured values curation lacks remain', async () => {
    const dir = await temp.make([
      [PAGE_000, 'opsi-listing-000.txt'],
      [CONNECTOO_COMPLETE, 'connectoo-complete.json'],
      [CURATED, 'curated.json'],
    ]);
    const kb = await loadKnowledge(dir);
    // Entries for cases of the other page match nothing here.
    expect(new Set(kb.problems.map((p) => p.field))).toEqual(new Set(['summaryStartsWith']));
    expect(kb.problems).toHaveLength(8);
    expect(caseStarting(kb.cases, 'Connectoo Training')).toMatchObject({
      title: 'Connectoo Training',
      countries: ['BE'],
      year: 2022,
      url: 'https://oecd-opsi.org/innovations/connectoo-training/',
      level: 'National',
      organisation: 'Connectoo asbl',
      truncated: false,
    });
  });
});

describe('ids and hash', () => {
  const files = [
    [PAGE_000, 'opsi-listing-000.txt'],
    [PAGE_004, 'opsi-listing-004.txt'],
    [join(FIXTURES, 'good/records.json'), 'records.json'],
    [join(FIXTURES, 'good/records.jsonl'), 'records.jsonl'],
    [join(FIXTURES, 'good/records.csv'), 'records.csv'],
    [CONNECTOO_COMPLETE, 'connectoo-complete.json'],
  ] as const;

  it('are the same for the same content whatever the file names and order', async () => {
    const a = await loadKnowledge(await temp.make(files));
    const renamed = files.map(
      ([source, name], i) => [source, `${String(files.length - i).padStart(2, '0')}-${name}`] as const,
    );
    const b = await loadKnowledge(await temp.make([...renamed].reverse()));
    const idsOf = (cases: readonly Case[]) => new Map(cases.map((c) => [summaryKey(c.summary), c.id]));
    expect(a.cases).toHaveLength(24);
    expect(idsOf(b.cases)).toEqual(idsOf(a.cases));
    expect(new Set(a.cases.map((c) => c.id)).size).toBe(24);
    for (const c of a.cases) expect(c.id).toMatch(ID);
    // The hash covers file names, so renaming changes it; the same files give the same hash.
    expect(b.hash).not.toBe(a.hash);
    expect((await loadKnowledge(await temp.make([...files].reverse()))).hash).toBe(a.hash);
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the hash changes when any byte changes', async () => {
    const dir = await temp.make(files);
    const before = (await loadKnowledge(dir)).hash;
    const path = join(dir, 'records.jsonl');
    await writeFile(path, `${await readFile(path, 'utf8')}\n`);
    expect((await loadKnowledge(dir)).hash).not.toBe(before);
  });
});

describe('curation problems', () => {
  it('reports entries that match no case, several cases, a curated case, or have bad fields', async () => {
    const curated = {
      about: 'test',
      cases: [
        { summaryStartsWith: 'Connectoo Training aims', title: 'Curated Connectoo' },
        { summaryStartsWith: 'No case starts like this' },
        { summaryStartsWith: 'The ' },
        { summaryStartsWith: 'connectoo  training AIMS', year: 2023 },
        { summaryStartsWith: 'Mind the Class', contries: ['PL'] },
        { summaryStartsWith: 'Collections of Ghent', countries: ['Narnia'] },
        { title: 'No anchor' },
      ],
    };
    const dir = await temp.make(
      [
        [PAGE_000, 'opsi-listing-000.txt'],
        [PAGE_004, 'opsi-listing-004.txt'],
      ],
      {
        'curated.json': JSON.stringify(curated),
        'extra.curated.json': '{"cases": 5}',
        'bad.curated.json': '{',
      },
    );
    const kb = await loadKnowledge(dir);
    expect(kb.problems.map(({ file, line, field }) => [file, line, field])).toEqual([
      ['bad.curated.json', undefined, undefined],
      ['curated.json', 2, 'summaryStartsWith'],
      ['curated.json', 3, 'summaryStartsWith'],
      ['curated.json', 4, 'summaryStartsWith'],
      ['curated.json', 5, 'contries'],
      ['curated.json', 6, 'countries'],
      ['curated.json', 7, 'summaryStartsWith'],
      ['extra.curated.json', undefined, 'cases'],
    ]);
    expect(kb.problems[2]?.message).toMatch(/^3 case summaries start with/);
    expect(kb.cases).toHaveLength(18);
    expect(caseStarting(kb.cases, 'Connectoo Training').title).toBe('Curated Connectoo');
    // A curation file is not read as cases.
    expect(kb.cases.every((c) => c.sources.every((s) => s.file.endsWith('.txt')))).toBe(true);
  });
});

describe('errors and logging', () => {
  it('throws KNOWLEDGE_DIR_MISSING for a missing folder or a file', async () => {
    await expect(loadKnowledge(join(FIXTURES, 'no-such-folder'))).rejects.toMatchObject({
      code: 'KNOWLEDGE_DIR_MISSING',
    });
    await expect(loadKnowledge(PAGE_000)).rejects.toMatchObject({ code: 'KNOWLEDGE_DIR_MISSING' });
  });

  it('logs every problem as a warning, every merge and a summary with counts as info', async () => {
    const dir = await temp.make(
      [
        [join(FIXTURES, 'broken/broken.jsonl'), 'broken.jsonl'],
        [PAGE_000, 'opsi-listing-000.txt'],
        [CONNECTOO_COMPLETE, 'connectoo-complete.json'],
      ],
      {
        'towns.jsonl': [
          '{"title":"Helpers Ghent","summary":"Library staff help residents with online forms."}',
          '{"title":"Helpers Lille","summary":"Library staff help residents with online forms."}',
        ].join('\n'),
      },
    );
    const logger = recordingLogger();
    const kb = await loadKnowledge(dir, { logger });
    const warnings = logger.calls.filter((c) => c.level === 'warn');
    expect(warnings.map((w) => w.obj)).toEqual(kb.problems.map((problem) => ({ problem })));
    expect(warnings.map((w) => w.msg)).toContain(
      'knowledge error in broken.jsonl: summary is required (missing or blank)',
    );
    const infos = logger.calls.filter((c) => c.level === 'info');
    const connectoo = caseStarting(kb.cases, 'Connectoo Training');
    expect(infos.map((c) => c.msg)).toEqual([
      `2 records merged into case ${connectoo.id}: same summary (a cut-off copy) (connectoo-complete.json line 1, opsi-listing-000.txt line 16)`,
      expect.stringMatching(
        /^2 distinct cases kept apart as [0-9a-z]{8}, [0-9a-z]{8}: same summary, different titles \(towns\.jsonl line 1, towns\.jsonl line 2\)$/,
      ),
      'knowledge loaded',
    ]);
    expect(infos.at(-1)?.obj).toMatchObject({
      cases: 15,
      problems: 4,
      errors: 3,
      warnings: 1,
      merges: 1,
      keptApart: 1,
    });
  });

  it('an empty folder is an empty knowledge base', async () => {
    const kb = await loadKnowledge(await temp.make());
    expect(kb.cases).toEqual([]);
    expect(kb.problems).toEqual([]);
  });
});

describe('garbage never makes loading throw', () => {
  const kinds = [
    'garbage.txt',
    'garbage.json',
    'garbage.jsonl',
    'garbage.csv',
    'garbage.curated.json',
  ] as const;
  const lines = (item: fc.Arbitrary<string>) => fc.array(item, { maxLength: 8 }).map((l) => l.join('\n'));
  const content = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 400 }),
    fc.uint8Array({ maxLength: 400 }),
    lines(fc.json()),
    lines(
      fc
        .array(fc.oneof(fc.string(), fc.constant('"'), fc.constant(';')), { maxLength: 5 })
        .map((c) => c.join(',')),
    ),
    fc
      .array(
        fc.dictionary(
          fc.constantFrom('summary', 'title', 'countries', 'year', 'url', 'tags', 'x'),
          fc.jsonValue(),
        ),
        {
          maxLength: 4,
        },
      )
      .map((records) => JSON.stringify(records)),
    lines(fc.string({ minLength: 30, maxLength: 300 })),
  );

  it('resolves, and every problem names the file', async () => {
    const dir = await temp.make();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...kinds), content, async (name, data) => {
        const path = join(dir, name);
        await writeFile(path, data);
        try {
          const kb = await loadKnowledge(dir);
          for (const p of kb.problems) expect(p.file).toBe(name);
          for (const c of kb.cases) {
            expect(c.id).toMatch(ID);
            expect(c.summary.trim().length).toBeGreaterThan(0);
          }
        } finally {
          await rm(path);
        }
      }),
      { numRuns: 150 },
    );
  });
});
