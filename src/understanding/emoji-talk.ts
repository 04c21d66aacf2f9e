import type { SmallTalk } from '../intents/intent.js';

/** What an emoji says when it is the whole message, as Unicode or as a Slack/Discord shortcode. */
const EMOJI: ReadonlyMap<string, SmallTalk> = new Map([
  ...['👍', '👌', '✅', '🆗', ':+1:', ':thumbsup:', ':ok_hand:', ':white_check_mark:', ':ok:'].map(
    (e) => [e, 'ack'] as const,
  ),
  ...['🙏', '❤', '♥', '🙌', '💯', ':pray:', ':heart:', ':raised_hands:', ':100:'].map(
    (e) => [e, 'thanks'] as const,
  ),
  ...['👋', ':wave:'].map((e) => [e, 'greeting'] as const),
  ...['🤔', '❓', '😕', '🤷', ':thinking_face:', ':question:', ':confused:', ':shrug:'].map(
    (e) => [e, 'confused'] as const,
  ),
  ...['👎', ':-1:', ':thumbsdown:'].map((e) => [e, 'complaint'] as const),
]);

const SHORTCODE = /:[a-z0-9_+-]{1,40}:/giu;

/**
 * The small talk of a message made only of emoji ("👍", ":pray:", "🤔🤔"): the first emoji that
 * says something. A message with any letter or digit outside shortcodes is read as words.
 */
export function emojiTalk(text: string): SmallTalk | undefined {
  if (/[\p{L}\p{N}]/u.test(text.replace(SHORTCODE, ''))) return undefined;
  const found = [...text.matchAll(new RegExp(`${SHORTCODE.source}|\\p{Extended_Pictographic}`, 'giu'))];
  for (const [emoji] of found) {
    const talk = EMOJI.get(emoji.toLowerCase());
    if (talk) return talk;
  }
  return undefined;
}
