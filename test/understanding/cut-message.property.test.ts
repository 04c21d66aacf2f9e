import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, type Intent, MAX_MESSAGE_LENGTH } from '../../src/index.js';
import { MAX_SUBJECT } from '../../src/understanding/parse-message.js';
import { builtInBot } from '../support/built-in-bot.js';
import { hostilePiece } from '../support/hostile-text.js';

let bot: Bot;
let conversation = 0;
beforeAll(async () => {
  bot = await builtInBot();
});

async function intentOf(text: string): Promise<Intent | undefined> {
  conversation += 1;
  const reply = await bot.answer(text, {
    platform: 'cli',
    surface: { type: 'console' },
    channelId: `cut-${conversation}`,
  });
  return reply.intent;
}

/** The quoted words as a person would shorten them: whole words, up to what the core searches. */
function cutByPerson(words: string[]): string {
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (next.length > MAX_SUBJECT) break;
    kept = next;
  }
  return kept;
}

// Words that mean something on their own outside quotes: positions, moves, commands, filters.
const loadedWord = fc.constantFrom(
  '#1',
  '#2',
  '1',
  'next',
  'page',
  '3',
  'help',
  'digest',
  'status',
  'compare',
  'and',
  'it',
  'the',
  'second',
  'one',
  'how',
  'many',
  'hi',
  'thanks',
  'Korea',
  'since',
  '2020',
  'local',
  'newest',
  'open',
  'data',
  'word',
);
const QUOTE_MARKS = /["“”„«»]/gu;
const word = fc
  .oneof(
    { weight: 4, arbitrary: loadedWord },
    { weight: 1, arbitrary: hostilePiece },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  )
  .map((w) => w.replace(QUOTE_MARKS, '').replace(/\s+/gu, ''))
  .filter((w) => w !== '');
const prefix = fc.constantFrom(
  '',
  'similar to',
  'more like',
  'like',
  'search',
  'find',
  'anything on',
  'show',
  'tell me about',
  'compare',
  'how many',
  'in Korea',
  'next',
);

describe('cutting a message never changes what kind of message it is', () => {
  it('a quoted subject longer than the core searches is read as the same kind as the quote cut by a person', async () => {
    await fc.assert(
      fc.asyncProperty(
        prefix,
        fc.array(word, { minLength: 1, maxLength: 90, size: 'max' }),
        async (before, words) => {
          const whole = words.join(' ');
          const message = `${before} "${whole}"`.trim();
          fc.pre(message.length <= MAX_MESSAGE_LENGTH);
          const shortened = cutByPerson(words);
          fc.pre(shortened !== '');
          const [long, short] = await Promise.all([
            intentOf(message),
            intentOf(`${before} "${shortened}"`.trim()),
          ]);
          expect(long?.type).toBe(short?.type);
        },
      ),
      {
        numRuns: 300,
        examples: [
          // Found by the property test: the quote was no quote past 200 characters, so "#1"
          // became a position and the message a follow-up.
          ['similar to', ['#1', ...Array<string>(50).fill('word')]],
        ],
      },
    );
  });
});
