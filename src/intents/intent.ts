/** Digest management, parsed by the digests module from `digest …` messages. */
export type DigestCommand =
  | { type: 'subscribe'; args: string }
  | { type: 'list' }
  | { type: 'unsubscribe'; id: string }
  | { type: 'pause'; id: string }
  | { type: 'resume'; id: string }
  | { type: 'preview'; id?: string }
  | { type: 'help' };

/** Why a help reply is shown instead of an answer. */
export type HelpReason = 'asked' | 'empty' | 'too-long' | 'unknown-command';

/**
 * What a message asks for. Country fields hold ISO 3166-1 alpha-2 codes; `countryName` keeps
 * what the user typed when it could not be resolved, so the reply can suggest near names.
 * `page` is 1-based.
 */
export type Intent =
  | { type: 'search'; query: string; country?: string; page: number }
  | { type: 'random'; country?: string; topic?: string; countryName?: string }
  | { type: 'country'; country?: string; countryName: string; page: number }
  | { type: 'countries' }
  | { type: 'show'; id: string }
  | { type: 'help'; reason: HelpReason; topic?: string }
  | { type: 'digest'; command: DigestCommand };

export type IntentType = Intent['type'];
