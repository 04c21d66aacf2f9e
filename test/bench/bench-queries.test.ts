import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildBenchQueries, stripLunrSyntax } from '../../bench/bench-queries.js';

const index = lunr(function () {
  this.ref('id');
  this.field('summary');
  this.add({ id: '1', summary: 'digital public services for citizens and health care' });
});

describe('buildBenchQueries', () => {
  const queries = buildBenchQueries();

  it('is the same fixed set of about 200 queries on every call', () => {
    expect(queries.length).toBe(200);
    expect(buildBenchQueries()).toEqual(queries);
  });

  it('mixes common words, rare words, country filters, typos and lunr syntax', () => {
    const count = (kind: string) => queries.filter((q) => q.kind === kind).length;
    expect([count('common'), count('rare'), count('country'), count('typo'), count('syntax')]).toEqual([
      60, 30, 30, 50, 30,
    ]);
    for (const q of queries.filter((q) => q.kind === 'country')) expect(q.text).toMatch(/^.+ in [A-Z]/);
    for (const q of queries.filter((q) => q.kind === 'syntax')) expect(q.text).toMatch(/[:~^*+\-"\\]/);
    for (const q of queries.filter((q) => q.kind === 'common'))
      expect(q.text.split(' ').length).toBeLessThanOrEqual(9);
  });
});

describe('stripLunrSyntax', () => {
  it('turns lunr syntax into spaces and keeps the words', () => {
    expect(stripLunrSyntax('title:health  +digital -paper "open data" ai^10 gov* x~2 \\y')).toBe(
      'title health digital paper open data ai 10 gov x 2 y',
    );
  });

  it('gives plain lunr text it can parse, where the raw text of some queries throws', () => {
    const queries = buildBenchQueries();
    let rawFailures = 0;
    for (const { text } of queries) {
      expect(() => index.search(stripLunrSyntax(text))).not.toThrow();
      try {
        index.search(text);
      } catch {
        rawFailures++;
      }
    }
    expect(rawFailures).toBeGreaterThan(0);
  });
});
