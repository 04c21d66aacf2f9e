import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIStringSelectComponent,
  ComponentType,
} from 'discord.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { hostilePiece } from '../../support/hostile-text.js';

/**
 * Text for Discord's limits: any graphemes, hostile pieces strung together, or one piece
 * repeated up to `maxRepeat` times (long runs of markdown, mentions and surrogate pairs).
 */
export const hostileText = (maxRepeat: number): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc
      .array(fc.oneof(hostilePiece, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 30 })
      .map((parts) => parts.join('')),
    fc
      .tuple(
        fc.oneof(hostilePiece, fc.string({ minLength: 1, maxLength: 10 })),
        fc.integer({ min: 1, max: maxRepeat }),
      )
      .map(([s, n]) => s.repeat(n)),
  );

/**
 * The characters Discord counts towards the 6,000 in a message's embeds, measured here rather
 * than by the adapter so that the adapter's own count is checked, not trusted.
 */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/** A message casebot sends Discord: a reply or a digest. */
interface DiscordPayload {
  content: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponentWithCustomId | APIStringSelectComponent>[];
}

/**
 * Every Discord limit the issue names (content, embeds, fields, buttons, custom ids), and no
 * shown text (button labels too) that reads `@everyone` or `@here`. The numbers are Discord's, written out here rather
 * than taken from the adapter, so that a wrong constant there is caught.
 */
export function expectWithinDiscordLimits(payload: DiscordPayload): void {
  expect(payload.content.length).toBeLessThanOrEqual(2000);
  expect(payload.embeds.length).toBeLessThanOrEqual(10);
  expect(payload.embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  const texts = [payload.content];
  for (const embed of payload.embeds) {
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(256);
    expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(25);
    if (embed.url !== undefined) expect(embed.url).toMatch(/^https?:\/\//);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(1024);
      texts.push(field.name, field.value);
    }
    texts.push(
      embed.title ?? '',
      embed.description ?? '',
      embed.footer?.text ?? '',
      embed.author?.name ?? '',
    );
  }
  const rows = payload.components ?? [];
  expect(rows.length).toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of rows) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    const selects = row.components.filter((c) => c.type === ComponentType.StringSelect);
    // A select fills its row alone.
    if (selects.length > 0) expect(row.components.length).toBe(1);
    for (const select of selects) {
      expect(select.custom_id.length).toBeLessThanOrEqual(100);
      expect(ids.has(select.custom_id)).toBe(false);
      ids.add(select.custom_id);
      expect(select.placeholder?.length ?? 0).toBeLessThanOrEqual(150);
      expect(select.options.length).toBeGreaterThan(0);
      expect(select.options.length).toBeLessThanOrEqual(25);
      const values = new Set(select.options.map((o) => o.value));
      expect(values.size).toBe(select.options.length);
      for (const option of select.options) {
        expect(option.label.trim().length).toBeGreaterThan(0);
        expect(option.label.length).toBeLessThanOrEqual(100);
        expect(option.value.length).toBeGreaterThan(0);
        expect(option.value.length).toBeLessThanOrEqual(100);
        texts.push(option.label, select.placeholder ?? '');
      }
    }
    for (const button of row.components) {
      if (button.type === ComponentType.StringSelect) continue;
      expect(button.label?.trim().length ?? 0).toBeGreaterThan(0);
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      texts.push(button.label ?? '');
      expect(ids.has(button.custom_id)).toBe(false);
      ids.add(button.custom_id);
    }
  }
  for (const t of texts) expect(t).not.toMatch(/@(everyone|here)/i);
}
