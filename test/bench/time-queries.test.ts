import { describe, expect, it } from 'vitest';
import type { BenchQuery } from '../../bench/bench-queries.js';
import { shuffled, timeQueries } from '../../bench/time-queries.js';

const queries: BenchQuery[] = Array.from({ length: 20 }, (_, i) => ({
  kind: i % 2 === 0 ? 'common' : 'rare',
  text: `q${i}`,
}));

/** A clock that moves only when a query runs: each query takes the time its number says. */
function fakeRun() {
  let now = 0;
  const asked: string[] = [];
  return {
    asked,
    clock: () => now,
    run: (text: string) => {
      asked.push(text);
      now += Number(text.slice(1)) + 1;
      return 1;
    },
  };
}

describe('shuffled', () => {
  it('keeps every item, in an order fixed by the seed and different between seeds', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect([...shuffled(items, 1)].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled(items, 1)).toEqual(shuffled(items, 1));
    expect(shuffled(items, 1)).not.toEqual(shuffled(items, 2));
    expect(shuffled(items, 1)).not.toEqual(items);
  });
});

describe('timeQueries', () => {
  it('times every query once per pass, after an untimed pass, each pass in its own order', async () => {
    const fake = fakeRun();
    const run = await timeQueries(queries, fake.run, { passes: 3, clock: fake.clock });
    expect(run.count).toBe(60);
    expect(run.planned).toBe(60);
    expect(fake.asked.slice(0, 20)).toEqual(queries.map((q) => q.text));
    const passes = [fake.asked.slice(20, 40), fake.asked.slice(40, 60), fake.asked.slice(60, 80)];
    for (const pass of passes) expect([...pass].sort()).toEqual(queries.map((q) => q.text).sort());
    expect(passes[0]).not.toEqual(passes[1]);
    expect(run.byKind.common.count).toBe(30);
    expect(run.byKind.rare.count).toBe(30);
  });

  it('keeps the slowest query in: p99 over every timing, the maximum is the slowest query', async () => {
    const fake = fakeRun();
    const run = await timeQueries(queries, fake.run, { passes: 5, clock: fake.clock });
    expect(run.max).toBe(20);
    // 100 timings: p99 is the 99th, the slowest query's five timings are the last five.
    expect(run.p99).toBe(20);
  });

  it('stops when the budget runs out and says how many timings it made', async () => {
    const fake = fakeRun();
    const run = await timeQueries(queries, fake.run, { passes: 5, clock: fake.clock, budgetMs: 400 });
    expect(run.count).toBeGreaterThan(0);
    expect(run.count).toBeLessThan(run.planned);
  });
});
