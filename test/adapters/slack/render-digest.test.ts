import { describe, expect, it } from 'vitest';
import { carriesDelivery, deliveryRef, renderSlackDigest } from '../../../adapters/slack/render-digest.js';
import type { DigestCase, DigestMessage } from '../../../src/index.js';
import { limitProblems, markupProblems } from './slack-limits.js';

const france = { code: 'FR', name: 'France', flag: '🇫🇷' };

function digest(fields: Partial<DigestMessage> = {}): DigestMessage {
  return {
    deliveryId: 'dl-7hq2m4xk9p',
    subscriptionId: 'k3m9xa',
    heading: 'Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health',
    date: '2026-11-30',
    filters: '🇫🇷 France · topic: health',
    newCases: [],
    cases: [],
    footer:
      'Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: digest unsubscribe k3m9xa · ref dl-7hq2m4xk9p',
    unsubscribeCommand: 'digest unsubscribe k3m9xa',
    ...fields,
  };
}

const teleRehab: DigestCase = {
  id: 'tele-rehab',
  title: 'Telerehabilitation <at> home',
  summary: 'Patients & therapists <!channel> meet over video.',
  countries: [france],
  year: 2025,
  url: 'https://oecd-opsi.org/innovations/tele-rehab/',
};
const plain: DigestCase = { id: 'b', title: 'Case B', summary: 'Summary B.', countries: [] };

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text, verbatim: true });
const footer =
  'Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: /initiatives digest unsubscribe k3m9xa · ref dl-7hq2m4xk9p';

describe('renderSlackDigest', () => {
  it('renders heading, late notice, new cases then the others, and the footer with the slash command', () => {
    const message = digest({
      newCases: [teleRehab],
      cases: [plain],
      notice: 'Posted late: this digest was due Mon 30 Nov 2026 09:00.',
    });
    expect(renderSlackDigest(message, { command: '/initiatives' })).toEqual({
      text: [
        'Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health',
        'Posted late: this digest was due Mon 30 Nov 2026 09:00.',
        '• Telerehabilitation &lt;at&gt; home',
        '• Case B',
        footer,
      ].join('\n'),
      blocks: [
        {
          type: 'header',
          block_id: 'casebot_d0',
          text: {
            type: 'plain_text',
            text: 'Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health',
            emoji: true,
          },
        },
        {
          type: 'context',
          block_id: 'casebot_d1',
          elements: [mrkdwn('Posted late: this digest was due Mon 30 Nov 2026 09:00.')],
        },
        { type: 'section', block_id: 'casebot_d2', text: mrkdwn('*New*') },
        {
          type: 'section',
          block_id: 'casebot_d3',
          text: mrkdwn(
            '*<https://oecd-opsi.org/innovations/tele-rehab/|Telerehabilitation &lt;at&gt; home>*\n🇫🇷 France · 2025\nPatients &amp; therapists &lt;!channel&gt; meet over video.',
          ),
        },
        { type: 'section', block_id: 'casebot_d4', text: mrkdwn('*More initiatives*') },
        { type: 'section', block_id: 'casebot_d5', text: mrkdwn('*Case B*\nSummary B.') },
        { type: 'context', block_id: 'casebot_d6', elements: [mrkdwn(footer)] },
      ],
    });
  });

  it('has no "New" heading when nothing is new, and keeps the core footer without a command', () => {
    const { blocks } = renderSlackDigest(digest({ cases: [plain] }));
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    expect(blocks[2]).toEqual({
      type: 'context',
      block_id: 'casebot_d2',
      elements: [mrkdwn(digest().footer)],
    });
  });

  it('keeps the ref whole at the end of a footer too long for Slack, and in the fallback text', () => {
    const long = digest({ cases: [plain], footer: `${'x'.repeat(5000)} · ref dl-7hq2m4xk9p` });
    const message = renderSlackDigest(long);
    expect(limitProblems(message)).toEqual([]);
    const last = message.blocks.at(-1);
    const text = last?.type === 'context' ? last.elements[0]?.text : undefined;
    expect(text).toMatch(/^x+… · ref dl-7hq2m4xk9p$/);
    expect(message.text.endsWith(' · ref dl-7hq2m4xk9p')).toBe(true);
    expect(carriesDelivery(message.text, 'dl-7hq2m4xk9p')).toBe(true);
  });

  it('adds the ref when the footer lacks it', () => {
    const message = renderSlackDigest(digest({ cases: [plain], footer: 'Digest k3m9xa' }));
    expect(message.text.endsWith('Digest k3m9xa · ref dl-7hq2m4xk9p')).toBe(true);
  });

  it('says how many cases did not fit rather than break a limit', () => {
    const many = Array.from({ length: 80 }, (_, i) => ({
      ...teleRehab,
      id: `c${i}`,
      summary: 'y'.repeat(400),
    }));
    const message = renderSlackDigest(digest({ newCases: many }));
    expect(limitProblems(message)).toEqual([]);
    expect(markupProblems(message)).toEqual([]);
    const note = message.blocks.at(-2);
    expect(note?.type === 'context' && note.elements[0]?.text).toMatch(
      /^_\d+ more initiatives did not fit in this message\._$/,
    );
  });
});

describe('carriesDelivery', () => {
  it('finds the escaped ref, and not a longer id that starts the same', () => {
    expect(deliveryRef('dl-a&b')).toBe('ref dl-a&amp;b');
    expect(carriesDelivery('… · ref dl-7hq2m4xk9p', 'dl-7hq2m4xk9p')).toBe(true);
    expect(carriesDelivery('ref dl-7hq2m4xk9p\nmore', 'dl-7hq2m4xk9p')).toBe(true);
    expect(carriesDelivery('ref dl-7hq2m4xk9pz', 'dl-7hq2m4xk9p')).toBe(false);
    expect(carriesDelivery('ref dl-7hq2m4xk9p-2 and ref dl-7hq2m4xk9p', 'dl-7hq2m4xk9p')).toBe(true);
    expect(carriesDelivery('dl-7hq2m4xk9p', 'dl-7hq2m4xk9p')).toBe(false);
    expect(carriesDelivery(undefined, 'dl-7hq2m4xk9p')).toBe(false);
  });
});
