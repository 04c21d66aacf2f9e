/** Discord's cap on a component's `custom_id`. */
export const DISCORD_MAX_CUSTOM_ID = 100;

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
