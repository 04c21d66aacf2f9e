import { describe, expect, it } from 'vitest';
import { buildCaseIds, CASE_ID_LENGTH } from '../../src/knowledge/case-ids.js';
import type { CaseInput } from '../../src/knowledge/case-input.js';
import { MIN_PREFIX_MATCH, mergeCases } from '../../src/knowledge/merge-cases.js';
import { isTruncated, summaryKey } from '../../src/knowledge/summary-key.js';

const LONG =
  'The city opened a one-stop service centre where residents can renew permits, pay local taxes and report problems in one visit, and waiting times fell by half.';

function input(summary: string, file: string, line: number, fields?: CaseInput['fields']): CaseInput {
  return { summary, truncated: isTruncated(summary), source: { file, line }, ...(fields ? { fields } : {}) };
}

describe('summaryKey', () => {
  it('ignores case, whitespace, quote and dash styles and a trailing ellipsis', () => {
    const key = summaryKey('It has “re-imagined” public works –  at scale…');
    expect(summaryKey('it has "re‑imagined" public works - at scale')).toBe(key);
    expect(summaryKey("IT HAS 're-imagined' PUBLIC WORKS — AT SCALE...")).not.toBe(key);
    expect(summaryKey('It’s')).toBe(summaryKey("It's"));
    expect(summaryKey('  a\u00a0b\n c ')).toBe('a b c');
  });

  it('isTruncated sees "…" and "..." at the end only', () => {
    expect(isTruncated('more than…')).toBe(true);
    expect(isTruncated('more than... ')).toBe(true);
    expect(isTruncated('Wait… then it went on.')).toBe(false);
  });
});

describe('mergeCases', () => {
  it('merges exact copies and remembers every source, in file and line order', () => {
    const merged = mergeCases([
      input(LONG, 'b.txt', 12),
      input(LONG, 'a.txt', 14),
      input(LONG.toUpperCase(), 'c.json', 1),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toEqual([
      { file: 'a.txt', line: 14 },
      { file: 'b.txt', line: 12 },
      { file: 'c.json', line: 1 },
    ]);
    // The first source's text is shown.
    expect(merged[0]?.summary).toBe(LONG);
  });

  it('merges a cut-off copy into the complete one and keeps the complete text', () => {
    const cut = `${LONG.slice(0, 70)}…`;
    const merged = mergeCases([input(cut, 'a.txt', 3), input(LONG, 'z.json', 2)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ summary: LONG, truncated: false, key: summaryKey(LONG) });
    expect(merged[0]?.sources).toEqual([
      { file: 'a.txt', line: 3 },
      { file: 'z.json', line: 2 },
    ]);
  });

  it('keeps the longest of several cut-off copies when no complete one exists', () => {
    const short = `${LONG.slice(0, 60)}…`;
    const longer = `${LONG.slice(0, 100)}…`;
    const merged = mergeCases([input(longer, 'b.txt', 1), input(short, 'a.txt', 1)]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ summary: longer, truncated: true });
  });

  it('does not merge a cut-off copy that two different cases could continue', () => {
    const start = LONG.slice(0, 70);
    const merged = mergeCases([
      input(`${start}…`, 'a.txt', 1),
      input(`${start} one ending.`, 'b.txt', 1),
      input(`${start} another ending.`, 'b.txt', 2),
    ]);
    expect(merged).toHaveLength(3);
  });

  it('does not merge a cut-off copy shorter than the minimum prefix', () => {
    const tiny = `${LONG.slice(0, MIN_PREFIX_MATCH - 10)}…`;
    expect(mergeCases([input(tiny, 'a.txt', 1), input(LONG, 'b.txt', 1)])).toHaveLength(2);
  });

  it('does not merge a complete summary that happens to be the start of a longer one', () => {
    const first = LONG.slice(0, LONG.indexOf(', and'));
    expect(mergeCases([input(`${first}.`, 'a.txt', 1), input(LONG, 'b.txt', 1)])).toHaveLength(2);
    expect(mergeCases([input(first, 'a.txt', 1), input(LONG, 'b.txt', 1)])).toHaveLength(2);
  });

  it('takes each structured field from the first source that has it', () => {
    const merged = mergeCases([
      input(LONG, 'b.json', 1, { title: 'From b', year: 2019, organisation: 'B' }),
      input(LONG, 'a.json', 1, { countries: ['FR'], year: 2019, organisation: 'A' }),
      input(LONG, 'a.txt', 1),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.fields).toEqual({ countries: ['FR'], year: 2019, organisation: 'A', title: 'From b' });
    expect(merged[0]?.mergedBecause).toBe('same year and summary');
  });

  it('orders cases by their first source whatever the input order', () => {
    const other = 'Another case entirely, about school meals sourced from local farms in a mountain region.';
    const forward = mergeCases([input(LONG, 'a.txt', 2), input(other, 'a.txt', 1)]);
    const backward = mergeCases([input(other, 'a.txt', 1), input(LONG, 'a.txt', 2)]);
    expect(forward.map((c) => c.summary)).toEqual([other, LONG]);
    expect(backward).toEqual(forward);
  });
});

describe('mergeCases: only true duplicates merge', () => {
  const TEMPLATE =
    'The municipality trained library staff as digital helpers who sit with residents and complete online forms with them.';

  it('keeps records with the same summary and different titles as distinct cases', () => {
    const merged = mergeCases([
      input(TEMPLATE, 'towns.csv', 2, { title: 'Digital Helpers Ghent' }),
      input(TEMPLATE, 'towns.csv', 3, { title: 'Digital Helpers Leuven' }),
    ]);
    expect(merged.map((c) => c.fields.title)).toEqual(['Digital Helpers Ghent', 'Digital Helpers Leuven']);
    expect(new Set(merged.map((c) => c.key)).size).toBe(2);
    expect(merged.every((c) => c.summaryKey === summaryKey(TEMPLATE))).toBe(true);
    expect(merged.map((c) => c.keptApartBecause)).toEqual([
      'same summary, different titles',
      'same summary, different titles',
    ]);
  });

  it('merges the same title and summary whatever their case, spacing and punctuation', () => {
    const merged = mergeCases([
      input(TEMPLATE, 'a.json', 1, { title: 'Digital Helpers – Ghent' }),
      input(TEMPLATE, 'b.csv', 9, { title: 'digital helpers ghent', year: 2021 }),
      input(TEMPLATE, 'c.txt', 4),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      key: summaryKey(TEMPLATE),
      mergedBecause: 'same title and summary',
      fields: { title: 'Digital Helpers – Ghent', year: 2021 },
    });
    expect(merged[0]?.sources).toHaveLength(3);
  });

  it('tells cases apart by countries and by year, and says which differ', () => {
    const byCountry = mergeCases([
      input(TEMPLATE, 'a.json', 1, { countries: ['BE'] }),
      input(TEMPLATE, 'a.json', 2, { countries: ['BE', 'NL'] }),
    ]);
    expect(byCountry).toHaveLength(2);
    expect(byCountry[0]?.keptApartBecause).toBe('same summary, different countries');
    const byYear = mergeCases([
      input(TEMPLATE, 'a.json', 1, { title: 'Helpers', year: 2019 }),
      input(TEMPLATE, 'a.json', 2, { title: 'Other', year: 2020 }),
    ]);
    expect(byYear[0]?.keptApartBecause).toBe('same summary, different titles and years');
    // Country order does not matter: the same set is the same case.
    expect(
      mergeCases([
        input(TEMPLATE, 'a.json', 1, { countries: ['NL', 'BE'] }),
        input(TEMPLATE, 'b.json', 1, { countries: ['BE', 'NL'] }),
      ]),
    ).toHaveLength(1);
  });

  it('lets a record that gives fewer values join a case it agrees with', () => {
    const merged = mergeCases([
      input(TEMPLATE, 'a.json', 1, { title: 'Helpers Ghent', countries: ['BE'] }),
      input(TEMPLATE, 'a.json', 2, { title: 'Helpers Lille', countries: ['FR'] }),
      input(TEMPLATE, 'b.json', 1, { countries: ['FR'] }),
    ]);
    expect(merged).toHaveLength(2);
    const lille = merged.find((c) => c.fields.title === 'Helpers Lille');
    expect(lille?.sources).toEqual([
      { file: 'a.json', line: 2 },
      { file: 'b.json', line: 1 },
    ]);
    expect(lille?.mergedBecause).toBe('same countries and summary');
  });

  it('gives distinct cases keys that depend on their content only, never on file names or order', () => {
    const records = [
      { title: 'Helpers Ghent', countries: ['BE'] },
      { title: 'Helpers Lille', countries: ['FR'] },
      { title: 'Helpers Lille', countries: ['FR'], year: 2020 },
      { year: 2020 },
      {},
    ];
    const keysOf = (names: readonly string[]) =>
      new Map(
        mergeCases(records.map((fields, i) => input(TEMPLATE, names[i]!, 1, fields))).map((c) => [
          `${c.fields.title}`,
          [c.key, c.sources.length],
        ]),
      );
    const forward = keysOf(['a', 'b', 'c', 'd', 'e']);
    const backward = keysOf(['e', 'd', 'c', 'b', 'a']);
    expect(backward).toEqual(forward);
    expect(forward.size).toBe(2);
    expect(forward.get('Helpers Lille')?.[1]).toBe(4);
  });
});

describe('buildCaseIds', () => {
  it('gives short, typeable, lower-case ids without i, l, o or u', () => {
    const ids = buildCaseIds(['one', 'two', 'three']);
    for (const id of ids.values()) expect(id).toMatch(new RegExp(`^[0-9a-hjkmnp-tv-z]{${CASE_ID_LENGTH}}$`));
    expect(new Set(ids.values()).size).toBe(3);
  });

  it('depends on the key only, not on the order or the other keys', () => {
    const a = buildCaseIds(['one', 'two', 'three']);
    const b = buildCaseIds(['three', 'one']);
    expect(b.get('one')).toBe(a.get('one'));
    expect(b.get('three')).toBe(a.get('three'));
    // A known value pins the derivation: changing it would change every id users have seen.
    expect(a.get('one')).toBe('et9c7b9n');
  });

  it('lengthens colliding ids deterministically until they differ', () => {
    // One character gives 32 ids for 200 keys: collisions are certain.
    const keys = Array.from({ length: 200 }, (_, i) => `case number ${i}`);
    const forward = buildCaseIds(keys, { length: 1 });
    const backward = buildCaseIds([...keys].reverse(), { length: 1 });
    expect(new Set(forward.values()).size).toBe(200);
    for (const key of keys) expect(backward.get(key)).toBe(forward.get(key));
    // Every id starts with its key's short id, and collided ones are longer.
    expect([...forward.values()].some((id) => id.length > 1)).toBe(true);
    const full = buildCaseIds(keys);
    for (const key of keys) expect(full.get(key)?.startsWith(forward.get(key)!.slice(0, 1))).toBe(true);
  });
});
