import { type Bot, createCasebot } from '../../src/index.js';

let shared: Promise<Bot> | undefined;

/** One bot over the built-in knowledge per test file, with a fixed random source. */
export function builtInBot(): Promise<Bot> {
  shared ??= createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5 });
  return shared;
}
