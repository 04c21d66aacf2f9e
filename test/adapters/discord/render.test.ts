import { ButtonStyle, ComponentType, MessageFlags } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { NO_MENTIONS } from '../../../adapters/discord/payload.js';
import { renderDiscordReply } from '../../../adapters/discord/render.js';
import { buildErrorReply, type Reply } from '../../../src/index.js';
import { overviewReply } from '../../support/overview-reply.js';
import { createButtonIds } from './memory-button-ids.js';
import { BARE, resultsReply, TELEREHAB } from './reply-fixtures.js';

const buttonIds = createButtonIds({ newKey: () => 'KEY' });
const base: Pick<
  Extract<Reply, { type: 'help' }>,
  'intent' | 'cases' | 'total' | 'actions' | 'visibility'
> = {
  intent: { type: 'help', reason: 'asked' },
  cases: [],
  total: 0,
  actions: [],
  visibility: 'channel',
};

describe('renderDiscordReply', () => {
  it('renders results: one embed per case, escaped text, buttons for every action', () => {
    expect(renderDiscordReply(resultsReply(), { buttonIds })).toEqual({
      content: '**Cases matching “rehab”** · 7 cases, page 1 of 2',
      embeds: [
        {
          color: 0x2f6fb3,
          title: 'Telerehabilitation in Korea',
          url: 'https://oecd-opsi.org/innovations/telerehab/',
          description: 'Patients do their \\*\\*rehab\\*\\* at home with a tablet; @\u200beveryone can join.',
          footer: { text: 'id k7telrh · show k7telrh' },
          fields: [
            { name: 'Country', value: '🇰🇷 South Korea', inline: true },
            { name: 'Year', value: '2021', inline: true },
            { name: 'Tags', value: 'health, digital government' },
            { name: 'Why it matched', value: '“rehab”' },
          ],
        },
        {
          color: 0x2f6fb3,
          title: 'A case with little data',
          description: 'Short.',
          footer: { text: 'id b4re · show b4re' },
        },
      ],
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Primary,
              label: 'More results',
              custom_id: 'r:search rehab page 2',
            },
          ],
        },
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Details: Telerehabilitation in Korea',
              custom_id: 'r:show k7telrh',
            },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Details: A case with little data',
              custom_id: 'r:show b4re',
            },
          ],
        },
      ],
      allowed_mentions: { parse: [], replied_user: false },
    });
  });

  it('makes an ephemeral answer with a Share button', () => {
    const reply: Reply = {
      ...base,
      type: 'case',
      intent: { type: 'random', query: '', filters: { countries: ['KR'] }, country: 'KR' },
      heading: 'A random case from South Korea',
      cases: [TELEREHAB],
      total: 1,
      actions: [{ type: 'random', label: 'Another random case', command: 'random South Korea' }],
      visibility: 'private',
      shareCommand: `show ${TELEREHAB.id}`,
    };
    const payload = renderDiscordReply(reply, { buttonIds });
    expect(payload.flags).toBe(MessageFlags.Ephemeral);
    expect(payload.content).toBe('**A random case from South Korea**');
    expect(payload.components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Primary,
            label: 'Another random case',
            custom_id: 'r:random South Korea',
          },
          {
            type: ComponentType.Button,
            style: ButtonStyle.Success,
            label: 'Share',
            custom_id: 's:show k7telrh',
          },
        ],
      },
    ]);
  });

  it('lists counts with flags, and compares cases side by side', () => {
    const reply: Reply = {
      ...base,
      type: 'counts',
      intent: { type: 'count', by: 'country', query: '', filters: {} },
      facet: 'country',
      heading: 'Cases by country: 4 cases in 2 countries',
      groups: [
        { key: 'KR', label: '🇰🇷 South Korea', count: 3, command: 'list in South Korea' },
        { key: 'FR', label: '🇫🇷 France', count: 1, command: 'list in France' },
      ],
    };
    expect(renderDiscordReply(reply, { buttonIds }).embeds).toEqual([
      { color: 0x2f6fb3, description: '🇰🇷 South Korea — 3 cases\n🇫🇷 France — 1 case' },
    ]);
    const compare: Reply = {
      ...base,
      type: 'compare',
      intent: { type: 'compare', ids: ['a1', 'b2'] },
      heading: 'A vs B',
      rows: [{ label: 'Year', values: ['2020', '—'] }],
      shared: ['Shared topics: Health'],
      cases: [],
    };
    expect(renderDiscordReply(compare, { buttonIds }).embeds).toEqual([
      {
        color: 0x2f6fb3,
        fields: [
          { name: 'Year', value: '1. 2020\n2. —' },
          { name: 'In common', value: 'Shared topics: Health' },
        ],
      },
    ]);
  });

  it("renders the core's overview with every breakdown, By region included, five buttons a row", async () => {
    const button = (style: ButtonStyle, label: string, custom_id: string) => ({
      type: ComponentType.Button,
      style,
      label,
      custom_id,
    });
    expect(renderDiscordReply(await overviewReply(), { buttonIds }).components).toEqual([
      {
        type: ComponentType.ActionRow,
        components: [
          button(ButtonStyle.Primary, 'List 2 cases', 'r:list'),
          button(ButtonStyle.Secondary, 'By country', 'r:count by country'),
          button(ButtonStyle.Secondary, 'By region', 'r:count by region'),
          button(ButtonStyle.Secondary, 'By topic', 'r:count by topic'),
          button(ButtonStyle.Secondary, 'By year', 'r:count by year'),
        ],
      },
      {
        type: ComponentType.ActionRow,
        components: [
          button(ButtonStyle.Secondary, 'By level', 'r:count by level'),
          button(ButtonStyle.Success, 'Share', 's:count'),
        ],
      },
    ]);
  });

  it('shows help as fields with examples as code', () => {
    const reply: Reply = {
      ...base,
      type: 'help',
      heading: 'What I can do',
      commands: [{ usage: 'search <words>', description: 'Find cases', example: 'search AI in health' }],
    };
    expect(renderDiscordReply(reply, { buttonIds }).embeds).toEqual([
      {
        color: 0x2f6fb3,
        fields: [{ name: 'search \\<words\\>', value: 'Find cases\nExample: `search AI in health`' }],
      },
    ]);
  });

  it('turns not-found suggestions into buttons', () => {
    const reply: Reply = {
      ...base,
      type: 'not-found',
      intent: { type: 'search', query: 'zzz', filters: {}, sort: 'relevance', page: 1 },
      heading: 'No cases matching “zzz”',
      message: 'Try fewer words.',
      suggestions: ['countries', 'random'],
    };
    const payload = renderDiscordReply(reply, { buttonIds });
    expect(payload.embeds).toEqual([
      {
        color: 0x2f6fb3,
        description: 'Try fewer words.',
        fields: [{ name: 'Try', value: '• `countries`\n• `random`' }],
      },
    ]);
    expect(payload.components[0]?.components.map((b) => ['label' in b ? b.label : '', b.custom_id])).toEqual([
      ['countries', 'r:countries'],
      ['random', 'r:random'],
    ]);
  });

  it('keeps mass mentions out of button labels too', () => {
    const reply: Reply = {
      ...base,
      type: 'not-found',
      intent: { type: 'search', query: '@everyone', filters: {}, sort: 'relevance', page: 1 },
      heading: 'No cases matching “@everyone”',
      message: 'Try fewer words.',
      suggestions: ['search @everyone', 'random @here'],
    };
    expect(
      renderDiscordReply(reply, { buttonIds }).components[0]?.components.map((b) =>
        'label' in b ? b.label : '',
      ),
    ).toEqual(['search @\u200beveryone', 'random @\u200bhere']);
  });

  it('puts "Compare with…" under a shown case as a string select of case titles, each replaying its compare command', () => {
    const reply: Reply = {
      type: 'case',
      intent: { type: 'show', id: TELEREHAB.id },
      heading: TELEREHAB.title,
      cases: [TELEREHAB],
      total: 1,
      actions: [{ type: 'random', label: 'Another random case', command: 'random' }],
      visibility: 'channel',
      compare: {
        placeholder: 'Compare with…',
        options: [
          { key: 'b2', label: 'Budget by @everyone', command: `compare ${TELEREHAB.id} and b2` },
          { key: 'c3', label: 'y'.repeat(120), command: `compare ${TELEREHAB.id} and c3` },
        ],
      },
    };
    const rows = renderDiscordReply(reply, { buttonIds }).components;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: 'compare',
          placeholder: 'Compare with…',
          options: [
            { label: 'Budget by @\u200beveryone', value: `r:compare ${TELEREHAB.id} and b2` },
            { label: `${'y'.repeat(99)}…`, value: `r:compare ${TELEREHAB.id} and c3` },
          ],
        },
      ],
    });
  });

  it('keeps private digest answers ephemeral', () => {
    const reply: Reply = {
      ...base,
      type: 'digest',
      intent: { type: 'digest', command: { type: 'preview' } },
      heading: 'Next digest',
      lines: ['1. *A case*'],
      visibility: 'private',
    };
    expect(renderDiscordReply(reply, { buttonIds })).toEqual({
      content: '**Next digest**',
      embeds: [{ color: 0x2f6fb3, description: '1\\. \\*A case\\*' }],
      components: [],
      allowed_mentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
  });

  it("renders the core's apology as one short ephemeral message, nothing to click", () => {
    const apology = buildErrorReply({ platform: 'discord', surface: { type: 'slash-command' } });
    if (apology.type !== 'error') throw new Error('expected an error reply');
    expect(renderDiscordReply(apology, { buttonIds })).toEqual({
      content: `**${apology.heading}**\n${apology.message}`,
      embeds: [],
      components: [],
      allowed_mentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    });
    // Answering a message in a channel, everyone there sees it.
    const inChannel = buildErrorReply({ platform: 'discord', surface: { type: 'mention' } });
    expect(renderDiscordReply(inChannel, { buttonIds })).not.toHaveProperty('flags');
  });

  it('shows a notice under the heading and leaves out a URL Discord would refuse', () => {
    const payload = renderDiscordReply(
      resultsReply({
        notice: 'Your message was cut to 500 characters.',
        cases: [{ ...BARE, url: 'javascript:alert(1)' }],
      }),
      { buttonIds },
    );
    expect(payload.content).toBe(
      '**Cases matching “rehab”** · 7 cases, page 1 of 2\n_Your message was cut to 500 characters._',
    );
    expect(payload.embeds[0]).not.toHaveProperty('url');
  });

  it('keeps a long command in a button through the LRU map', () => {
    const long = `search ${'word '.repeat(30)}page 2`;
    const payload = renderDiscordReply(
      resultsReply({ actions: [{ type: 'more', label: 'More results', command: long }] }),
      { buttonIds },
    );
    expect(payload.components[0]?.components[0]?.custom_id).toBe('r#KEY');
    expect(buttonIds.decode('r#KEY')).toEqual({ type: 'command', verb: 'run', command: long });
  });
});
