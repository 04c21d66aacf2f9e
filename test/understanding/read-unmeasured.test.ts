import { describe, expect, it } from 'vitest';
import { readUnmeasured } from '../../src/understanding/read-unmeasured.js';
import { splitMessage } from '../../src/understanding/words.js';

function read(text: string): string | undefined {
  const words = splitMessage(text);
  return readUnmeasured(words, new Set(words.map((_, i) => i)))?.phrase;
}

describe('readUnmeasured', () => {
  it.each([
    ['coolest cases', 'coolest'],
    ['the biggest project', 'biggest'],
    ['craziest idea', 'craziest'],
    ['finest examples', 'finest'],
    ['best example of e-government', 'best'],
    ['the most innovative case', 'most innovative'],
    ['least successful projects', 'least successful'],
  ])('reads a superlative: %j', (text, phrase) => {
    expect(read(text)).toBe(phrase);
  });

  it.each([
    'forest management',
    'conflicts of interest',
    'a weekly digest',
    'honest reporting',
    'protest policing',
    'the newest cases',
    'most recent cases',
    'at least 3 cases',
    'west africa',
  ])('leaves words that are no such superlative: %j', (text) => {
    expect(read(text)).toBeUndefined();
  });
});
