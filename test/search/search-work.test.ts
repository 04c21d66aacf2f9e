import { describe, expect, it } from 'vitest';
import { createWorkMeter } from '../../src/search/search-work.js';

/** A clock that reads `time`, which the test moves. */
function manualClock() {
  const clock = { time: 1000, read: () => clock.time };
  return clock;
}

function spend(meter: ReturnType<typeof createWorkMeter>, visits: number): number {
  let done = 0;
  while (done < visits && meter.visit()) done++;
  return done;
}

describe('createWorkMeter', () => {
  it("ends a word's walk at its own budget and lets the next word start", () => {
    const clock = manualClock();
    const meter = createWorkMeter({ visitsPerWord: 10, visitsPerQuery: 25, timeBudgetMs: 50 }, clock.read);
    expect(meter.startWord()).toBe(true);
    expect(spend(meter, 100)).toBe(10);
    expect(meter.startWord()).toBe(true);
    expect(spend(meter, 100)).toBe(10);
    // The third word gets what is left of the query's budget, then nothing more starts.
    expect(meter.startWord()).toBe(true);
    expect(spend(meter, 100)).toBe(5);
    expect(meter.startWord()).toBe(false);
    expect(meter.work).toEqual({ unknownWords: 3, visits: 25, candidates: 0, cutShort: 'visits' });
  });

  it('stops guessing once the time budget has passed, between words and within one', () => {
    const clock = manualClock();
    const meter = createWorkMeter({ visitsPerWord: 1e9, visitsPerQuery: 1e9, timeBudgetMs: 50 }, clock.read);
    expect(meter.startWord()).toBe(true);
    clock.time += 49;
    expect(spend(meter, 2000)).toBe(2000);
    clock.time += 2;
    // The clock is read every few hundred visits, so a walk stops soon after the deadline.
    const more = spend(meter, 10_000);
    expect(more).toBeGreaterThan(0);
    expect(more).toBeLessThanOrEqual(512);
    expect(meter.visit()).toBe(false);
    expect(meter.startWord()).toBe(false);
    expect(meter.work.cutShort).toBe('time');
    expect(meter.work.unknownWords).toBe(1);
  });

  it('does not start a word after the deadline', () => {
    const clock = manualClock();
    const meter = createWorkMeter({ visitsPerWord: 10, visitsPerQuery: 100, timeBudgetMs: 5 }, clock.read);
    clock.time += 6;
    expect(meter.startWord()).toBe(false);
    expect(meter.work).toEqual({ unknownWords: 0, visits: 0, candidates: 0, cutShort: 'time' });
  });

  it('counts candidates and reports nothing cut short when the budgets sufficed', () => {
    const meter = createWorkMeter({ visitsPerWord: 10, visitsPerQuery: 100, timeBudgetMs: 5 }, () => 0);
    meter.startWord();
    spend(meter, 3);
    meter.found();
    meter.found();
    expect(meter.work).toEqual({ unknownWords: 1, visits: 3, candidates: 2 });
  });
});
