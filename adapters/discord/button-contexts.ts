import { type ContextStore, MAX_TTL_MS, type Reply } from '../../src/index.js';
import { type ButtonIds, type ButtonVerb, type DecodedButton, DISCORD_MAX_CUSTOM_ID } from './button-ids.js';
import { renderDiscordReply } from './render.js';

/** How long a long command behind a button is kept: the store's longest, 30 days. */
export const BUTTON_CONTEXT_TTL_MS = MAX_TTL_MS;

const VERB_CODES: Record<ButtonVerb, string> = { run: 'r', share: 's' };
const VERBS_BY_CODE = new Map<string, ButtonVerb>([
  ['r', 'run'],
  ['s', 'share'],
]);

/**
 * Buttons whose commands any replica can resolve. A command that fits in a custom_id goes in it
 * (`r:search AI page 2`); a longer one is kept in the store's contexts under a random id
 * (`r#<id>`), which every replica sharing the store reads: a button rendered by one replica
 * works when clicked on another, and after a restart.
 */
export interface ButtonContexts {
  /** Keeps the long commands of `reply`'s buttons; returns the encoder that renders them. */
  prepare(reply: Reply): Promise<ButtonIds>;
  /** What a clicked button's custom_id asks for; `expired` when its context is gone. */
  decode(customId: string): Promise<DecodedButton>;
  /** Keeps what a form button reopens the form with (too long for a custom_id); returns its key. */
  remember(values: Record<string, string>): Promise<string>;
  /** What `remember` kept under `key`; undefined when its time is up. */
  recall(key: string): Promise<Record<string, string> | undefined>;
}

export function createButtonContexts(
  contexts: ContextStore,
  ttlMs: number = BUTTON_CONTEXT_TTL_MS,
): ButtonContexts {
  const direct = (verb: ButtonVerb, command: string) => `${VERB_CODES[verb]}:${command}`;
  return {
    async prepare(reply) {
      // The renderer decides which actions become buttons and menu options: ask it which
      // commands are too long.
      const long = new Set<string>();
      renderDiscordReply(reply, {
        buttonIds: {
          encode(verb, command) {
            const id = direct(verb, command);
            if (id.length <= DISCORD_MAX_CUSTOM_ID) return id;
            long.add(command);
            return `${VERB_CODES[verb]}#${command}`;
          },
          decode: () => ({ type: 'foreign' }),
        },
      });
      const keys = new Map(
        await Promise.all(
          [...long].map(async (command) => [command, await contexts.put(command, ttlMs)] as const),
        ),
      );
      return {
        encode(verb, command) {
          const id = direct(verb, command);
          const key = keys.get(command);
          return id.length <= DISCORD_MAX_CUSTOM_ID || key === undefined ? id : `${VERB_CODES[verb]}#${key}`;
        },
        decode: () => ({ type: 'foreign' }),
      };
    },
    remember: (values) => contexts.put(values, ttlMs),
    async recall(key) {
      const kept = await contexts.get(key);
      if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return undefined;
      return Object.fromEntries(
        Object.entries(kept).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      );
    },
    async decode(customId) {
      const verb = VERBS_BY_CODE.get(customId.slice(0, 1));
      const separator = customId.slice(1, 2);
      if (!verb || (separator !== ':' && separator !== '#')) return { type: 'foreign' };
      const rest = customId.slice(2);
      if (separator === ':') return { type: 'command', verb, command: rest };
      const command = await contexts.get(rest);
      return typeof command === 'string' ? { type: 'command', verb, command } : { type: 'expired', verb };
    },
  };
}
