import { describe, expect, it } from 'vitest';
import { carriesDelivery, renderDigestMessage } from '../../../adapters/discord/render-digest.js';
import { digestCase, digestMessage } from './digest-fixtures.js';

const FOOTER =
  'Digest k3m9xa · every Monday at 09:00 Europe/Paris · stop it with: /initiatives digest unsubscribe id:k3m9xa · ref dl-abcdefghij';

describe('renderDigestMessage', () => {
  it('renders the heading as text, a field per case, and the footer with the ref; pings no one', () => {
    const message = digestMessage({
      cases: [
        digestCase('k7telrh', {
          title: 'Telerehabilitation **at home**',
          summary: 'Patients do their rehab at home; @everyone can join.',
          countries: [{ code: 'KR', name: 'South Korea', flag: '🇰🇷' }],
          year: 2021,
          url: 'https://oecd-opsi.org/innovations/telerehab (2)/',
        }),
        digestCase('b4re', { countries: [] }),
      ],
    });
    expect(renderDigestMessage(message)).toEqual({
      content: '**Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health**',
      embeds: [
        {
          color: 0x2f6fb3,
          fields: [
            {
              name: 'Telerehabilitation \\*\\*at home\\*\\*',
              value:
                '🇰🇷 South Korea · 2021 · id k7telrh\nPatients do their rehab at home; @\u200beveryone can join.\n[Read the case study](https://oecd-opsi.org/innovations/telerehab%20%282%29/)',
            },
            { name: 'Case b4re', value: 'id b4re\nSummary of case b4re.' },
          ],
          footer: { text: FOOTER },
        },
      ],
      allowed_mentions: { parse: [] },
      nonce: 'dl-abcdefghij',
      enforce_nonce: true,
    });
  });

  it('puts new cases first under their own heading, and a late notice under the heading', () => {
    const payload = renderDigestMessage(
      digestMessage({
        newCases: [digestCase('n1')],
        cases: [digestCase('a'), digestCase('b')],
        notice: 'Posted late: this digest was due Mon 30 Nov 2026 09:00.',
      }),
    );
    expect(payload.content).toBe(
      '**Initiatives digest · Mon 30 Nov 2026 · 🇫🇷 France · topic: health**\n_Posted late: this digest was due Mon 30 Nov 2026 09:00._',
    );
    expect(payload.embeds.map((e) => [e.title, e.fields?.map((f) => f.name), e.footer?.text])).toEqual([
      ['New since the last digest', ['Case n1'], undefined],
      ['More initiatives', ['Case a', 'Case b'], FOOTER],
    ]);
  });

  it('keeps the ref whole when the footer is too long, and leaves out links that are not http(s)', () => {
    const payload = renderDigestMessage(
      digestMessage({
        footer: `${'x'.repeat(3000)} · ref dl-abcdefghij`,
        cases: [digestCase('a', { url: 'javascript:alert(1)' })],
      }),
    );
    const footer = payload.embeds[0]?.footer?.text ?? '';
    expect(footer.length).toBe(2048);
    expect(footer.endsWith('… · ref dl-abcdefghij')).toBe(true);
    expect(payload.embeds[0]?.fields?.[0]?.value).toBe('🇫🇷 France · id a\nSummary of case a.');
  });

  it('sends no nonce for a delivery id Discord would refuse as one', () => {
    const payload = renderDigestMessage(digestMessage({ deliveryId: `dl-${'x'.repeat(30)}` }));
    expect(payload.nonce).toBeUndefined();
    expect(payload.enforce_nonce).toBeUndefined();
  });
});

describe('carriesDelivery', () => {
  it('finds the ref in a footer or the text, and nothing else', () => {
    const payload = renderDigestMessage(digestMessage());
    expect(carriesDelivery(payload, 'dl-abcdefghij')).toBe(true);
    expect(carriesDelivery(payload, 'dl-abcdefghik')).toBe(false);
    expect(carriesDelivery({ content: 'see ref dl-zz', embeds: [] }, 'dl-zz')).toBe(true);
    expect(carriesDelivery({ content: 'dl-zz', embeds: [{ description: 'ref dl-zz' }] }, 'dl-zz')).toBe(
      false,
    );
  });
});
