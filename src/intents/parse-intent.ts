import { resolveIntent } from '../conversation/resolve-intent.js';
import { type ParseOptions, parseMessage } from '../understanding/parse-message.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';

export { MAX_MESSAGE_LENGTH } from '../understanding/parse-message.js';

export interface ParseIntentOptions extends ParseOptions {
  /** The knowledge, to tell case ids and names; without it they stay as typed. */
  deps?: BotDeps;
}

/**
 * What a message asks for on its own, with no conversation before it. Total: any string gives
 * an intent, never an exception. `parseIntent(formatCommand(intent))` gives `intent` back.
 */
export function parseIntent(text: string, options: ParseIntentOptions = {}): Intent {
  const read = (command: string): Intent => parseIntent(command, options);
  const context = options.deps ? { deps: options.deps, read } : { read };
  return resolveIntent(parseMessage(text, options), text, context).intent;
}
