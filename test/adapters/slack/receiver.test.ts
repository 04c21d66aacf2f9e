import { describe, expect, it } from 'vitest';
import { createEventDeduper } from '../../../adapters/slack/event-deduper.js';
import { isFreshTimestamp } from '../../../adapters/slack/receiver.js';

const NOW_MS = 1_700_000_000_000;
const NOW_S = NOW_MS / 1000;

describe('isFreshTimestamp', () => {
  it.each([
    [String(NOW_S), true],
    [String(NOW_S - 300), true],
    [String(NOW_S + 300), true],
    [String(NOW_S - 301), false],
    [String(NOW_S + 301), false],
    [String(NOW_S + 86_400), false],
    ['', false],
    ['12e3', false],
    ['-5', false],
    [undefined, false],
  ])('%s → %s', (header, fresh) => {
    expect(isFreshTimestamp(header, NOW_MS)).toBe(fresh);
  });

  it('refuses a repeated header', () => {
    expect(isFreshTimestamp([String(NOW_S), String(NOW_S)], NOW_MS)).toBe(false);
  });
});

describe('createEventDeduper', () => {
  it('reports an id seen within the TTL as a duplicate, and forgets it afterwards', () => {
    let now = 0;
    const deduper = createEventDeduper({ now: () => now, ttlMs: 1000 });
    expect(deduper.isDuplicate('Ev1')).toBe(false);
    expect(deduper.isDuplicate('Ev1')).toBe(true);
    expect(deduper.isDuplicate('Ev2')).toBe(false);
    now = 999;
    expect(deduper.isDuplicate('Ev1')).toBe(true);
    now = 1001;
    expect(deduper.isDuplicate('Ev1')).toBe(false);
  });

  it('keeps at most maxEntries ids, dropping the oldest', () => {
    const deduper = createEventDeduper({ now: () => 0, maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) expect(deduper.isDuplicate(id)).toBe(false);
    expect(deduper.isDuplicate('d')).toBe(true);
    expect(deduper.isDuplicate('a')).toBe(false);
  });
});
