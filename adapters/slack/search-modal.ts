import type { types } from '@slack/bolt';
import { type Bot, type Filters, MAX_MESSAGE_LENGTH, searchCommand, TAXONOMY } from '../../src/index.js';
import { plainText } from './block-kit.js';
import type { SubmittedValues } from './digest-modal.js';
import {
  SLACK_MAX_INPUT_LABEL,
  SLACK_MAX_MODAL_TITLE,
  SLACK_MAX_OPTION_TEXT,
  SLACK_MAX_OPTION_VALUE,
  SLACK_MAX_SELECT_OPTIONS,
} from './limits.js';

/** The search form's `callback_id`. */
export const SEARCH_MODAL_CALLBACK_ID = 'casebot_search';

type SearchField = 'query' | 'country' | 'topic' | 'year_from' | 'year_to';

interface MenuOption {
  text: string;
  value: string;
}

/** What the form's menus offer: each the first 100 by case count, and whether more were left out. */
export interface SearchMenus {
  countries: MenuOption[];
  topics: MenuOption[];
  years: MenuOption[];
  /** Countries or topics beyond Slack's 100 options per menu. */
  cut: { countries: number; topics: number };
}

/** Labels and values in the knowledge by how many cases have them, most first, then by name. */
function byCount(counts: Map<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The topics a search's `topic` filter understands: the taxonomy's labels. */
const TOPIC_LABELS: ReadonlySet<string> = new Set(TAXONOMY.map((t) => t.label));

/**
 * The menus from the bot's knowledge as it is now: its countries, the topics of the taxonomy
 * its cases have (other tags are found by the words), its years.
 */
export function buildSearchMenus(bot: Pick<Bot, 'knowledge' | 'countries'>): SearchMenus {
  const countries = bot.countries().map((c) => ({ text: `${c.flag} ${c.name} (${c.count})`, value: c.code }));
  const topics = new Map<string, number>();
  const years = new Map<string, number>();
  for (const c of bot.knowledge.cases) {
    for (const tag of c.tags) if (TOPIC_LABELS.has(tag)) topics.set(tag, (topics.get(tag) ?? 0) + 1);
    if (c.year !== undefined) years.set(String(c.year), (years.get(String(c.year)) ?? 0) + 1);
  }
  const topicOptions = byCount(topics)
    .filter(([tag]) => tag.length <= SLACK_MAX_OPTION_VALUE)
    .map(([tag, n]) => ({ text: `${tag} (${n})`, value: tag }));
  const yearOptions = byCount(years)
    .slice(0, SLACK_MAX_SELECT_OPTIONS)
    .sort((a, b) => Number(b[0]) - Number(a[0]))
    .map(([year]) => ({ text: year, value: year }));
  return {
    countries: countries.slice(0, SLACK_MAX_SELECT_OPTIONS),
    topics: topicOptions.slice(0, SLACK_MAX_SELECT_OPTIONS),
    years: yearOptions,
    cut: {
      countries: Math.max(0, countries.length - SLACK_MAX_SELECT_OPTIONS),
      topics: Math.max(0, topicOptions.length - SLACK_MAX_SELECT_OPTIONS),
    },
  };
}

const plain = (text: string, max: number) => plainText(text, max);

function select(
  field: SearchField,
  label: string,
  options: MenuOption[],
  placeholder: string,
): types.InputBlock {
  return {
    type: 'input',
    block_id: field,
    optional: true,
    label: plain(label, SLACK_MAX_INPUT_LABEL),
    element: {
      type: 'static_select',
      action_id: field,
      placeholder: plain(placeholder, 150),
      options: options.map((o) => ({ text: plain(o.text, SLACK_MAX_OPTION_TEXT), value: o.value })),
    },
  };
}

/** The search form (`views.open`): words, then country, topic and years from the knowledge. */
export function renderSearchModal(menus: SearchMenus, example: string) {
  const blocks: types.KnownBlock[] = [
    {
      type: 'input',
      block_id: 'query',
      optional: true,
      label: plain('What are you looking for?', SLACK_MAX_INPUT_LABEL),
      element: {
        type: 'plain_text_input',
        action_id: 'query',
        max_length: MAX_MESSAGE_LENGTH,
        placeholder: plain(`e.g. ${example}`, 150),
      },
    },
  ];
  // Slack refuses a menu without options: a knowledge with no countries (or years) has none.
  if (menus.countries.length > 0) blocks.push(select('country', 'Country', menus.countries, 'Any country'));
  if (menus.topics.length > 0) blocks.push(select('topic', 'Topic', menus.topics, 'Any topic'));
  if (menus.years.length > 0) {
    blocks.push(select('year_from', 'From year', menus.years, 'Any year'));
    blocks.push(select('year_to', 'To year', menus.years, 'Any year'));
  }
  const cut = [
    menus.cut.countries > 0 ? `${menus.cut.countries} countries` : '',
    menus.cut.topics > 0 ? `${menus.cut.topics} topics` : '',
  ].filter(Boolean);
  if (cut.length > 0)
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'plain_text',
          text: `Menus list the ${SLACK_MAX_SELECT_OPTIONS} with most cases (${cut.join(' and ')} more): type any other in the words.`,
          emoji: true,
        },
      ],
    });
  return {
    type: 'modal' as const,
    callback_id: SEARCH_MODAL_CALLBACK_ID,
    title: plain('Search cases', SLACK_MAX_MODAL_TITLE),
    submit: plain('Search', SLACK_MAX_MODAL_TITLE),
    close: plain('Cancel', SLACK_MAX_MODAL_TITLE),
    blocks,
  };
}

type SearchFormResult =
  | { type: 'valid'; command: string }
  | { type: 'invalid'; errors: Partial<Record<SearchField, string>> };

/**
 * The form's answers as the command the bot answers (`searchCommand`), or the mistakes by
 * field for Slack to show under each (`response_action: errors`). A choice the menus do not
 * offer now (the knowledge was reloaded since the form opened) is a mistake, not a guess.
 */
export function readSearchForm(values: SubmittedValues, menus: SearchMenus): SearchFormResult {
  const query = (values.query?.query?.value ?? '').trim();
  const chosen = (field: SearchField, options: MenuOption[]) => {
    const value = values[field]?.[field]?.selected_option?.value ?? undefined;
    if (value === undefined) return { value: undefined, known: true };
    return { value, known: options.some((o) => o.value === value) };
  };
  const country = chosen('country', menus.countries);
  const topic = chosen('topic', menus.topics);
  const from = chosen('year_from', menus.years);
  const to = chosen('year_to', menus.years);
  const errors: Partial<Record<SearchField, string>> = {};
  const gone = 'No longer in the knowledge: choose again.';
  if (!country.known) errors.country = gone;
  if (!topic.known) errors.topic = gone;
  if (!from.known) errors.year_from = gone;
  if (!to.known) errors.year_to = gone;
  if (query.length > MAX_MESSAGE_LENGTH)
    errors.query = `At most ${MAX_MESSAGE_LENGTH} characters: a few keywords work best.`;
  const nothing = [country, topic, from, to].every((c) => c.value === undefined);
  if (query === '' && nothing) errors.query = 'Type a few words or choose a country, topic or year.';
  if (from.value !== undefined && to.value !== undefined && Number(from.value) > Number(to.value))
    errors.year_to = `Choose a year from ${from.value} on.`;
  if (Object.keys(errors).length > 0) return { type: 'invalid', errors };
  const filters: Filters = {};
  if (country.value !== undefined) filters.countries = [country.value];
  if (topic.value !== undefined) filters.topic = topic.value;
  if (from.value !== undefined || to.value !== undefined) {
    filters.years = {};
    if (from.value !== undefined) filters.years.from = Number(from.value);
    if (to.value !== undefined) filters.years.to = Number(to.value);
  }
  return { type: 'valid', command: searchCommand(query, filters) };
}
