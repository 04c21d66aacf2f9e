import { describe, expect, it } from 'vitest';
import {
  SLACK_MAX_BLOCKS,
  SLACK_MAX_HEADER_TEXT,
  SLACK_MAX_SECTION_TEXT,
} from '../../../adapters/slack/limits.js';
import type { SlackBlock } from '../../../adapters/slack/payload.js';
import { renderSlackReply } from '../../../adapters/slack/render.js';
import { parseActionId } from '../../../adapters/slack/render-buttons.js';
import { buildErrorReply, type Reply } from '../../../src/index.js';
import { overviewReply } from '../../support/overview-reply.js';
import { belgiumCase, hostileCase, resultsReply } from './reply-fixtures.js';

function mrkdwn(text: string) {
  return { type: 'mrkdwn', text, verbatim: true };
}

describe('renderSlackReply', () => {
  it('renders a page of results: header, each case with its Details button, tags and matches, then buttons', () => {
    const message = renderSlackReply(
      resultsReply([belgiumCase], { visibility: 'private', shareCommand: 'digital' }),
    );
    expect(message.blocks).toEqual([
      {
        type: 'header',
        block_id: 'casebot_b0',
        text: { type: 'plain_text', text: 'Cases about “digital”', emoji: true },
      },
      {
        type: 'section',
        block_id: 'casebot_b1',
        text: mrkdwn(
          '*<https://oecd-opsi.org/innovations/connectoo/|Connectoo Training>*\n🇧🇪 Belgium · 2022\nConnectoo Training aims to reduce the digital divide in Belgium by training public officials.',
        ),
        accessory: {
          type: 'button',
          action_id: 'casebot_details_0',
          text: { type: 'plain_text', text: 'Details', emoji: true },
          value: 'show cnt2022',
        },
      },
      {
        type: 'context',
        block_id: 'casebot_b2',
        elements: [
          mrkdwn('Tags: digital inclusion, training'),
          mrkdwn('Matched: digital'),
          mrkdwn('id `cnt2022`'),
        ],
      },
      { type: 'context', block_id: 'casebot_b3', elements: [mrkdwn('Page 1 of 3 · 12 matching cases')] },
      {
        type: 'actions',
        block_id: 'casebot_b4',
        elements: [
          {
            type: 'button',
            action_id: 'casebot_more_1',
            text: { type: 'plain_text', text: 'More results', emoji: true },
            value: 'search digital page 2',
          },
          {
            type: 'button',
            action_id: 'casebot_share_2',
            text: { type: 'plain_text', text: 'Share in channel', emoji: true },
            value: 'digital',
            style: 'primary',
          },
        ],
      },
    ]);
    expect(message.text).toContain('Connectoo Training');
  });

  it('says who shared an answer with a mention built only from the Slack user id', () => {
    const shared = renderSlackReply(resultsReply([belgiumCase]), { sharedBy: 'U0SHARER' });
    expect(shared.blocks[1]).toEqual({
      type: 'context',
      block_id: 'casebot_b1',
      elements: [mrkdwn('Shared by <@U0SHARER>')],
    });
    expect(JSON.stringify(shared.blocks)).not.toContain('Share in channel');
    // Something that is not a user id never becomes a mention.
    const forged = renderSlackReply(resultsReply([belgiumCase]), { sharedBy: 'U1><!channel' });
    expect(JSON.stringify(forged)).not.toContain('Shared by');
  });

  it('escapes every user and case text so nothing forms a link or a mention', () => {
    const message = renderSlackReply(resultsReply([hostileCase], { heading: 'About <!everyone>' }));
    const json = JSON.stringify(message);
    for (const mention of [
      '<!channel>',
      '<!here>',
      '<!everyone>',
      '<@U999',
      '<#C123>',
      '<!subteam',
      '<https://evil',
    ])
      expect(json).not.toContain(mention);
    const section = message.blocks[1];
    expect(section?.type === 'section' && section.text.text).toBe(
      '*<https://example.org/a?x=1&amp;y=%3C2%3E%7Cz|Hi &lt;!channel&gt; &amp; &lt;@U999|boss&gt; &lt;https://evil.example|click&gt;>*\n' +
        '🇫🇷 France\nPing &lt;!here&gt; &lt;!everyone&gt; &lt;#C123&gt; &lt;!subteam^S1&gt; &amp; friends &gt; all',
    );
    expect(message.blocks[0]).toMatchObject({ text: { text: 'About &lt;!everyone&gt;' } });
  });

  it('links a title only to http(s) URLs', () => {
    const message = renderSlackReply(resultsReply([{ ...belgiumCase, url: 'javascript:alert(1)' }]));
    expect(message.blocks[1]).toMatchObject({
      text: { text: expect.stringMatching(/^\*Connectoo Training\*\n/) },
    });
  });

  it('renders one case in full with the note when the source cut its summary', () => {
    const reply: Reply = {
      type: 'case',
      intent: { type: 'show', id: 'cnt2022' },
      heading: 'Connectoo Training',
      cases: [{ ...belgiumCase, summary: 'x'.repeat(5000), truncated: true, matched: undefined }],
      total: 1,
      actions: [{ type: 'random', label: 'Another random case', command: 'random' }],
      visibility: 'channel',
    };
    const message = renderSlackReply(reply);
    const section = message.blocks[1];
    expect(section?.type).toBe('section');
    if (section?.type !== 'section') return;
    expect(section.text.text.length).toBeLessThanOrEqual(SLACK_MAX_SECTION_TEXT);
    expect(section.text.text.endsWith('…')).toBe(true);
    expect(section.accessory).toBeUndefined();
    expect(message.blocks[2]).toMatchObject({
      type: 'context',
      elements: [
        mrkdwn('Tags: digital inclusion, training'),
        mrkdwn('The source cut this summary short.'),
        mrkdwn('id `cnt2022`'),
      ],
    });
    expect(message.blocks[3]).toMatchObject({
      type: 'actions',
      elements: [{ action_id: 'casebot_random_0', value: 'random', text: { text: 'Another random case' } }],
    });
  });

  it('renders help with the slash command in front of usages and examples', () => {
    const reply: Reply = {
      type: 'help',
      intent: { type: 'help', reason: 'empty' },
      heading: 'casebot: 40 cases',
      notice: 'Your message was empty.',
      commands: [{ usage: 'search <words>', description: 'Cases about a topic.', example: 'search health' }],
      cases: [],
      total: 0,
      actions: [],
      visibility: 'channel',
    };
    expect(renderSlackReply(reply, { commandPrefix: '/initiatives' }).blocks).toEqual([
      {
        type: 'header',
        block_id: 'casebot_b0',
        text: { type: 'plain_text', text: 'casebot: 40 cases', emoji: true },
      },
      { type: 'context', block_id: 'casebot_b1', elements: [mrkdwn('Your message was empty.')] },
      {
        type: 'section',
        block_id: 'casebot_b2',
        text: mrkdwn(
          '*/initiatives search &lt;words&gt;* — Cases about a topic.\n      e.g. `/initiatives search health`',
        ),
      },
    ]);
  });

  it('renders counts, comparisons, messages, not-found and digest replies', () => {
    const countries: Reply = {
      type: 'counts',
      intent: { type: 'count', by: 'country', query: '', filters: {} },
      facet: 'country',
      heading: 'Cases by country: 4 cases in 2 countries',
      groups: [
        { key: 'BE', label: '🇧🇪 Belgium', count: 3, command: 'list in Belgium' },
        { key: 'KR', label: '🇰🇷 <Korea>', count: 1, command: 'list in South Korea' },
      ],
      cases: [],
      total: 4,
      actions: [],
      visibility: 'channel',
    };
    expect(renderSlackReply(countries).blocks[1]).toEqual({
      type: 'section',
      block_id: 'casebot_b1',
      text: mrkdwn('*🇧🇪 Belgium* — 3\n*🇰🇷 &lt;Korea&gt;* — 1'),
    });
    const compare: Reply = {
      type: 'compare',
      intent: { type: 'compare', ids: ['a1', 'b2'] },
      heading: 'A vs B',
      rows: [{ label: 'Year', values: ['2020', '—'] }],
      shared: ['Shared topics: Health'],
      cases: [
        { ...belgiumCase, id: 'a1', title: 'A' },
        { ...belgiumCase, id: 'b2', title: 'B' },
      ],
      total: 2,
      actions: [],
      visibility: 'channel',
    };
    expect(renderSlackReply(compare).blocks.slice(1, 4)).toEqual([
      { type: 'section', block_id: 'casebot_b1', text: mrkdwn('1. *A* — id `a1`\n2. *B* — id `b2`') },
      { type: 'section', block_id: 'casebot_b2', text: mrkdwn('*Year:* 2020  |  —') },
      { type: 'section', block_id: 'casebot_b3', text: mrkdwn('Shared topics: Health') },
    ]);
    const message: Reply = {
      type: 'message',
      intent: { type: 'small-talk', kind: 'greeting' },
      heading: 'Hello!',
      lines: ['I know <18> cases.'],
      cases: [],
      total: 0,
      actions: [{ type: 'example', label: "what's new?", command: "what's new?" }],
      visibility: 'channel',
    };
    expect(renderSlackReply(message).blocks.slice(1)).toEqual([
      { type: 'section', block_id: 'casebot_b1', text: mrkdwn('I know &lt;18&gt; cases.') },
      {
        type: 'actions',
        block_id: 'casebot_b2',
        elements: [
          {
            type: 'button',
            action_id: 'casebot_example_0',
            text: { type: 'plain_text', text: "what's new?", emoji: true },
            value: "what's new?",
          },
        ],
      },
    ]);
    const notFound: Reply = {
      type: 'not-found',
      intent: { type: 'search', query: 'zzz', filters: {}, sort: 'relevance', page: 1 },
      heading: 'Nothing about “zzz”',
      message: 'Try fewer words.',
      suggestions: ['random', 'countries'],
      cases: [],
      total: 0,
      actions: [],
      visibility: 'channel',
    };
    expect(renderSlackReply(notFound).blocks.slice(1)).toEqual([
      { type: 'section', block_id: 'casebot_b1', text: mrkdwn('Try fewer words.') },
      { type: 'section', block_id: 'casebot_b2', text: mrkdwn('*Try:*\n• random\n• countries') },
    ]);
    const digest: Reply = {
      type: 'digest',
      intent: { type: 'digest', command: { type: 'list' } },
      heading: 'Digests in this channel',
      lines: ['weekly <b>', 'none paused'],
      cases: [],
      total: 0,
      actions: [],
      visibility: 'private',
    };
    expect(renderSlackReply(digest).blocks[1]).toEqual({
      type: 'section',
      block_id: 'casebot_b1',
      text: mrkdwn('weekly &lt;b&gt;\nnone paused'),
    });
  });

  it("renders the core's overview with every breakdown, By region included, in one actions block", async () => {
    const button = (id: string, text: string, value: string) => ({
      type: 'button',
      action_id: id,
      text: { type: 'plain_text', text, emoji: true },
      value,
    });
    expect(renderSlackReply(await overviewReply()).blocks.slice(1)).toEqual([
      {
        type: 'actions',
        block_id: 'casebot_b1',
        elements: [
          button('casebot_more_0', 'List 2 cases', 'list'),
          button('casebot_example_1', 'By country', 'count by country'),
          button('casebot_example_2', 'By region', 'count by region'),
          button('casebot_example_3', 'By topic', 'count by topic'),
          button('casebot_example_4', 'By year', 'count by year'),
          button('casebot_example_5', 'By level', 'count by level'),
          { ...button('casebot_share_6', 'Share in channel', 'count'), style: 'primary' },
        ],
      },
    ]);
  });

  it("renders the core's apology as a short message, with nothing to click", () => {
    const apology = buildErrorReply({ platform: 'slack', surface: { type: 'slash-command' } });
    if (apology.type !== 'error') throw new Error('expected an error reply');
    expect(renderSlackReply(apology, { commandPrefix: '/initiatives' })).toEqual({
      text: `${apology.heading}\n\n${apology.message}`,
      blocks: [
        {
          type: 'header',
          block_id: 'casebot_b0',
          text: { type: 'plain_text', text: apology.heading, emoji: true },
        },
        { type: 'section', block_id: 'casebot_b1', text: mrkdwn(apology.message) },
      ],
    });
  });

  it('keeps within the block limit when a reply holds far more cases than a page', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({ ...belgiumCase, id: `case${i}` }));
    const message = renderSlackReply(resultsReply(many, { visibility: 'private', shareCommand: 'digital' }));
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_MAX_BLOCKS);
    const types = message.blocks.map((b: SlackBlock) => b.type);
    expect(types.at(-1)).toBe('actions');
    expect(JSON.stringify(message.blocks)).toContain('did not fit in one Slack message');
    expect(JSON.stringify(message).length).toBeLessThanOrEqual(16_000);
  });

  it('keeps every case of an answer that fits, with no note that part was left out', () => {
    const cases = Array.from({ length: 5 }, (_, i) => ({ ...belgiumCase, id: `case${i}` }));
    const message = renderSlackReply(resultsReply(cases));
    const ids = JSON.stringify(message.blocks).match(/id `case\d`/g);
    expect(ids).toEqual(cases.map((c) => `id \`${c.id}\``));
    expect(JSON.stringify(message.blocks)).not.toContain('did not fit');
    expect(message.blocks.map((b) => b.block_id)).toEqual(message.blocks.map((_, i) => `casebot_b${i}`));
  });

  it('cuts a long heading with an ellipsis', () => {
    const message = renderSlackReply(resultsReply([], { heading: '&'.repeat(400) }));
    const header = message.blocks[0];
    expect(header?.type === 'header' && header.text.text.length).toBeLessThanOrEqual(SLACK_MAX_HEADER_TEXT);
    expect(header?.type === 'header' && header.text.text.endsWith('&amp;…')).toBe(true);
  });

  it('never leaves the fallback text blank, even for a reply with nothing in it', () => {
    const empty: Reply = {
      type: 'case',
      intent: { type: 'show', id: 'x' },
      heading: '\u0000 ',
      cases: [],
      total: 0,
      actions: [],
      visibility: 'channel',
    };
    expect(renderSlackReply(empty).text).toBe('casebot');
  });
});

describe('parseActionId', () => {
  it.each([
    ['casebot_more_3', 'more'],
    ['casebot_share_0', 'share'],
    ['casebot_details_12', 'details'],
    ['casebot_random_1', 'random'],
    ['casebot_delete_1', undefined],
    ['other_more_1', undefined],
  ])('%s → %s', (id, kind) => {
    expect(parseActionId(id)).toBe(kind);
  });
});
