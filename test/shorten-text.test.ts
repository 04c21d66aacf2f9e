import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortenText } from '../src/shorten-text.js';

describe('shortenText', () => {
  it.each([
    ['short', 12, 'short'],
    ['one two three four', 12, 'one two…'],
    ['The Care Centre as a hub for all', 20, 'The Care Centre…'],
    ['Digital inclusion, for everyone', 19, 'Digital inclusion…'],
    ['x'.repeat(300), 200, `${'x'.repeat(199)}…`],
  ])('%j at %i: %j', (text, max, expected) => {
    expect(shortenText(text, max)).toBe(expected);
  });

  it('keeps the last word whole when the cut falls right before a space', () => {
    expect(shortenText('alpha beta gamma', 11)).toBe('alpha beta…');
  });

  it('never exceeds the limit, and cuts only text that is longer', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, max) => {
        const shortened = shortenText(text, max);
        expect(shortened.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(shortened).toBe(text);
        else expect(shortened.endsWith('…')).toBe(true);
      }),
    );
  });
});
