import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  renderSlackReply,
  SLACK_MAX_ACTIONS_ELEMENTS,
  SLACK_MAX_BLOCKS,
  SLACK_MAX_BUTTON_TEXT,
  SLACK_MAX_BUTTON_VALUE,
  SLACK_MAX_CONTEXT_ELEMENTS,
  SLACK_MAX_CONTEXT_TEXT,
  SLACK_MAX_FALLBACK_TEXT,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_ID,
  SLACK_MAX_SECTION_TEXT,
  SLACK_MESSAGE_BUDGET,
  type SlackMessage,
  type SlackRenderOptions,
} from '../../../adapters/slack/render.js';
import type { CaseHit, Reply, ReplyAction } from '../../../src/index.js';

/** Pieces of Slack markup a hostile user or a bad record could contain. */
const hostile = fc.constantFrom(
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<@U0BOSS>',
  '<@U0BOSS|boss>',
  '<#C0GEN|general>',
  '<!subteam^S0TEAM>',
  '<https://evil.example|click me>',
  '&',
  '&amp;',
  '<',
  '>',
  '|',
  '*',
  '`',
  '\n',
  '\u0000',
  '🇧🇪',
  '👩‍👩‍👧',
  ' ',
);

const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc
      .array(fc.oneof(hostile, fc.string({ maxLength: 8 })), {
        maxLength: Math.max(1, Math.floor(maxLength / 4)),
      })
      .map((parts) => parts.join('')),
  );

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text(60),
  fc.constant('https://x.example/<!channel>|y&z'),
);

const caseHit: fc.Arbitrary<CaseHit> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 40 }),
    title: text(400),
    summary: text(6000),
    countries: fc.array(fc.oneof(fc.constantFrom('BE', 'FR', 'KR', 'US', 'XX'), text(6)), { maxLength: 30 }),
    year: fc.integer({ min: -1, max: 99_999 }),
    url,
    tags: fc.array(text(60), { maxLength: 25 }),
    truncated: fc.constant(true as const),
    level: text(40),
    organisation: text(300),
    matched: fc.array(text(30), { maxLength: 10 }),
  },
  { requiredKeys: ['id', 'title', 'summary', 'countries', 'tags'] },
);

const action: fc.Arbitrary<ReplyAction> = fc.record({
  kind: fc.constantFrom('more', 'random', 'details'),
  label: text(120),
  command: fc.oneof(text(80), fc.string({ minLength: 1900, maxLength: 2100 })),
});

const base = {
  cases: fc.array(caseHit, { maxLength: 40 }),
  total: fc.nat(),
  notice: fc.option(text(3000), { nil: undefined }),
  actions: fc.array(action, { maxLength: 40 }),
  heading: text(400),
};

const reply: fc.Arbitrary<Reply> = fc.oneof(
  fc
    .record({ ...base, type: fc.constant('results' as const), page: fc.nat(), pageCount: fc.nat() })
    .map((r): Reply => ({ ...r, intent: { type: 'search', query: 'q', page: r.page } })),
  fc
    .record({ ...base, type: fc.constant('case' as const) })
    .map((r): Reply => ({ ...r, intent: { type: 'show', id: 'x' } })),
  fc
    .record({
      ...base,
      type: fc.constant('countries' as const),
      countries: fc.array(fc.record({ code: text(4), name: text(80), flag: text(4), count: fc.nat() }), {
        maxLength: 300,
      }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'countries' } })),
  fc
    .record({
      ...base,
      type: fc.constant('help' as const),
      commands: fc.array(fc.record({ usage: text(200), description: text(800), example: text(200) }), {
        maxLength: 60,
      }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'help', reason: 'asked' } })),
  fc
    .record({
      ...base,
      type: fc.constant('not-found' as const),
      message: text(5000),
      suggestions: fc.array(text(100), { maxLength: 80 }),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'search', query: 'q', page: 1 } })),
  fc
    .record({
      ...base,
      type: fc.constant('digest' as const),
      lines: fc.array(text(400), { maxLength: 100 }),
      private: fc.boolean(),
    })
    .map((r): Reply => ({ ...r, intent: { type: 'digest', command: { action: 'list' } } })),
);

const options: fc.Arbitrary<SlackRenderOptions> = fc.record(
  {
    shareCommand: fc.oneof(text(100), fc.string({ minLength: 1990, maxLength: 2010 })),
    sharedBy: fc.oneof(fc.stringMatching(/^U[A-Z0-9]{8}$/), text(20)),
    commandPrefix: text(30),
  },
  { requiredKeys: [] },
);

interface AnyElement {
  type: string;
  text?: unknown;
  action_id?: string;
  value?: string;
}

/** Every limit the issue names; returns what broke, so a failure says which. */
function limitProblems(message: SlackMessage): string[] {
  const problems: string[] = [];
  const { blocks } = message;
  if (blocks.length < 1 || blocks.length > SLACK_MAX_BLOCKS) problems.push(`blocks: ${blocks.length}`);
  if (JSON.stringify(message).length > SLACK_MESSAGE_BUDGET) problems.push('message over budget');
  if (message.text.length > SLACK_MAX_FALLBACK_TEXT) problems.push('fallback text too long');
  const blockIds = blocks.map((b) => b.block_id);
  if (new Set(blockIds).size !== blockIds.length || blockIds.some((id) => !id || id.length > SLACK_MAX_ID))
    problems.push('block ids not unique');
  const buttons: AnyElement[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'header':
        if (block.text.text.length > SLACK_MAX_HEADER_TEXT || block.text.text.trim() === '')
          problems.push('header');
        break;
      case 'section':
        if (block.text.text.length > SLACK_MAX_SECTION_TEXT || block.text.text.trim() === '')
          problems.push('section');
        if (block.accessory) buttons.push(block.accessory);
        break;
      case 'context':
        if (block.elements.length < 1 || block.elements.length > SLACK_MAX_CONTEXT_ELEMENTS)
          problems.push('context');
        for (const e of block.elements)
          if (e.text.length > SLACK_MAX_CONTEXT_TEXT || e.text.trim() === '') problems.push('context text');
        break;
      case 'actions':
        if (block.elements.length < 1 || block.elements.length > SLACK_MAX_ACTIONS_ELEMENTS)
          problems.push('actions');
        buttons.push(...block.elements);
        break;
      case 'divider':
        break;
    }
  }
  for (const b of buttons) {
    const label = (b.text as { text: string }).text;
    if (label.length > SLACK_MAX_BUTTON_TEXT || label.trim() === '')
      problems.push(`button text ${label.length}`);
    if (!b.value || b.value.length > SLACK_MAX_BUTTON_VALUE) problems.push('button value');
    if (!b.action_id || b.action_id.length > SLACK_MAX_ID) problems.push('action id');
  }
  const actionIds = buttons.map((b) => b.action_id);
  if (new Set(actionIds).size !== actionIds.length) problems.push('action ids not unique');
  return problems;
}

/** Every text Slack would parse as markup: top-level text and every text object. */
function markupTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      if ((obj.type === 'mrkdwn' || obj.type === 'plain_text') && typeof obj.text === 'string')
        texts.push(obj.text);
      else Object.values(obj).forEach(walk);
    }
  };
  walk(message.blocks);
  return texts;
}

/**
 * Markup the renderer itself may emit: links to http(s) URLs (no `<`, `>`, `|` or space in
 * the URL, no `<` or `>` in the label) and the mention of the user who shared.
 */
function withoutOwnMarkup(t: string, sharedBy: string | undefined): string {
  let out = t.replace(/<https?:\/\/[^<>|\s]+\|[^<>]*>/g, '');
  if (sharedBy && /^[UW][A-Z0-9]{2,20}$/.test(sharedBy)) out = out.split(`<@${sharedBy}>`).join('');
  return out;
}

describe('renderSlackReply (property)', () => {
  it('stays within Slack limits and forms no mention or link for any reply and options', () => {
    fc.assert(
      fc.property(reply, options, (r, o) => {
        const message = renderSlackReply(r, o);
        expect(limitProblems(message)).toEqual([]);
        for (const t of markupTexts(message)) {
          const rest = withoutOwnMarkup(t, o.sharedBy);
          expect(rest).not.toMatch(/[<>]/);
          expect(rest.replace(/&(amp|lt|gt);/g, '')).not.toContain('&');
        }
      }),
      { numRuns: 300 },
    );
  });
});
