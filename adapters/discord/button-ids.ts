import { randomBytes } from 'node:crypto';

/** Discord's cap on a component's `custom_id`. */
export const DISCORD_MAX_CUSTOM_ID = 100;
/** How many long commands are remembered; older ones fall out (their buttons then expire). */
export const DEFAULT_REMEMBERED_COMMANDS = 1000;

/**
 * What a button does when clicked: `run` replays the command and updates the message,
 * `share` posts the answer publicly in the channel.
 */
export type ButtonVerb = 'run' | 'share';

export type DecodedButton =
  | { type: 'command'; verb: ButtonVerb; command: string }
  /** Ours, but its command is no longer remembered (restart, or pushed out of the cache). */
  | { type: 'expired'; verb: ButtonVerb }
  /** Not a casebot button at all. */
  | { type: 'foreign' };

export interface ButtonIds {
  encode(verb: ButtonVerb, command: string): string;
  decode(customId: string): DecodedButton;
}

const VERB_CODES: Record<ButtonVerb, string> = { run: 'r', share: 's' };
const VERBS_BY_CODE = new Map<string, ButtonVerb>([
  ['r', 'run'],
  ['s', 'share'],
]);

/**
 * Encodes a button's command into its `custom_id` (`r:search AI page 2`) so buttons keep
 * working across restarts. A command too long for 100 characters is kept in a bounded LRU map
 * under a random key (`r#k3Vb…`); random so that a restarted process never resolves an old key
 * to someone else's command.
 */
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
