import type { SlashCommandSubcommandBuilder } from 'discord.js';

/** Reads a slash command's options; discord.js's `interaction.options` satisfies it. */
export interface OptionReader {
  getString(name: string, required?: boolean): string | null;
  getBoolean(name: string, required?: boolean): boolean | null;
  getInteger(name: string, required?: boolean): number | null;
  getSubcommand(required?: boolean): string | null;
  getSubcommandGroup(required?: boolean): string | null;
}

/**
 * One `/initiatives` subcommand: its options, and the message text the core understands for
 * it. The core parses that text like any chat message, so slash commands and messages stay
 * the same feature.
 */
export interface SubcommandSpec {
  name: string;
  description: string;
  addOptions?: (sub: SlashCommandSubcommandBuilder) => SlashCommandSubcommandBuilder;
  toText(options: OptionReader): string;
  /**
   * Whether the asker chooses who sees the answer. `asker` (the default): the subcommand gets
   * `public:`, and the core answers privately unless it is true. `reply`: no such option, the
   * core decides from the reply alone (digest changes announced, refusals and previews private).
   */
  visibility?: 'asker' | 'reply';
}

/** A group such as `/initiatives digest …` (added by the digests feature). */
export interface SubcommandGroupSpec {
  name: string;
  description: string;
  subcommands: SubcommandSpec[];
}
