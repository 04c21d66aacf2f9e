import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { fitEmbedsTotal } from '../../../adapters/discord/limits.js';
import { embedLength } from './discord-limits.js';

describe('fitEmbedsTotal', () => {
  it('shrinks the longest texts first to fit 6,000 characters', () => {
    const embeds: APIEmbed[] = Array.from({ length: 5 }, (_, i) => ({
      title: `Case ${i}`,
      description: 'x'.repeat(4000),
      fields: [{ name: 'Year', value: '2020' }],
    }));
    fitEmbedsTotal(embeds);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
    expect(embeds.map((e) => e.title)).toEqual(['Case 0', 'Case 1', 'Case 2', 'Case 3', 'Case 4']);
    expect(embeds[0]?.fields).toEqual([{ name: 'Year', value: '2020' }]);
    expect(embeds[0]?.description?.length).toBeGreaterThan(1100);
    expect(embeds[0]?.description?.endsWith('…')).toBe(true);
  });

  it('changes nothing that already fits', () => {
    const embeds: APIEmbed[] = [{ title: 't', description: 'd'.repeat(5990) }];
    expect(fitEmbedsTotal(embeds)).toEqual([{ title: 't', description: 'd'.repeat(5990) }]);
  });
});
