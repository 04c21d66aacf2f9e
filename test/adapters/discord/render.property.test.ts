import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createButtonIds } from '../../../adapters/discord/button-ids.js';
import { embedLength } from '../../../adapters/discord/limits.js';
import { type DiscordMessagePayload, renderDiscordReply } from '../../../adapters/discord/render.js';
import type { CaseHit, Reply, ReplyAction } from '../../../src/index.js';

// Hostile text: markdown, mentions, escapes, emoji and surrogate pairs, and very long runs.
const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@&1>',
  '**',
  '`',
  '\\',
  '||',
  '🇰🇷',
  '👩🏽‍💻',
  '\n# ',
  '> ',
  'é',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc
    .array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 30 })
    .map((parts) => parts.join('')),
  fc
    .tuple(fc.oneof(nasty, fc.string({ minLength: 1, maxLength: 10 })), fc.integer({ min: 1, max: 1500 }))
    .map(([s, n]) => s.repeat(n)),
);
const list = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.array(arb, { maxLength });

const caseHit: fc.Arbitrary<CaseHit> = fc.record(
  {
    id: text,
    title: text,
    summary: text,
    countries: list(fc.oneof(fc.constantFrom('KR', 'FR', 'US', 'ZZ'), text), 40),
    year: fc.integer({ min: -5000, max: 5000 }),
    url: fc.oneof(fc.webUrl(), text),
    tags: list(text, 40),
    level: text,
    organisation: text,
    matched: list(text, 40),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries', 'tags'] },
);
const action: fc.Arbitrary<ReplyAction> = fc.record({
  kind: fc.constantFrom('more', 'random', 'details'),
  label: text,
  command: text,
});
const base = fc.record({
  cases: list(caseHit, 30),
  total: fc.nat(),
  actions: list(action, 40),
  heading: text,
  notice: fc.option(text, { nil: undefined }),
});

const reply: fc.Arbitrary<Reply> = fc.oneof(
  base.chain((b) =>
    fc
      .record({ page: fc.nat(), pageCount: fc.nat() })
      .map((p): Reply => ({ ...b, ...p, type: 'results', intent: { type: 'search', query: 'q', page: 1 } })),
  ),
  base.map((b): Reply => ({ ...b, type: 'case', intent: { type: 'show', id: 'x' } })),
  fc
    .tuple(base, list(fc.record({ code: text, name: text, flag: text, count: fc.nat() }), 300))
    .map(([b, countries]): Reply => ({ ...b, type: 'countries', intent: { type: 'countries' }, countries })),
  fc
    .tuple(base, list(fc.record({ usage: text, description: text, example: text }), 40))
    .map(
      ([b, commands]): Reply => ({ ...b, type: 'help', intent: { type: 'help', reason: 'asked' }, commands }),
    ),
  fc.tuple(base, text, list(text, 40)).map(
    ([b, message, suggestions]): Reply => ({
      ...b,
      type: 'not-found',
      intent: { type: 'search', query: 'q', page: 1 },
      message,
      suggestions,
    }),
  ),
  fc.tuple(base, list(text, 300), fc.boolean()).map(
    ([b, lines, isPrivate]): Reply => ({
      ...b,
      type: 'digest',
      intent: { type: 'digest', command: { action: 'list' } },
      lines,
      private: isPrivate,
    }),
  ),
);

function expectWithinDiscordLimits(payload: DiscordMessagePayload): void {
  expect(payload.allowed_mentions).toEqual({ parse: [], replied_user: false });
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
    texts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
  }
  expect(payload.components.length).toBeLessThanOrEqual(5);
  const ids = new Set<string>();
  for (const row of payload.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(5);
    for (const button of row.components) {
      expect(button.label?.trim().length ?? 0).toBeGreaterThan(0);
      expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
      expect(button.custom_id.length).toBeLessThanOrEqual(100);
      expect(ids.has(button.custom_id)).toBe(false);
      ids.add(button.custom_id);
    }
  }
  for (const t of texts) expect(t).not.toMatch(/@(everyone|here)/i);
}

describe('renderDiscordReply, for any reply', () => {
  it('stays within every Discord limit and pings no one', () => {
    fc.assert(
      fc.property(reply, fc.boolean(), fc.option(text, { nil: undefined }), (r, ephemeral, shareCommand) => {
        const payload = renderDiscordReply(r, { buttonIds: createButtonIds(), ephemeral, shareCommand });
        expectWithinDiscordLimits(payload);
      }),
      { numRuns: 300 },
    );
  });
});
