import { type Bot, createCasebot } from '../../src/index.js';

let shared: Promise<Bot> | undefined;

/** One bot over the built-in knowledge per test file, with a fixed random source. */
export function builtInBot(): Promise<Bot> {
  shared ??= createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5 });
  return shared;
}

/** The day follow-up tests are set on: "this year" and "last year" read as of it. */
const FIXED_DAY = '2025-06-01T12:00:00Z';
let fixed: Promise<Bot> | undefined;

/** As {@link builtInBot}, with the clock fixed at 1 June 2025, so relative years read the same on any day. */
export function builtInBotOnFixedDay(): Promise<Bot> {
  fixed ??= createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5, now: () => new Date(FIXED_DAY) });
  return fixed;
}
