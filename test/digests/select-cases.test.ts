import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectCases } from '../../src/digests/select-cases.js';
import { makeCase } from './digest-fixtures.js';

const ids = (cases: Array<{ id: string }>) => cases.map((c) => c.id);
const candidates = ['a', 'b', 'c', 'd', 'e'].map((id) => makeCase(id));

/** Plays `digests` digests against an in-memory history, like the store does on markSent. */
function play(count: number, total: number, digests: number): string[][] {
  const pool = Array.from({ length: total }, (_, i) => makeCase(`c${i}`));
  const history = new Map<string, number>();
  let rank = 0;
  const sent: string[][] = [];
  for (let i = 0; i < digests; i += 1) {
    const { newCases, cases } = selectCases({ candidates: pool, count, history, firstSeen: new Map() });
    const picked = ids([...newCases, ...cases]);
    for (const id of picked) history.set(id, ++rank);
    sent.push(picked);
  }
  return sent;
}

describe('selectCases', () => {
  it('starts with the most relevant cases the channel never received', () => {
    const history = new Map([['a', 1]]);
    const picked = selectCases({ candidates, count: 3, history, firstSeen: new Map() });
    expect({ newCases: ids(picked.newCases), cases: ids(picked.cases) }).toEqual({
      newCases: [],
      cases: ['b', 'c', 'd'],
    });
  });

  it('covers every case before repeating, then repeats the ones sent longest ago', () => {
    expect(play(2, 5, 5)).toEqual([
      ['c0', 'c1'],
      ['c2', 'c3'],
      ['c4', 'c0'],
      ['c1', 'c2'],
      ['c3', 'c4'],
    ]);
  });

  it('never repeats a case before all were sent, whatever the pool and count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 12 }),
        (count, total, digests) => {
          const sent = play(count, total, digests);
          const flat = sent.flat();
          for (const digest of sent) expect(new Set(digest).size).toBe(digest.length);
          // Any run of `total` consecutive posts holds each case once: a full rotation.
          for (let i = 0; i + total <= flat.length; i += 1) {
            expect(new Set(flat.slice(i, i + total)).size).toBe(total);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts cases first seen since the last digest first, under New', () => {
    const history = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    const firstSeen = new Map([
      ['a', 100],
      ['b', 100],
      ['c', 100],
      ['d', 500],
      ['e', 600],
    ]);
    const picked = selectCases({ candidates, count: 3, history, firstSeen, lastDigestAt: 400 });
    expect({ newCases: ids(picked.newCases), cases: ids(picked.cases) }).toEqual({
      newCases: ['d', 'e'],
      cases: ['c'],
    });
  });

  it('has no New section before the channel’s first digest', () => {
    const firstSeen = new Map([['e', 600]]);
    const picked = selectCases({ candidates, count: 2, history: new Map(), firstSeen });
    expect({ newCases: ids(picked.newCases), cases: ids(picked.cases) }).toEqual({
      newCases: [],
      cases: ['a', 'b'],
    });
  });

  it('returns nothing when nothing matches', () => {
    expect(selectCases({ candidates: [], count: 3, history: new Map(), firstSeen: new Map() })).toEqual({
      newCases: [],
      cases: [],
    });
  });
});
