import type { SlashCommandSubcommandBuilder } from 'discord.js';
import type { OptionReader, SubcommandGroupSpec, SubcommandSpec } from './command-spec.js';

/** `/initiatives digest setup`: answered with the digest form (a modal) rather than a text. */
const SETUP = 'setup';

export function isDigestSetup(options: Pick<OptionReader, 'getSubcommand' | 'getSubcommandGroup'>): boolean {
  return options.getSubcommandGroup(false) === 'digest' && options.getSubcommand(false) === SETUP;
}

/** Discord's limits on what the options take; the core checks the values themselves. */
const MAX_SCHEDULE = 100;
const MAX_TEXT_OPTION = 100;
const MAX_ID = 32;
const MAX_COUNT = 10;

/**
 * An option value as one token of `digest subscribe`: quoted, so that a topic such as
 * "country planning" is not read as the next option. Quotes inside are dropped.
 */
function quoted(value: string | null): string | undefined {
  const text = value?.replace(/["“”]/g, '').replace(/\s+/g, ' ').trim();
  return text ? `"${text}"` : undefined;
}

/** `digest subscribe <schedule> country "…" topic "…" count n tz "…"`, the options given. */
export function subscribeText(options: OptionReader): string {
  const parts = ['digest subscribe', options.getString('schedule', true)?.trim() ?? ''];
  const country = quoted(options.getString('country'));
  const topic = quoted(options.getString('topic'));
  const count = options.getInteger('count');
  const tz = quoted(options.getString('tz'));
  if (country) parts.push(`country ${country}`);
  if (topic) parts.push(`topic ${topic}`);
  if (count !== null) parts.push(`count ${count}`);
  if (tz) parts.push(`tz ${tz}`);
  return parts.filter((part) => part !== '').join(' ');
}

/** The `id` option: which digest; left out, the one due next (preview) or the channel's only one. */
function withId(fallback: string) {
  return (sub: SlashCommandSubcommandBuilder) =>
    sub.addStringOption((o) =>
      o
        .setName('id')
        .setDescription(`A digest id (see /initiatives digest list); default: ${fallback}`)
        .setRequired(false)
        .setMaxLength(MAX_ID),
    );
}

function idCommand(action: 'unsubscribe' | 'pause' | 'resume', description: string): SubcommandSpec {
  return {
    name: action,
    description,
    visibility: 'reply',
    addOptions: withId("this channel's only one"),
    toText: (o) => `digest ${action} ${o.getString('id')?.trim() ?? ''}`.trim(),
  };
}

/**
 * `/initiatives digest …`: each subcommand becomes the core's `digest …` text. Changes are
 * announced to the channel (the core's reply decides); `list` answers the asker unless public.
 */
export const DIGEST_GROUP: SubcommandGroupSpec = {
  name: 'digest',
  description: 'Scheduled digests of initiatives in this channel',
  subcommands: [
    {
      name: 'subscribe',
      description: 'Post initiatives to this channel on a schedule',
      visibility: 'reply',
      addOptions: (sub) =>
        sub
          .addStringOption((o) =>
            o
              .setName('schedule')
              .setDescription('daily 09:00 · weekly mon 09:00 · cron "0 9 * * 1"')
              .setRequired(true)
              .setMaxLength(MAX_SCHEDULE),
          )
          .addStringOption((o) =>
            o
              .setName('country')
              .setDescription('Only initiatives from this country')
              .setAutocomplete(true)
              .setMaxLength(MAX_TEXT_OPTION),
          )
          .addStringOption((o) =>
            o
              .setName('topic')
              .setDescription('Only initiatives on this topic (e.g. health)')
              .setMaxLength(MAX_TEXT_OPTION),
          )
          .addIntegerOption((o) =>
            o
              .setName('count')
              .setDescription('Initiatives per digest (default 3)')
              .setMinValue(1)
              .setMaxValue(MAX_COUNT),
          )
          .addStringOption((o) =>
            o
              .setName('tz')
              .setDescription('Time zone of the schedule, e.g. Europe/Paris')
              .setMaxLength(MAX_TEXT_OPTION),
          ),
      toText: subscribeText,
    },
    {
      name: SETUP,
      description: 'Set up a digest with a form',
      // The form's result is announced in the channel, a refusal privately: nothing to choose.
      visibility: 'reply',
      // Answered by the form (isDigestSetup); were it not, the core would say how to subscribe.
      toText: () => 'digest help',
    },
    { name: 'list', description: 'The digests of this channel', toText: () => 'digest list' },
    idCommand('unsubscribe', 'Stop a digest for good'),
    idCommand('pause', 'Pause a digest'),
    idCommand('resume', 'Resume a paused digest'),
    {
      name: 'preview',
      description: 'What the next digest will post (only you see it)',
      visibility: 'reply',
      addOptions: withId('the next one due'),
      toText: (o) => `digest preview ${o.getString('id')?.trim() ?? ''}`.trim(),
    },
  ],
};
