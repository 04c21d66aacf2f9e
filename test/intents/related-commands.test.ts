import { describe, expect, it } from 'vitest';
import {
  buildCaseLinks,
  type Case,
  MAX_MESSAGE_LENGTH,
  parseIntent,
  relatedCommands,
} from '../../src/index.js';

const connectoo: Case = {
  id: 'cnt2022',
  title: 'Connectoo Training',
  summary: 'Training public officials.',
  truncated: false,
  countries: ['BE'],
  url: 'https://oecd-opsi.org/innovations/connectoo/',
  tags: [],
  sources: [],
};
const links = buildCaseLinks([connectoo]);
const ask = (text: string) => relatedCommands({ links: text, plain: text }, links);

describe('relatedCommands', () => {
  it("asks for a linked case's card, then the cases like it", () => {
    expect(ask('see https://www.oecd-opsi.org/innovations/connectoo and tell me')).toEqual([
      'show cnt2022',
      'similar cnt2022',
    ]);
  });

  it('asks for the cases like the words of any other message, links and quotes left out', () => {
    expect(ask('help: "digest" of https://unknown.example/page on elderly care from Korea?')).toEqual([
      'similar to "help: digest of on elderly care from Korea?"',
    ]);
  });

  it('cuts a long message to a question the core reads whole', () => {
    const [command] = ask('digital inclusion '.repeat(100));
    expect(command!.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
    expect(command).toMatch(/^similar to "digital inclusion digital/);
    expect(command).toMatch(/(digital|inclusion)"$/);
  });

  it('keeps a long message starting "#1" a comparison, not a position (found by the property test)', () => {
    const [command] = ask(`#1${' word'.repeat(41)}`);
    expect(parseIntent(command!)).toMatchObject({
      type: 'similar',
      text: expect.stringMatching(/^1 word word/),
    });
  });

  it('offers help for a message without words', () => {
    expect(ask('  https://unknown.example/x  ')).toEqual(['help']);
    expect(ask('')).toEqual(['help']);
  });
});
