import { randomBytes } from 'node:crypto';
import {
  type ButtonIds,
  type ButtonVerb,
  DISCORD_MAX_CUSTOM_ID,
} from '../../../adapters/discord/button-ids.js';

/** How many long commands are remembered; older ones fall out (their buttons then expire). */
const DEFAULT_REMEMBERED_COMMANDS = 1000;

/**
 * Button ids without a store, for tests that render replies: short commands in the custom_id
 * as production encodes them, long ones in a bounded map under a random key.
 */
const VERB_CODES: Record<ButtonVerb, string> = { run: 'r', share: 's' };
const VERBS_BY_CODE = new Map<string, ButtonVerb>([
  ['r', 'run'],
  ['s', 'share'],
]);

export function createButtonIds(options: { max?: number; newKey?: () => string } = {}): ButtonIds {
  const max = options.max ?? DEFAULT_REMEMBERED_COMMANDS;
  const newKey = options.newKey ?? (() => randomBytes(9).toString('base64url'));
  const remembered = new Map<string, string>();

  return {
    encode(verb, command) {
      const direct = `${VERB_CODES[verb]}:${command}`;
      if (direct.length <= DISCORD_MAX_CUSTOM_ID) return direct;
      const key = newKey();
      remembered.set(key, command);
      if (remembered.size > max) {
        const oldest = remembered.keys().next().value;
        if (oldest !== undefined) remembered.delete(oldest);
      }
      return `${VERB_CODES[verb]}#${key}`;
    },
    decode(customId) {
      const verb = VERBS_BY_CODE.get(customId.slice(0, 1));
      const separator = customId.slice(1, 2);
      if (!verb || (separator !== ':' && separator !== '#')) return { type: 'foreign' };
      const rest = customId.slice(2);
      if (separator === ':') return { type: 'command', verb, command: rest };
      const command = remembered.get(rest);
      if (command === undefined) return { type: 'expired', verb };
      // Refresh its place: a command still being clicked stays remembered.
      remembered.delete(rest);
      remembered.set(rest, command);
      return { type: 'command', verb, command };
    },
  };
}
