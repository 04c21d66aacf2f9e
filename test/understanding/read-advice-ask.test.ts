import { describe, expect, it } from 'vitest';
import { readAdviceAsk } from '../../src/understanding/read-advice-ask.js';

const left = (text: string) => readAdviceAsk(text).text.replace(/\s+/gu, ' ').trim();

describe('readAdviceAsk', () => {
  it.each([
    ["what's the best way to run a citizens assembly?", 'a citizens assembly?'],
    ['any tips for getting started with service design?', 'service design?'],
    ['how can we improve digital inclusion in rural areas?', 'digital inclusion in rural areas?'],
    ['where do I start with open data', 'open data'],
    ['what works for reducing loneliness', 'reducing loneliness'],
    ['is a citizen assembly worth it?', 'a citizen assembly ?'],
    ['what should a ministry do about falling trust', 'a ministry do falling trust'],
    ['how do other governments handle misinformation', 'other governments misinformation'],
  ])('leaves the subject of %j', (text, subject) => {
    expect(left(text)).toBe(subject);
    expect(readAdviceAsk(text).phrase).toBeDefined();
  });

  it.each([
    'best practice library',
    'lessons learned platform',
    'advice services for tenants',
    'tips line for fraud',
    'how do I filter',
    'how do I get you into #team',
    'how did the Estonian government build digital ID',
    'where do I start',
  ])('finds no frame in %j', (text) => {
    expect(readAdviceAsk(text)).toEqual({ text });
  });
});
