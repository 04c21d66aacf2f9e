import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dropContext } from '../../src/understanding/drop-context.js';

describe('dropContext', () => {
  it('blanks what people say about themselves when another sentence asks', () => {
    expect(dropContext('hi, I work at a ministry of finance. any cases on tax?').trim()).toBe(
      'any cases on tax?',
    );
    expect(dropContext("We're a small city in Spain. Looking for waste management ideas.").trim()).toBe(
      'Looking for waste management ideas.',
    );
  });

  it('blanks "for my …" and "for our …" to the end of the clause', () => {
    expect(dropContext('citizen engagement for my presentation tomorrow').trim()).toBe('citizen engagement');
    expect(dropContext('health for our council, in Korea')).toBe(`health ${' '.repeat(15)}, in Korea`);
  });

  it('keeps a sentence about the person that asks for something, and a message of one sentence', () => {
    for (const text of [
      "I'm interested in open data. Anything from Chile?",
      'I need cases on health. From Chile please.',
      'I work in Korea.',
      'I work at a ministry of finance, any cases on tax?',
      'Digital government in France. Since 2020.',
    ])
      expect(dropContext(text)).toBe(text);
  });

  it('only ever turns characters into spaces, keeping every position', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const out = dropContext(text);
        expect(out.length).toBe(text.length);
        for (let i = 0; i < out.length; i++) if (out[i] !== text[i]) expect(out[i]).toBe(' ');
      }),
      { numRuns: 500 },
    );
  });
});
