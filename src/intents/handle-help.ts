import type { HelpEntry, ReplyContent } from '../replies/reply.js';
import { isActionTopic, isOutsideTopic, isWorkspaceTopic } from './action-topics.js';
import type { BotDeps } from './bot-deps.js';
import { buildActionReply } from './build-action-reply.js';
import { buildOutsideReply, buildWorkspaceReply } from './build-outside-reply.js';
import { exampleQuestions } from './example-questions.js';
import type { Intent } from './intent.js';
import { MAX_MESSAGE_LENGTH } from './parse-intent.js';

type HelpIntent = Extract<Intent, { type: 'help' }>;

/** What can be asked, each with an example drawn from the knowledge itself. */
function helpEntries(deps: BotDeps): HelpEntry[] {
  const [topicInCountry, countrySince] = exampleQuestions(deps);
  const someId = deps.cases[0]?.id ?? 'abc123';
  const country = deps.countries[0]?.name ?? 'Korea';
  const years = deps.cases.flatMap((c) => (c.year === undefined ? [] : [c.year]));
  const year = years.length > 0 ? Math.max(...years) : 2020;
  return [
    {
      usage: '<any question>',
      description: 'Plain language: a topic, a country or region, years, a level of government.',
      example: topicInCountry ?? 'digital inclusion',
    },
    {
      usage: 'filters',
      description: `Countries and regions (“${country}”, “Nordic countries”, “the EU”), or left out (“not in the EU”, “except ${country}”), years (“since ${year}”, “between 2018 and ${year}”), levels (“local”, “national”), topics (or left out: “health but not mental health”).`,
      example: countrySince ?? `local cases since ${year}`,
    },
    {
      usage: 'next · previous · page <n>',
      description:
        'More of the last answer. Follow-ups work too: “and for Japan?”, “only local ones”, “any year”.',
      example: 'next',
    },
    { usage: 'show <id> · the second one', description: 'One case in full.', example: `show ${someId}` },
    {
      usage: 'similar <case>',
      description: 'Cases like one case, other countries first, and why.',
      example: `similar ${someId}`,
    },
    {
      usage: 'compare <case> and <case>',
      description: 'Two or three cases side by side.',
      example: 'compare 1 and 2',
    },
    {
      usage: 'how many … [per country|topic|year|level]',
      description: 'Counts; also “which topics”, “which years”, “countries”.',
      example: 'how many cases per topic?',
    },
    { usage: 'random [filters]', description: 'A random case.', example: 'surprise me' },
    {
      usage: "what's new · list all",
      description: 'The newest cases, or every case, page by page.',
      example: "what's new",
    },
    {
      usage: 'digest subscribe <schedule>',
      description: 'A regular digest of cases in this channel (Slack and Discord).',
      example: 'digest subscribe weekly mon 09:00 topic health',
    },
    {
      usage: 'status',
      description: 'How casebot is: its knowledge, chat connections, digests, store and uptime.',
      example: 'status',
    },
  ];
}

const NOTICES: Record<HelpIntent['reason'], string | undefined> = {
  asked: undefined,
  empty: 'Your message was empty. Here is what you can ask.',
  'too-long': `That message is longer than ${MAX_MESSAGE_LENGTH} characters. Send a few keywords instead, e.g. “mental health”.`,
  'unknown-command': "I didn't understand that command. Here is what you can ask.",
};

export function handleHelp(intent: HelpIntent, deps: BotDeps): ReplyContent {
  if (isActionTopic(intent.topic)) return buildActionReply(intent, intent.topic, deps);
  if (isOutsideTopic(intent.topic)) return buildOutsideReply(intent, intent.topic, deps);
  if (isWorkspaceTopic(intent.topic)) return buildWorkspaceReply(intent, intent.topic);
  const notice = NOTICES[intent.reason];
  const reply: ReplyContent = {
    type: 'help',
    intent,
    heading: `casebot: ${deps.cases.length} public-sector innovation cases from ${deps.countries.length} countries`,
    commands: helpEntries(deps),
    cases: [],
    total: 0,
    actions: [
      ...exampleQuestions(deps)
        .slice(0, 2)
        .map((q) => ({ type: 'example' as const, label: q, command: q })),
      { type: 'random', label: 'Surprise me', command: 'random' },
    ],
  };
  if (notice) reply.notice = notice;
  return reply;
}
