import { describe, expect, it } from 'vitest';
import type { HostileRun, MessageKind } from '../../bench/hostile-bench.js';
import { buildHostileQueries, HOSTILE_KINDS } from '../../bench/hostile-queries.js';
import { renderHostileBench } from '../../bench/render-hostile-bench.js';
import type { SizeResults } from '../../bench/size-results.js';
import { MAX_MESSAGE_LENGTH } from '../../src/intents/parse-intent.js';
import { splitWords } from '../../src/search/tokenize.js';

const MB = 1024 * 1024;

describe('buildHostileQueries', () => {
  const queries = buildHostileQueries();

  it('is the same fixed set on every call, five messages of each kind', () => {
    expect(buildHostileQueries()).toEqual(queries);
    for (const kind of HOSTILE_KINDS) expect(queries[kind]).toHaveLength(5);
  });

  it('holds what issue 8 names: one word of 150, 200, 250 and 500 letters, 50 unknown words', () => {
    for (const length of [100, 150, 200, 250, 500] as const) {
      for (const text of queries[`word-${length}`]) {
        expect(splitWords(text)).toEqual([text]);
        expect(text).toHaveLength(length);
      }
    }
    for (const text of queries['unknown-50']) expect(splitWords(text)).toHaveLength(50);
    for (const text of queries['common-50'])
      expect(new Set(splitWords(text)).size).toBeGreaterThanOrEqual(40);
    for (const text of queries.repeated) expect(new Set(splitWords(text)).size).toBe(1);
  });

  it('keeps every message within the length the bot searches, so none is refused as too long', () => {
    for (const kind of HOSTILE_KINDS) {
      for (const text of queries[kind]) expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    }
  });
});

function run(kind: MessageKind, p50: number, extra: Partial<HostileRun> = {}): HostileRun {
  // max is three times p50, p99 twice.
  return { kind, count: 200, p50, p99: p50 * 2, mean: p50, max: p50 * 3, heapGrowthMax: 2 * MB, ...extra };
}

describe('renderHostileBench', () => {
  it('says MISSED when one hostile answer held the loop past the deadline', () => {
    const ok = { ok: true as const, wallMs: 1, peakRssBytes: MB };
    const slow: SizeResults = {
      size: 100_000,
      phases: {
        hostile: { ...ok, result: { phase: 'hostile', runs: [run('normal', 10), run('common-50', 1200)] } },
      },
    };
    expect(renderHostileBench([slow])).toMatch(/MISSED: .* took 3\.60 s \(common-50;/);
  });

  it('puts casebot, plain lunr, lunr fuzzy and issue 8’s figures side by side', () => {
    const ok = <T>(result: T) => ({ ok: true as const, result, wallMs: 1, peakRssBytes: 50 * MB });
    const results: SizeResults[] = [
      {
        size: 1000,
        phases: {
          hostile: ok({
            phase: 'hostile' as const,
            runs: [
              run('normal', 0.5, { visitsMax: 2_133, replies: { results: 190, 'not-found': 10 } }),
              run('word-150', 0.06, { visitsMax: 0, replies: { 'not-found': 200 } }),
            ],
          }),
          'plain-hostile': ok({
            phase: 'plain-hostile' as const,
            plain: [run('normal', 2), run('word-150', 0.05)],
            fuzzy: [
              run('normal', 13),
              run('word-150', 7500, { count: 1, heapGrowthMax: 1100 * MB }),
              { kind: 'word-200', skipped: 'not run (200-letter word)' },
            ],
          }),
        },
      },
      { size: 10_000, phases: { hostile: { ok: false, reason: 'timed out after 100 s' } } },
    ];
    const text = renderHostileBench(results).replace(/ {2,}/g, ' ');
    expect(text).toMatch(
      /\| the 200 benchmark queries \| 0\.50 ms \/ 1\.00 ms \| 1\.50 ms \| 2\.0 MB \| 2,133 \| results 190, not-found 10 \| 2\.00 ms \/ 4\.00 ms \| 13 ms \/ 26 ms \|/,
    );
    expect(text).toMatch(
      /\| one unknown word of 150 letters \| 0\.06 ms \/ 0\.12 ms \| 0\.18 ms \| 2\.0 MB \| 0 \| not-found 200 \| 0\.05 ms \/ 0\.10 ms \| 7\.50 s \/ 15\.0 s \(1×\) \| 1100\.0 MB \| 4 s, 1\.15 GB \|/,
    );
    expect(text).toMatch(/\| 200 letters .*\| not run \(200-letter word\) \|.*\| 13 s, 2\.6 GB \|/);
    expect(text).toMatch(
      /met: the slowest answer to a hostile message took 0\.18 ms \(word-150; the slowest ordinary query 1\.50 ms\), under the 3 s deadline; the heap grew at most 2\.0 MB in one answer\./,
    );
    expect(text).toMatch(/### 10,000 synthetic cases\n\ncasebot: timed out after 100 s\nplain lunr: not run/);
  });
});
