import {
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { buildInitiativesCommand } from './commands.js';

/** The options discord.js received with a slash command, as `interaction.options` gives them. */
export interface OptionLookup {
  get(name: string): { type: ApplicationCommandOptionType; value?: unknown } | null;
  getSubcommand(required?: boolean): string | null;
  getSubcommandGroup(required?: boolean): string | null;
}

/**
 * An option Discord should have checked but did not (a stale registration, another client, a
 * crafted request): a user's mistake to explain, not an exception.
 */
export interface OptionProblem {
  type: 'missing' | 'wrong-type';
  /** `/initiatives show` */
  command: string;
  option: string;
  description: string;
  /** What the option takes: `text`, `a whole number from 1 to 10`, `True or False`. */
  expected: string;
  /** `/initiatives show id:<text> [public:<True|False>]` */
  usage: string;
}

function takes(option: APIApplicationCommandBasicOption): { expected: string; placeholder: string } {
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const kind = option.type === ApplicationCommandOptionType.Integer ? 'a whole number' : 'a number';
      if (option.min_value === undefined || option.max_value === undefined)
        return { expected: kind, placeholder: '<number>' };
      const range = `${option.min_value}–${option.max_value}`;
      return {
        expected: `${kind} from ${option.min_value} to ${option.max_value}`,
        placeholder: `<${range}>`,
      };
    }
    case ApplicationCommandOptionType.Boolean:
      return { expected: 'True or False', placeholder: '<True|False>' };
    case ApplicationCommandOptionType.String:
      return { expected: 'text', placeholder: '<text>' };
    default:
      return { expected: 'a value', placeholder: '<value>' };
  }
}

/** `/initiatives show id:<text> [public:<True|False>]`: required options first, as declared. */
export function usageOf(command: string, options: readonly APIApplicationCommandBasicOption[]): string {
  const parts = options.map((o) => {
    const part = `${o.name}:${takes(o).placeholder}`;
    return o.required ? part : `[${part}]`;
  });
  return [command, ...parts].join(' ');
}

/** The options a subcommand (in a group or not) declares, or `undefined` for an unknown one. */
function declaredOptions(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
  group: string | null,
  name: string | null,
): { path: string[]; options: APIApplicationCommandBasicOption[] } | undefined {
  const find = (options: readonly APIApplicationCommandOption[] | undefined, wanted: string | null) =>
    options?.find((o) => o.name === wanted);
  const container = group === null ? definition : find(definition.options, group);
  const sub = container && 'options' in container ? find(container.options, name) : undefined;
  if (sub?.type !== ApplicationCommandOptionType.Subcommand || name === null) return undefined;
  return { path: group === null ? [name] : [group, name], options: sub.options ?? [] };
}

const INITIATIVES = buildInitiativesCommand();

/**
 * The first declared option that is required but missing (or empty), or given with another
 * type than declared; `undefined` when the options are as declared. discord.js would throw on
 * reading such an option; this names it instead, with the subcommand's usage.
 */
export function findOptionProblem(
  given: OptionLookup,
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody = INITIATIVES,
): OptionProblem | undefined {
  const declared = declaredOptions(definition, given.getSubcommandGroup(false), given.getSubcommand(false));
  if (!declared) return undefined;
  const command = `/${definition.name} ${declared.path.join(' ')}`;
  for (const option of declared.options) {
    const value = given.get(option.name);
    const empty = value === null || value.value === undefined || value.value === null || value.value === '';
    const type =
      value && value.type !== option.type ? 'wrong-type' : option.required && empty ? 'missing' : undefined;
    if (type === undefined) continue;
    return {
      type,
      command,
      option: option.name,
      description: option.description,
      expected: takes(option).expected,
      usage: usageOf(command, declared.options),
    };
  }
  return undefined;
}

/** What the asker reads: which option, what it takes, and the usage. Markdown for Discord. */
export function renderOptionProblem(problem: OptionProblem): string {
  const what =
    problem.type === 'missing'
      ? `\`${problem.command}\` needs the option \`${problem.option}\` (${problem.description}).`
      : `The option \`${problem.option}\` of \`${problem.command}\` takes ${problem.expected} (${problem.description}).`;
  return `${what}\nUsage: \`${problem.usage}\``;
}
