import { describe, expect, it } from 'vitest';
import { createCommandReader } from '../../src/conversation/command-reader.js';
import type { Intent } from '../../src/intents/intent.js';
import { parseIntent } from '../../src/intents/parse-intent.js';

/** parseIntent, counting the commands it was given. */
function countingParse() {
  const parsed: string[] = [];
  const parse = (command: string): Intent => {
    parsed.push(command);
    return parseIntent(command);
  };
  return { parse, parsed };
}

describe('createCommandReader', () => {
  it('reads a command as parseIntent does, parsing it once while it is remembered', () => {
    const { parse, parsed } = countingParse();
    const read = createCommandReader(parse);
    const command = 'search open data at local level since 2020 in Chile, page 2';
    expect(read(command)).toEqual(parseIntent(command));
    expect(read(command)).toEqual(parseIntent(command));
    expect(parsed).toEqual([command]);
  });

  it('gives each read its own copy, so that building on one changes no later read', () => {
    const read = createCommandReader(parseIntent);
    const first = read('list in Korea');
    if (first.type !== 'search') throw new Error(first.type);
    first.page = 7;
    first.filters.countries?.push('JP');
    expect(read('list in Korea')).toEqual(parseIntent('list in Korea'));
  });

  it('forgets the least recently read command first', () => {
    const { parse, parsed } = countingParse();
    const read = createCommandReader(parse, 2);
    read('list in Korea');
    read('list in Chile');
    read('list in Korea'); // Korea is now the most recent; Chile goes next
    read('list in Japan');
    read('list in Korea');
    read('list in Chile');
    expect(parsed).toEqual(['list in Korea', 'list in Chile', 'list in Japan', 'list in Chile']);
  });
});
