import type { ReplyAction, ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { exampleQuestions } from './example-questions.js';
import type { Intent } from './intent.js';

type SmallTalkIntent = Extract<Intent, { type: 'small-talk' }>;

function examples(deps: BotDeps): ReplyAction[] {
  return exampleQuestions(deps).map((q) => ({ type: 'example', label: q, command: q }));
}

function message(intent: Intent, heading: string, lines: string[], actions: ReplyAction[]): ReplyContent {
  return { type: 'message', intent, heading, lines, cases: [], total: 0, actions };
}

/** The years the cases started in, as a line: the collection is only as recent as its newest case. */
function yearsCovered(deps: BotDeps): string[] {
  const newest = deps.newest[0]?.year;
  const oldest = deps.oldest[0]?.year;
  if (newest === undefined || oldest === undefined) return [];
  return [
    oldest === newest
      ? `The cases started in ${newest}.`
      : `The cases started between ${oldest} and ${newest}.`,
  ];
}

/** Short, friendly answers to greetings, thanks, "who are you" and the like, with questions to try. */
export function handleSmallTalk(intent: SmallTalkIntent, deps: BotDeps): ReplyContent {
  const size = `${deps.cases.length} public-sector innovation cases from ${deps.countries.length} countries`;
  switch (intent.kind) {
    case 'greeting':
      return message(
        intent,
        'Hello!',
        [`I know ${size}. Ask me about a topic, a country or a year.`],
        examples(deps),
      );
    case 'thanks':
      return message(
        intent,
        'Glad to help!',
        ['Ask me anything else, or say “more” for more of the same.'],
        [],
      );
    case 'about':
      return message(
        intent,
        'I am casebot',
        [
          `I answer questions about ${size}: case studies such as those of the OECD Observatory of Public Sector Innovation (OPSI).`,
          // "what counts as a case?", "what does public sector innovation mean?" are answered here.
          'Each case is a public body doing something in a new way, written up: what it did, where, when it started, at which level of government and on which topics.',
          ...yearsCovered(deps),
          'I read questions in English (countries may be named in other languages too) and search the cases in the words they are written in.',
          'Ask about a topic, a country or region, a year or a level of government; say “help” for more, or “status” for the version of the collection loaded here.',
        ],
        examples(deps),
      );
    case 'bye':
      return message(intent, 'Bye!', ['Come back any time.'], []);
    case 'ack':
      return message(
        intent,
        'OK',
        ['Ask me about a topic, a country or a year whenever you like.'],
        examples(deps),
      );
    case 'no':
      return message(intent, 'OK', ['No problem. Ask me something else whenever you like.'], []);
    case 'confused':
      return message(
        intent,
        'Let me explain',
        [
          'Each answer starts with how I read your message (“Health cases from Korea, newest first”); where it could mean something else, a button offers the other reading.',
          'Ask about a topic, a country or region, a year or a level of government, or say “help” for everything I understand.',
        ],
        examples(deps),
      );
    case 'complaint':
      return message(
        intent,
        'Sorry about that',
        ['Try different words, name a country or a topic, or say “help” to see what I understand.'],
        [{ type: 'example', label: 'help', command: 'help' }],
      );
    default: {
      const unreachable: never = intent.kind;
      return unreachable;
    }
  }
}

/** A follow-up ("next", "the second one") with nothing before it in this conversation, or no case shown. */
export function handleFollowUp(intent: Extract<Intent, { type: 'follow-up' }>, deps: BotDeps): ReplyContent {
  return message(
    intent,
    intent.lastShowedNone ? 'No case to go on' : 'Nothing to follow up yet',
    [
      intent.lastShowedNone
        ? `“${intent.asked}” needs a case to go on, and the last answer showed none. Ask a question that finds some first.`
        : `“${intent.asked}” needs a list before it, and this conversation has none (I forget after 30 minutes). Ask a question first.`,
    ],
    examples(deps),
  );
}
