import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { truncate } from '../../../adapters/shared/truncate.js';
import {
  escapeAndTruncate,
  escapeMrkdwn,
  isSlackUserId,
  safeLinkUrl,
} from '../../../adapters/slack/escape.js';
import { parseMessageText } from '../../../adapters/slack/parse-message-text.js';

describe('escapeMrkdwn', () => {
  it('escapes &, < and > so that no mention or link can form', () => {
    expect(escapeMrkdwn('<!channel> & <@U1> <#C1|x> <!subteam^S1> <http://a|b>')).toBe(
      '&lt;!channel&gt; &amp; &lt;@U1&gt; &lt;#C1|x&gt; &lt;!subteam^S1&gt; &lt;http://a|b&gt;',
    );
  });

  it('drops control characters but keeps tabs and newlines', () => {
    expect(escapeMrkdwn('a\u0000b\u001bc\td\ne\u007f')).toBe('abc\td\ne');
  });

  it('returns what the four replacing passes return, for any text (the pass-through included)', () => {
    const plain = (text: string) =>
      text
        .replace(/(?![\t\n])\p{Cc}/gu, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom('&', '<', '>', '\t', '\n', '\u0000', '\u001b', '\u007f', '\u0085', 'é', '🇧🇪'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(escapeMrkdwn(text)).toBe(plain(text));
      }),
    );
  });
});

describe('escapeAndTruncate', () => {
  it('leaves short text whole', () => {
    expect(escapeAndTruncate('a & b', 20)).toBe('a &amp; b');
  });

  it('never cuts an entity in half', () => {
    for (let max = 1; max < 30; max += 1) {
      const out = escapeAndTruncate('&&&&&&&&&&<<<<>>>>', max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.replace(/&(amp|lt|gt);/g, '')).not.toMatch(/[&<>]/);
    }
  });

  it('never splits a flag or emoji', () => {
    const out = truncate('🇧🇪🇧🇪🇧🇪🇧🇪', 6);
    expect(out).toBe('🇧🇪…');
    expect(escapeAndTruncate('😀😀😀😀', 4)).toBe('😀…');
  });
});

describe('safeLinkUrl', () => {
  it.each([
    ['https://oecd-opsi.org/x', 'https://oecd-opsi.org/x'],
    ['https://a.example/p?x=1&y=2', 'https://a.example/p?x=1&amp;y=2'],
    ['https://a.example/a|b>c', 'https://a.example/a%7Cb%3Ec'],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s → %s', (url, safe) => {
    expect(safeLinkUrl(url)).toBe(safe);
  });
});

describe('isSlackUserId', () => {
  it.each([
    ['U0123ABC', true],
    ['W0123ABC', true],
    ['C0123ABC', false],
    ['U1><!channel', false],
    ['', false],
  ])('%s → %s', (id, ok) => {
    expect(isSlackUserId(id)).toBe(ok);
  });
});

describe('parseMessageText', () => {
  it.each([
    ['<@UCASEBOT> mental health', 'mental health'],
    ['<@UCASEBOT|casebot> random korea', 'random korea'],
    ['what about <@U222|alice>?', 'what about @alice?'],
    // A full name is one mention, never words to search.
    ['<@U222|sam smith> asked about open data', '@sam_smith asked about open data'],
    ["<@U222|Seán O'Neil> too", '@Seán_O_Neil too'],
    ['cases in <#C1|general>', 'cases in #general'],
    ['<!here> help', 'help'],
    ['see <https://example.org|this page>', 'see this page'],
    ['see <https://example.org>', 'see https://example.org'],
    ['R&amp;D &lt;AI&gt;', 'R&D <AI>'],
    ['  spaced\n out  ', 'spaced out'],
  ])('%s → %s', (raw, plain) => {
    expect(parseMessageText(raw, 'UCASEBOT')).toBe(plain);
  });
});
