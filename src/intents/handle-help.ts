import type { HelpEntry, ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';
import { MAX_MESSAGE_LENGTH } from './parse-intent.js';

type HelpIntent = Extract<Intent, { type: 'help' }>;

function helpEntries(deps: BotDeps): HelpEntry[] {
  const someId = deps.cases[0]?.id ?? 'abc123';
  return [
    {
      usage: 'search <words>',
      description: 'Cases about a topic, best matches first.',
      example: 'search digital inclusion',
    },
    {
      usage: '<any question>',
      description: 'Plain language works too; name a country to narrow it.',
      example: 'AI projects in Korea',
    },
    {
      usage: 'random [country] [topic]',
      description: 'A random case, optionally from a country or on a topic.',
      example: 'surprise me with a health case',
    },
    {
      usage: 'country <name>',
      description: "A country's cases, newest first.",
      example: 'what has Korea done?',
    },
    { usage: 'countries', description: 'Every country with cases, and how many.', example: 'countries' },
    {
      usage: 'show <id>',
      description: 'One case in full, by the id shown beside it.',
      example: `show ${someId}`,
    },
    {
      usage: 'digest subscribe <schedule>',
      description: 'A regular digest of cases in this channel (Slack and Discord).',
      example: 'digest subscribe weekly mon 09:00 topic health',
    },
    { usage: 'help', description: 'This list.', example: 'help' },
  ];
}

const NOTICES: Record<HelpIntent['reason'], string | undefined> = {
  asked: undefined,
  empty: 'Your message was empty. Here is what you can ask.',
  'too-long': `That message is longer than ${MAX_MESSAGE_LENGTH} characters. Send a few keywords instead, e.g. “mental health”.`,
  'unknown-command': "I didn't understand that command. Here is what you can ask.",
};

export function handleHelp(intent: HelpIntent, deps: BotDeps): ReplyContent {
  const notice = NOTICES[intent.reason];
  const reply: ReplyContent = {
    type: 'help',
    intent,
    heading: `casebot: ${deps.cases.length} public-sector innovation cases`,
    commands: helpEntries(deps),
    cases: [],
    total: 0,
    actions: [{ type: 'random', label: 'Surprise me', command: 'random' }],
  };
  if (notice) reply.notice = notice;
  return reply;
}
