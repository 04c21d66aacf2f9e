import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellFlags } from '../../src/understanding/spell-flags.js';

describe('spellFlags', () => {
  it('writes a flag as its country, wherever it stands', () => {
    expect(spellFlags('🇰🇷 digital government')).toBe(' South Korea  digital government');
    expect(spellFlags('health in🇫🇮')).toBe('health in Finland ');
  });

  it("writes Slack's flag shortcodes as their country", () => {
    expect(spellFlags(':flag-kr: digital government')).toBe(' South Korea  digital government');
    expect(spellFlags('health in :flag-FI:')).toBe('health in  Finland ');
    expect(spellFlags(':flag-zz: health')).toBe(':flag-zz: health');
  });

  it('leaves what is no country’s flag as typed: an unknown pair, a lone letter, the EU', () => {
    for (const text of ['🇿🇿 health', 'a 🇰 b', '🇪🇺 cases']) expect(spellFlags(text)).toBe(text);
  });

  it('changes nothing but flags', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        if (!/[\u{1F1E6}-\u{1F1FF}]|:flag-[a-z]{2}:/iu.test(text)) expect(spellFlags(text)).toBe(text);
      }),
    );
  });
});
