import { describe, expect, it } from 'vitest';
import { readListCount } from '../../src/understanding/read-list-count.js';
import { splitMessage } from '../../src/understanding/words.js';

function countIn(text: string): number | undefined {
  const words = splitMessage(text);
  return readListCount(
    words,
    words.map(() => false),
  )?.count;
}

describe('how many cases a message asks to see', () => {
  it.each<[string, number | undefined]>([
    ['the newest 3', 3],
    ['top 5 cases on climate', 5],
    ['3 most recent ones', 3],
    ['give me 3', 3],
    ['gimme 4 from europe', 4],
    ['the next 3', 3],
    ['health, 2 at a time', 2],
    ['two health projects', 2],
    // "show me 2" alone asks for two: a list of two holds the second one too.
    ['show me 2', 2],
    // A number that is part of a name or a position is none.
    ['covid 19 cases', undefined],
    ['web 3 projects', undefined],
    ['the newest one', undefined],
    ['compare 1 and 3', undefined],
  ])('%j asks for %j', (text, count) => {
    expect(countIn(text)).toBe(count);
  });
});
