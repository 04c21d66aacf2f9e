import { describe, expect, it } from 'vitest';
import { parseMessageText } from '../../../adapters/discord/parse-message-text.js';

const BOT = '1000000000000000001';
const withContent = { botId: BOT, prefix: '!initiatives', messageContent: true };
const withoutContent = { ...withContent, messageContent: false };

describe('parseMessageText', () => {
  it.each([
    // [content, in a server?, message content intent?, expected]
    [`<@${BOT}> AI in Korea`, true, false, 'AI in Korea'],
    [`<@!${BOT}> countries`, true, false, 'countries'],
    [`hey <@${BOT}>, random japan`, true, false, 'hey random japan'],
    [`<@${BOT}>`, true, false, ''],
    [`<@${BOT}> !initiatives help`, true, false, 'help'],
    ['!initiatives AI in Korea', true, true, 'AI in Korea'],
    ['!INITIATIVES   countries', true, true, 'countries'],
    ['!initiatives', true, true, ''],
    ['!initiativesfoo bar', true, true, undefined],
    ['!initiatives AI', true, false, undefined],
    ['hello everyone', true, true, undefined],
    ['<@1234567890123456789> hi', true, true, undefined],
    ['AI in Korea', false, false, 'AI in Korea'],
    ['!initiatives help', false, false, 'help'],
    ['   ', false, false, undefined],
  ])('%j (server %s, content %s) → %j', (content, inGuild, messageContent, expected) => {
    const options = messageContent ? withContent : withoutContent;
    expect(parseMessageText({ content, inGuild }, options)).toBe(expected);
  });

  it('takes the prefix literally, whatever characters it has', () => {
    expect(parseMessageText({ content: '?cb+ AI', inGuild: true }, { ...withContent, prefix: '?cb+' })).toBe(
      'AI',
    );
    expect(
      parseMessageText({ content: 'xcb AI', inGuild: true }, { ...withContent, prefix: '.cb' }),
    ).toBeUndefined();
  });
});
