import type {
  OptionReader,
  SubcommandGroupSpec,
  SubcommandSpec,
} from '../../../adapters/discord/command-spec.js';
import { findSubcommand } from '../../../adapters/discord/commands.js';

/**
 * The message text a slash command's options become, as handle-interaction reads it
 * (`findSubcommand(…)?.toText(…)`), or `undefined` for an unknown subcommand.
 */
export function commandText(
  options: OptionReader,
  subcommands?: SubcommandSpec[],
  groups?: SubcommandGroupSpec[],
): string | undefined {
  return findSubcommand(options, subcommands, groups)?.toText(options);
}
