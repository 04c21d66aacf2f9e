import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
  type SlashCommandSubcommandBuilder,
  SlashCommandSubcommandGroupBuilder,
} from 'discord.js';
import type { OptionReader, SubcommandGroupSpec, SubcommandSpec } from './command-spec.js';
import { DIGEST_GROUP } from './digest-commands.js';

export const COMMAND_NAME = 'initiatives';
/** Subcommands that take it answer privately unless `public:true` (the core's policy). */
export const PUBLIC_OPTION = 'public';
/** String options that autocomplete from the countries in the knowledge. */
export const COUNTRY_OPTIONS = new Set(['country', 'name']);

const words = (...parts: (string | null)[]) => parts.filter((p) => p && p.trim() !== '').join(' ');

export const INITIATIVES_SUBCOMMANDS: SubcommandSpec[] = [
  {
    name: 'search',
    description: 'Search the case studies (e.g. "AI in health")',
    addOptions: (sub) =>
      sub.addStringOption((o) =>
        o
          .setName('query')
          .setDescription('Words to look for, optionally a country')
          .setRequired(true)
          .setMaxLength(200),
      ),
    toText: (o) => words('search', o.getString('query', true)),
  },
  {
    name: 'random',
    description: 'A random case, optionally from a country or on a topic',
    addOptions: (sub) =>
      sub
        .addStringOption((o) =>
          o
            .setName('country')
            .setDescription('Only from this country')
            .setAutocomplete(true)
            .setMaxLength(100),
        )
        .addStringOption((o) =>
          o.setName('topic').setDescription('Only on this topic (e.g. health)').setMaxLength(100),
        ),
    toText: (o) => words('random', o.getString('country'), o.getString('topic')),
  },
  {
    name: 'country',
    description: "A country's cases",
    addOptions: (sub) =>
      sub.addStringOption((o) =>
        o
          .setName('name')
          .setDescription('Country name')
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
    toText: (o) => words('country', o.getString('name', true)),
  },
  {
    name: 'countries',
    description: 'Countries with cases, and how many each',
    toText: () => 'countries',
  },
  {
    name: 'show',
    description: 'One case in full, by its id',
    addOptions: (sub) =>
      sub.addStringOption((o) =>
        o.setName('id').setDescription('The case id').setRequired(true).setMaxLength(100),
      ),
    toText: (o) => words('show', o.getString('id', true)),
  },
  {
    name: 'help',
    description: 'What casebot can do',
    toText: () => 'help',
  },
];

/** Subcommand groups: `/initiatives digest …`. */
export const INITIATIVES_GROUPS: SubcommandGroupSpec[] = [DIGEST_GROUP];

function withPublicOption(spec: SubcommandSpec) {
  return (sub: SlashCommandSubcommandBuilder) => {
    const built =
      spec.addOptions?.(sub.setName(spec.name).setDescription(spec.description)) ??
      sub.setName(spec.name).setDescription(spec.description);
    if (spec.visibility === 'reply') return built;
    return built.addBooleanOption((o) =>
      o.setName(PUBLIC_OPTION).setDescription('Show the answer to everyone in the channel'),
    );
  };
}

/** The `/initiatives` command as Discord's API takes it (what `discord:register` uploads). */
export function buildInitiativesCommand(
  subcommands: SubcommandSpec[] = INITIATIVES_SUBCOMMANDS,
  groups: SubcommandGroupSpec[] = INITIATIVES_GROUPS,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const builder = new SlashCommandBuilder()
    .setName(COMMAND_NAME)
    .setDescription('Public-sector innovation case studies (OECD OPSI)')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
  for (const spec of subcommands) builder.addSubcommand(withPublicOption(spec));
  for (const group of groups) {
    const groupBuilder = new SlashCommandSubcommandGroupBuilder()
      .setName(group.name)
      .setDescription(group.description);
    for (const spec of group.subcommands) groupBuilder.addSubcommand(withPublicOption(spec));
    builder.addSubcommandGroup(groupBuilder);
  }
  return builder.toJSON();
}

/**
 * The subcommand a slash command's options name, or `undefined` for one this version does not
 * know (e.g. registered by a newer version).
 */
export function findSubcommand(
  options: OptionReader,
  subcommands: SubcommandSpec[] = INITIATIVES_SUBCOMMANDS,
  groups: SubcommandGroupSpec[] = INITIATIVES_GROUPS,
): SubcommandSpec | undefined {
  const groupName = options.getSubcommandGroup(false);
  const name = options.getSubcommand(false);
  const specs = groupName ? groups.find((g) => g.name === groupName)?.subcommands : subcommands;
  return specs?.find((s) => s.name === name);
}
