import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCaseRecords, writeSyntheticKnowledge } from '../../bench/synthetic-knowledge.js';
import { CITIES, COUNTRIES, REGIONS } from '../../bench/synthetic-words.js';
import { caseRecordSchema } from '../../src/knowledge/case-record-schema.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

const folders: string[] = [];
afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('generateCaseRecords', () => {
  const records = generateCaseRecords(500);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateCaseRecords(500)).toEqual(records);
    expect(generateCaseRecords(50, 1)).not.toEqual(generateCaseRecords(50, 2));
  });

  it('writes distinct summaries of 400 to 700 characters that pass the record schema', () => {
    expect(new Set(records.map((r) => r.summary)).size).toBe(500);
    for (const record of records) {
      expect(record.summary.length).toBeGreaterThanOrEqual(400);
      expect(record.summary.length).toBeLessThanOrEqual(700);
      expect(caseRecordSchema.safeParse(record).success).toBe(true);
    }
  });

  it('leaves titles, countries and tags out of many records, so enrichment has work to do', () => {
    const share = (has: (r: (typeof records)[number]) => boolean) =>
      records.filter(has).length / records.length;
    expect(share((r) => r.title === undefined)).toBeGreaterThan(0.3);
    expect(share((r) => r.countries === undefined)).toBeGreaterThan(0.6);
    expect(share((r) => r.tags === undefined)).toBeGreaterThan(0.3);
    const places = [...COUNTRIES, ...CITIES, ...REGIONS].map(([text]) => text);
    expect(share((r) => places.some((place) => r.summary.includes(place)))).toBeGreaterThan(0.85);
  });
});

describe('writeSyntheticKnowledge', () => {
  it('writes JSONL the loader reads back as exactly the generated cases, duplicates merged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'casebot-synthetic-'));
    folders.push(dir);
    const files = await writeSyntheticKnowledge(dir, 400);
    expect((await readdir(dir)).sort()).toEqual([...files].sort());
    const duplicates = (await readFile(join(dir, 'duplicates.jsonl'), 'utf8')).trim().split('\n');
    expect(duplicates.length).toBeGreaterThan(0);

    const knowledge = await loadKnowledge(dir);
    expect(knowledge.problems).toEqual([]);
    expect(knowledge.cases.length).toBe(400);
    expect(knowledge.cases.filter((c) => c.sources.length === 2).length).toBe(duplicates.length);
    // Most cases name a place and few say their country outright: inference fills the rest.
    expect(knowledge.cases.filter((c) => c.countries.length > 0).length / 400).toBeGreaterThan(0.7);
  });
});
