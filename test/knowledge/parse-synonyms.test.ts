import { afterAll, describe, expect, it } from 'vitest';
import { BUILT_IN_SYNONYMS_FILE, BUILT_IN_SYNONYMS_TEXT } from '../../src/knowledge/built-in-synonyms.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { joinSynonymGroups, parseSynonyms } from '../../src/knowledge/parse-synonyms.js';
import { createTempDirs } from '../fixtures/knowledge-dirs.js';

const temp = createTempDirs();
afterAll(() => temp.cleanup());

const CASES = `${JSON.stringify({ title: 'Robot helpers', summary: 'Care homes try robots.' })}\n`;

describe('parseSynonyms', () => {
  it('reads the built-in table without a problem', () => {
    const parsed = parseSynonyms(BUILT_IN_SYNONYMS_TEXT, BUILT_IN_SYNONYMS_FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.groups.length).toBeGreaterThan(20);
    expect(joinSynonymGroups(parsed.groups).problems).toEqual([]);
  });

  it('names the line of each bad group, skips it and keeps the others', () => {
    const text = [
      '{',
      '  "groups": [',
      '    ["AI", "artificial intelligence"],',
      '    ["lonely"],',
      '    "jobs",',
      '    ["youth", "young people"]',
      '  ]',
      '}',
    ].join('\n');
    const parsed = parseSynonyms(text, 'synonyms.json');
    expect(parsed.groups.map((g) => [g.line, g.members])).toEqual([
      [3, ['AI', 'artificial intelligence']],
      [6, ['youth', 'young people']],
    ]);
    expect(parsed.problems.map((p) => [p.line, p.severity, p.field])).toEqual([
      [4, 'error', 'groups'],
      [5, 'error', 'groups'],
    ]);
  });

  it('drops a member search cannot use, with a warning', () => {
    const parsed = parseSynonyms('{"groups": [["the", "a", "jobs", "employment"]]}', 'team.synonyms.json');
    expect(parsed.groups[0]?.members).toEqual(['jobs', 'employment']);
    expect(parsed.problems.map((p) => [p.severity, p.fix])).toEqual([
      ['warning', 'dropped'],
      ['warning', 'dropped'],
    ]);
  });

  it('refuses a file that is not JSON as one error with its line, and gives no groups', () => {
    const parsed = parseSynonyms('{\n  "groups": [\n    ["a", "b"],,\n  ]\n}', 'synonyms.json');
    expect(parsed.groups).toEqual([]);
    expect(parsed.problems).toMatchObject([{ file: 'synonyms.json', line: 3, severity: 'error' }]);
  });

  it('warns of an unknown key and reads the rest', () => {
    const parsed = parseSynonyms('{"groups": [["jobs", "employment"]], "group": []}', 'synonyms.json');
    expect(parsed.groups).toHaveLength(1);
    expect(parsed.problems).toMatchObject([{ field: 'group', severity: 'warning' }]);
  });

  it('searches groups that share a member as one, and says so', () => {
    const groups = parseSynonyms(
      '{"groups": [\n["jobs", "employment"],\n["work", "Employment"]\n]}',
      'synonyms.json',
    ).groups;
    const joined = joinSynonymGroups(groups);
    expect(joined.groups).toEqual([['jobs', 'employment', 'work']]);
    expect(joined.problems).toMatchObject([{ line: 3, severity: 'warning', fix: 'repaired' }]);
  });
});

describe('synonyms in a knowledge folder', () => {
  it('uses the built-in table when the folder has no synonyms file', async () => {
    const knowledge = await loadKnowledge(await temp.make([], { 'cases.jsonl': CASES }));
    expect(knowledge.synonyms?.files).toEqual([BUILT_IN_SYNONYMS_FILE]);
    expect(knowledge.synonyms?.groups).toContainEqual(['AI', 'artificial intelligence']);
  });

  it("uses the folder's own table instead, its problems reported with the case problems", async () => {
    const dir = await temp.make([], {
      'cases.jsonl': CASES,
      'synonyms.json': '{"groups": [\n["robot", "automaton"],\n["alone"]\n]}',
    });
    const knowledge = await loadKnowledge(dir);
    expect(knowledge.synonyms).toEqual({ groups: [['robot', 'automaton']], files: ['synonyms.json'] });
    expect(knowledge.problems).toMatchObject([{ file: 'synonyms.json', line: 3, severity: 'error' }]);
    expect(knowledge.cases).toHaveLength(1);
  });
});
