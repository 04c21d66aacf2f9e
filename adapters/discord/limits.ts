import type { APIEmbed } from 'discord.js';
import { truncate } from '../shared/truncate.js';

// Discord's limits, enforced by `renderDiscordReply`. Lengths are measured in UTF-16 code
// units, never fewer than the characters Discord counts, so staying under them is safe.
export const DISCORD_MAX_CONTENT = 2000;
export const DISCORD_MAX_EMBEDS = 10;
export const DISCORD_MAX_EMBED_TITLE = 256;
export const DISCORD_MAX_EMBED_DESCRIPTION = 4096;
export const DISCORD_MAX_EMBED_FIELDS = 25;
export const DISCORD_MAX_FIELD_NAME = 256;
export const DISCORD_MAX_FIELD_VALUE = 1024;
export const DISCORD_MAX_FOOTER = 2048;
/** Title, description, field names and values, footer and author of every embed in a message. */
export const DISCORD_MAX_EMBEDS_TOTAL = 6000;
export const DISCORD_MAX_URL = 2048;
export const DISCORD_MAX_BUTTONS_PER_ROW = 5;
export const DISCORD_MAX_ROWS = 5;
export const DISCORD_MAX_BUTTON_LABEL = 80;
/** A string select's options, and each option's label and value. */
export const DISCORD_MAX_SELECT_OPTIONS = 25;
export const DISCORD_MAX_OPTION_LABEL = 100;
export const DISCORD_MAX_OPTION_VALUE = 100;
export const DISCORD_MAX_PLACEHOLDER = 150;

type TextSlot = { get(): string; set(value: string): void };

function textSlots(embed: APIEmbed): TextSlot[] {
  const slots: TextSlot[] = [];
  if (embed.title !== undefined) slots.push({ get: () => embed.title ?? '', set: (v) => (embed.title = v) });
  if (embed.description !== undefined) {
    slots.push({ get: () => embed.description ?? '', set: (v) => (embed.description = v) });
  }
  for (const field of embed.fields ?? []) {
    slots.push({ get: () => field.name, set: (v) => (field.name = v) });
    slots.push({ get: () => field.value, set: (v) => (field.value = v) });
  }
  const { footer, author } = embed;
  if (footer) slots.push({ get: () => footer.text, set: (v) => (footer.text = v) });
  if (author) slots.push({ get: () => author.name, set: (v) => (author.name = v) });
  return slots;
}

/**
 * Keeps a message's embeds within the 6,000-character total by capping every text at the same
 * length, the largest cap that fits: long summaries shrink first, short titles stay whole.
 * Mutates and returns the embeds it is given.
 */
export function fitEmbedsTotal(embeds: APIEmbed[], max = DISCORD_MAX_EMBEDS_TOTAL): APIEmbed[] {
  const slots = embeds.flatMap(textSlots);
  const lengths = slots.map((s) => s.get().length);
  if (lengths.reduce((a, b) => a + b, 0) <= max) return embeds;
  const fits = (cap: number) => lengths.reduce((sum, len) => sum + Math.min(len, cap), 0) <= max;
  let low = 1;
  let high = Math.max(...lengths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid - 1;
  }
  for (const slot of slots) {
    const value = slot.get();
    // Field names and values must stay non-empty; a 1-character cap leaves "…".
    if (value.length > low) slot.set(truncate(value, Math.max(low, 1)));
  }
  return embeds;
}
