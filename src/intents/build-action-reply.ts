import type { ReplyContent } from '../replies/reply.js';
import type { ActionTopic } from './action-topics.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';

type HelpIntent = Extract<Intent, { type: 'help' }>;

/** The site most cases link to: where the collection comes from, read from the data, never made up. */
function sourceSite(deps: BotDeps): string | undefined {
  const counts = new Map<string, number>();
  for (const c of deps.cases) {
    if (c.url === undefined) continue;
    try {
      const host = new URL(c.url).hostname.replace(/^www\./u, '');
      counts.set(host, (counts.get(host) ?? 0) + 1);
    } catch {
      // A link that is no URL names no site.
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A digest, the one thing casebot does on its own: where it can be set up, and how. */
function digestLine(deps: BotDeps): string {
  const topic = deps.facets.byTag.keys().next().value ?? 'health';
  return `For new cases on a subject, a digest posts them in a channel on a schedule: \`digest subscribe weekly mon 09:00 topic ${String(topic).toLowerCase()}\`${deps.digests ? '' : ' (in Slack and Discord)'}.`;
}

const FILE_LINES = [
  'Where casebot is installed, its console gives the cases as data:',
  '`npm run casebot -- export` writes every case, with its sources, as JSON lines;',
  '`npm run casebot -- ask "<command>" --json` writes one list as JSON, with the list’s command (what its buttons run) in place of <command>.',
];

/** What casebot cannot do, said plainly, and what it can do instead. */
function linesFor(topic: ActionTopic, deps: BotDeps): { heading: string; lines: string[] } {
  const site = sourceSite(deps);
  const from = site ? ` (${site})` : '';
  switch (topic) {
    case 'export':
      return { heading: 'I cannot send files in chat', lines: FILE_LINES };
    case 'save':
      return {
        heading: 'I cannot save or bookmark cases',
        lines: [
          'I keep nothing for you beyond this conversation. To come back to it: a case’s link, or the same question again (its command) gives it back; your chat app’s own save or pin keeps this message.',
          digestLine(deps),
        ],
      };
    case 'share':
      return {
        heading: 'I cannot send, share or email anything',
        lines: [
          'I answer only where I am asked, and never message or mention anyone.',
          'To share: paste a case’s link, or ask me the same question in the other channel (its command).',
        ],
      };
    case 'remind':
      return {
        heading: 'I cannot set reminders',
        lines: [
          'Your chat app can: in Slack, `/remind me … tomorrow`; Discord has reminder bots.',
          digestLine(deps),
        ],
      };
    case 'report':
      return {
        heading: 'I cannot change cases',
        lines: [
          `I answer from the collection loaded where I run: ${deps.cases.length} cases, from their source${from}. A case’s facts come from its page there (its link).`,
          'Whoever runs casebot loads the collection again when the source changes: tell them, or the source.',
        ],
      };
    case 'add':
      return {
        heading: 'I cannot add cases',
        lines: [
          `My cases come from the collection loaded here: ${deps.cases.length} cases, from their source${from}.`,
          'A case published there is here once whoever runs casebot loads the collection again.',
        ],
      };
    case 'print':
      return {
        heading: 'I cannot print',
        lines: ['Open a case’s link in your browser and print it from there, or print this chat.'],
      };
    case 'translate':
      return {
        heading: 'I cannot translate',
        lines: [
          'Cases are in the language of their source; your browser can translate a case’s page (its link).',
        ],
      };
    case 'rate':
      return {
        heading: 'Thanks: I do not keep ratings',
        lines: ['If a case is wrong or out of date, say so and I will tell you where its facts come from.'],
      };
    case 'forget':
      return {
        heading: 'Done: I have forgotten this conversation',
        lines: [
          'I keep only your last few questions and the cases I showed, per conversation, for 30 minutes; now nothing. Your messages stay in your chat app.',
        ],
      };
    default: {
      const never: never = topic;
      return never;
    }
  }
}

/** Something asked that casebot has no feature for ("save these", "share this with …"): what it can do instead. */
export function buildActionReply(intent: HelpIntent, topic: ActionTopic, deps: BotDeps): ReplyContent {
  return { type: 'message', intent, ...linesFor(topic, deps), cases: [], total: 0, actions: [] };
}
