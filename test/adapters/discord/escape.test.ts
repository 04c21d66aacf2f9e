import { describe, expect, it } from 'vitest';
import { escapeMarkdown, neutraliseMentions } from '../../../adapters/discord/escape.js';

describe('escapeMarkdown', () => {
  it.each([
    ['**bold** _it_ __u__ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\_\\_u\\_\\_ \\~\\~s\\~\\~'],
    ['`code` ||spoiler||', '\\`code\\` \\|\\|spoiler\\|\\|'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['<@123> <@&456> <#789> <t:1:R>', '\\<@123\\> \\<@&456\\> \\<#789\\> \\<t:1:R\\>'],
    [
      '# Heading\n> quote\n- item\n1. first\n-# small',
      '\\# Heading\n\\> quote\n\\- item\n1\\. first\n\\-# small',
    ],
    ['back\\slash', 'back\\\\slash'],
    ['e-government, 3.5 million, C# and A>B', 'e-government, 3.5 million, C# and A\\>B'],
  ])('%j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('neutralises @everyone and @here in any case', () => {
    expect(escapeMarkdown('hi @everyone and @HERE')).toBe('hi @\u200beveryone and @\u200bHERE');
    expect(neutraliseMentions('@here')).not.toMatch(/@here/);
  });
});
