import { describe, expect, it } from 'vitest';
import { parseSizes } from '../../bench/core-bench.js';
import { formatMs, renderCoreBench } from '../../bench/render-core-bench.js';
import type { SizeResults } from '../../bench/size-results.js';
import type { QueryRun } from '../../bench/time-queries.js';

function run(p50: number, p99: number, planned = 40): QueryRun {
  const s = { count: 40, p50, p99, mean: p50, max: p99 };
  return {
    ...s,
    byKind: { common: s, rare: s, country: s, typo: s, syntax: s },
    meanHits: 12,
    planned,
    passes: 5,
  };
}

const MB = 1024 * 1024;

function results(
  size: number,
  o: { p99: number; plainP99: number; heap: number; restartMs: number; plainPlanned?: number },
): SizeResults {
  const ok = <T>(result: T) => ({ ok: true as const, result, wallMs: 1, peakRssBytes: 50 * MB });
  return {
    size,
    phases: {
      generate: ok({ phase: 'generate', ms: 5, files: ['cases-001.jsonl'] }),
      first: ok({ phase: 'first', ms: 4000, cases: size, problems: 0, fromCache: false }),
      restart: ok({
        phase: 'restart',
        ms: o.restartMs,
        fromCache: true,
        heapBaseline: 10 * MB,
        heapAfterLoad: (10 + o.heap) * MB,
        answer: run(1, o.p99),
        searchIndex: run(1, o.p99),
      }),
      index: { ok: false, reason: 'timed out after 60 s' },
      'plain-build': ok({ phase: 'plain-build', ms: 3000, savedBytes: 100 }),
      'plain-load': ok({
        phase: 'plain-load',
        ms: 700,
        heapBaseline: 5 * MB,
        heapAfterLoad: 105 * MB,
        search: run(2, o.plainP99, o.plainPlanned),
      }),
    },
  };
}

/** The rendered tables with column padding squeezed, so assertions read cell by cell. */
function render(...args: Parameters<typeof renderCoreBench>): string {
  return renderCoreBench(...args).replace(/ {2,}/g, ' ');
}

describe('renderCoreBench', () => {
  it('marks the 10k targets met within 1.3× of plain lunr and missed beyond', () => {
    const met = render([results(10_000, { p99: 60, plainP99: 50, heap: 120, restartMs: 500 })]);
    expect(met).toMatch(
      /query p99, bot\.answer\(\) .*\| 60 ms .*\| 50 ms .*\| 1\.20× \| MISSED: ≤ 4 ms; met: ≤ 1\.3× plain lunr/,
    );
    expect(met).toMatch(/heap held after load .*\| 120\.0 MB \| 100\.0 MB \| 1\.20× \| met/);
    expect(met).toMatch(/start from the cache .*met: 8\.0× faster than first start/);
    const missed = render([results(10_000, { p99: 70, plainP99: 50, heap: 140, restartMs: 2000 })]);
    expect(missed).toMatch(/query p99, bot\.answer\(\).*MISSED: ≤ 1\.3× plain lunr/);
    expect(missed).toMatch(/heap held after load.*MISSED/);
    expect(missed).toMatch(/start from the cache.*MISSED: 2\.0× faster/);
  });

  it('checks issue 10’s 4 ms p99 for bot.answer at 10k, with or without plain lunr', () => {
    expect(render([results(10_000, { p99: 4, plainP99: 9, heap: 1, restartMs: 1 })])).toMatch(
      /query p99, bot\.answer\(\).*\| met: ≤ 4 ms; met: ≤ 1\.3× plain lunr/,
    );
    expect(render([results(10_000, { p99: 4.1, plainP99: 9, heap: 1, restartMs: 1 })])).toMatch(
      /query p99, bot\.answer\(\).*\| MISSED: ≤ 4 ms; met/,
    );
  });

  it('checks the 5 ms p99 at 1k and says why a figure is missing', () => {
    expect(render([results(1000, { p99: 4.9, plainP99: 9, heap: 1, restartMs: 1 })])).toMatch(
      /query p99, bot\.answer\(\).*met: < 5 ms/,
    );
    const slow = render([results(1000, { p99: 5.1, plainP99: 9, heap: 1, restartMs: 1 })]);
    expect(slow).toMatch(/query p99, bot\.answer\(\).*MISSED: < 5 ms/);
    expect(slow).toMatch(/index build alone .*\(timed out after 60 s\)/);
  });
});

describe('renderCoreBench on a side that ran out of time', () => {
  it('marks latencies measured on fewer queries than planned', () => {
    const partial = render([
      results(100_000, { p99: 9, plainP99: 900, heap: 1, restartMs: 1, plainPlanned: 200 }),
    ]);
    expect(partial).toMatch(/query p99, bot\.answer\(\) \| 9\.00 ms \| 900 ms \(40\/200\) \|/);
    expect(partial).not.toMatch(/9\.00 ms \(40/);
  });
});

describe('formatMs and parseSizes', () => {
  it('formats durations at a readable precision', () => {
    expect([formatMs(0.123), formatMs(12.4), formatMs(1234), formatMs(65_000)]).toEqual([
      '0.12 ms',
      '12 ms',
      '1.23 s',
      '65.0 s',
    ]);
  });

  it('reads sizes like 1000, 10k and 1e5, and defaults to 1k, 10k and 100k', () => {
    expect(parseSizes(['1000', '10k', '1e5'])).toEqual([1000, 10_000, 100_000]);
    expect(parseSizes([])).toEqual([1000, 10_000, 100_000]);
    expect(parseSizes(['--quick', 'x'])).toEqual([1000, 10_000, 100_000]);
  });
});
