import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SlackBlock } from '../../../adapters/slack/payload.js';
import {
  HOME_DIGEST_ACTION_PATTERN,
  HOME_MAX_DIGESTS,
  type HomeDigest,
  type HomeView,
  parseHomeDigestValue,
  renderHomeView,
} from '../../../adapters/slack/render-app-home.js';
import { hostileText, markupProblems, viewLimitProblems } from './slack-limits.js';

// The App Home view: pure Block Kit from what casebot knows and the person's digests, within
// Slack's view limits for any text the knowledge, a channel name or a pause reason may hold.

function digest(n: number, fields: Partial<HomeDigest['summary']> = {}, name = `team-${n}`): HomeDigest {
  const channelId = `C0${String(n).padStart(4, '0')}`;
  return {
    channel: { id: channelId, name, kind: 'channel' },
    summary: {
      id: `d${n}`,
      target: { platform: 'slack', teamId: 'T1', channelId },
      schedule: 'every Monday at 09:00 UTC',
      contents: '3 cases per digest, all initiatives',
      next: 'next on Mon 30 Nov 2026 09:00',
      ...fields,
    },
  };
}

const base: HomeView = {
  cases: 18,
  countries: 12,
  examples: ['health in South Korea', 'what has South Korea done since 2020?'],
  command: '/initiatives',
  digests: { type: 'listed', items: [] },
};

const digestSections = (blocks: SlackBlock[]) =>
  blocks.filter((b) => b.block_id?.startsWith('casebot_home_digest_'));

describe('renderHomeView', () => {
  it('gives each digest its channel, words and a Pause or Resume carrying the subscription', () => {
    const view = renderHomeView({
      ...base,
      digests: {
        type: 'listed',
        items: [
          digest(1),
          digest(2, { next: undefined, paused: { by: 'error', reason: 'channel_not_found' } }),
        ],
      },
    });
    expect(digestSections(view.blocks)).toEqual([
      {
        type: 'section',
        block_id: 'casebot_home_digest_0',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: '*#team-1* · digest `d1`\nevery Monday at 09:00 UTC · 3 cases per digest, all initiatives\n_next on Mon 30 Nov 2026 09:00_',
        },
        accessory: {
          type: 'button',
          action_id: 'casebot_home_pause_0',
          text: { type: 'plain_text', text: 'Pause', emoji: true },
          value: '{"id":"d1","channelId":"C00001"}',
        },
      },
      {
        type: 'section',
        block_id: 'casebot_home_digest_1',
        text: {
          type: 'mrkdwn',
          verbatim: true,
          text: '*#team-2* · digest `d2`\nevery Monday at 09:00 UTC · 3 cases per digest, all initiatives\n_Paused: channel_not_found_',
        },
        accessory: {
          type: 'button',
          action_id: 'casebot_home_resume_1',
          text: { type: 'plain_text', text: 'Resume', emoji: true },
          value: '{"id":"d2","channelId":"C00002"}',
        },
      },
    ]);
    for (const section of digestSections(view.blocks))
      if (section.type === 'section')
        expect(parseHomeDigestValue(section.accessory?.value)).toEqual({
          id: section.text.text.match(/`(d\d)`/)?.[1],
          channelId: JSON.parse(section.accessory?.value ?? '{}').channelId,
        });
  });

  it('puts Unsubscribe under each digest, behind a confirmation naming the digest and its channel', () => {
    const view = renderHomeView({ ...base, digests: { type: 'listed', items: [digest(1)] } });
    const at = view.blocks.findIndex((b) => b.block_id === 'casebot_home_digest_0');
    const plain = (text: string) => ({ type: 'plain_text', text, emoji: true });
    expect(view.blocks[at + 1]).toEqual({
      type: 'actions',
      block_id: 'casebot_home_unsubscribe_0',
      elements: [
        {
          type: 'button',
          action_id: 'casebot_home_unsubscribe_0',
          text: plain('Unsubscribe…'),
          value: '{"id":"d1","channelId":"C00001"}',
          style: 'danger',
          confirm: {
            title: plain('Unsubscribe this digest?'),
            text: plain(
              'Digest d1 stops posting to #team-1 for everyone, and the channel is told. A new one can be set up with the digest command.',
            ),
            confirm: plain('Unsubscribe'),
            deny: plain('Keep it'),
            style: 'danger',
          },
        },
      ],
    });
    expect(viewLimitProblems(view)).toEqual([]);
  });

  it('lists the first digests of a person with very many, and counts the rest', () => {
    const items = Array.from({ length: 250 }, (_, i) => digest(i));
    const view = renderHomeView({ ...base, digests: { type: 'listed', items } });
    expect(digestSections(view.blocks)).toHaveLength(HOME_MAX_DIGESTS);
    const last = view.blocks.at(-1);
    expect(last?.type === 'context' && last.elements[0]?.text).toMatch(
      new RegExp(`^…and ${250 - HOME_MAX_DIGESTS} more\\.`),
    );
    expect(viewLimitProblems(view)).toEqual([]);
  });

  it('lists fewer digests when their words are long, within the view’s size budget', () => {
    const long = `topic: ${'very long words '.repeat(180)}`;
    const items = Array.from({ length: HOME_MAX_DIGESTS }, (_, i) => digest(i, { contents: long }));
    const view = renderHomeView({ ...base, digests: { type: 'listed', items } });
    const shown = digestSections(view.blocks).length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(HOME_MAX_DIGESTS);
    const last = view.blocks.at(-1);
    expect(last?.type === 'context' && last.elements[0]?.text).toMatch(
      new RegExp(`^…and ${HOME_MAX_DIGESTS - shown} more\\.`),
    );
    expect(viewLimitProblems(view)).toEqual([]);
  });

  it('says why digests cannot be listed, and how to start one when there are none', () => {
    const off = renderHomeView({
      ...base,
      digests: { type: 'unavailable', reason: 'The digest database is damaged.' },
    });
    expect(JSON.stringify(off)).toContain('The digest database is damaged.');
    const none = renderHomeView(base);
    expect(JSON.stringify(none)).toContain(
      'No digests in your channels yet. In a channel, `/initiatives digest` sets one up.',
    );
  });

  it('reads back only what it put in a button', () => {
    expect(parseHomeDigestValue('{"id":"k3m9xa","channelId":"C0DIGEST"}')).toEqual({
      id: 'k3m9xa',
      channelId: 'C0DIGEST',
    });
    for (const junk of [
      undefined,
      '',
      'null',
      '[]',
      '{"id":"K!","channelId":"C0DIGEST"}',
      '{"id":"abc","channelId":"<!here>"}',
    ])
      expect(parseHomeDigestValue(junk)).toBeUndefined();
  });

  it('stays within Slack’s view limits and pings nobody, whatever the knowledge, channels and reasons hold', () => {
    const summary = fc.record({
      schedule: hostileText(300),
      contents: hostileText(600),
      reason: hostileText(400),
      paused: fc.boolean(),
      name: hostileText(120),
    });
    fc.assert(
      fc.property(
        fc.array(summary, { maxLength: 120 }),
        fc.array(hostileText(400), { maxLength: 10 }),
        fc.option(hostileText(4000), { nil: undefined }),
        fc.option(hostileText(4000), { nil: undefined }),
        fc.nat({ max: 100_000 }),
        (digests, examples, notice, unavailable, cases) => {
          const items = digests.map((d, i) =>
            digest(
              i,
              d.paused
                ? {
                    schedule: d.schedule,
                    contents: d.contents,
                    next: undefined,
                    paused: { by: 'user', reason: d.reason },
                  }
                : { schedule: d.schedule, contents: d.contents, next: d.reason },
              d.name,
            ),
          );
          const view = renderHomeView({
            cases,
            countries: 3,
            examples,
            command: '/initiatives',
            digests:
              unavailable === undefined
                ? { type: 'listed', items }
                : { type: 'unavailable', reason: unavailable },
            ...(notice === undefined ? {} : { notice }),
          });
          expect(viewLimitProblems(view)).toEqual([]);
          expect(markupProblems({ text: 'home', blocks: view.blocks })).toEqual([]);
          for (const b of view.blocks) {
            if (b.type === 'section' && b.accessory)
              expect(b.accessory.action_id).toMatch(HOME_DIGEST_ACTION_PATTERN);
            // Every Unsubscribe asks first.
            if (b.type === 'actions')
              for (const e of b.elements)
                if (e.action_id.startsWith('casebot_home_unsubscribe_'))
                  expect(e.type === 'button' && e.confirm?.style).toBe('danger');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
