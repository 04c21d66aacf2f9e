// The number words people spell out in a chat, kept apart from the reading of words so that the
// readers of years and of counts share them without importing each other.

const CARDINALS: readonly string[] = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** "two" → 2, up to twenty: the numbers people spell out in a chat. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(CARDINALS.map((w, i) => [w, i + 1]));
