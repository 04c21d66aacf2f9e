import { describe, expect, it } from 'vitest';
import { buildCaseIds, CASE_ID_LENGTH } from '../../src/knowledge/case-ids.js';
import { type CaseInput, MIN_PREFIX_MATCH, mergeCases } from '../../src/knowledge/merge-cases.js';
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
      input(LONG, 'b.json', 1, { title: 'From b', year: 2019 }),
      input(LONG, 'a.json', 1, { countries: ['FR'], year: 2020 }),
      input(LONG, 'a.txt', 1),
    ]);
    expect(merged[0]?.fields).toEqual({ countries: ['FR'], year: 2020, title: 'From b' });
  });

  it('orders cases by their first source whatever the input order', () => {
    const other = 'Another case entirely, about school meals sourced from local farms in a mountain region.';
    const forward = mergeCases([input(LONG, 'a.txt', 2), input(other, 'a.txt', 1)]);
    const backward = mergeCases([input(other, 'a.txt', 1), input(LONG, 'a.txt', 2)]);
    expect(forward.map((c) => c.summary)).toEqual([other, LONG]);
    expect(backward).toEqual(forward);
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
