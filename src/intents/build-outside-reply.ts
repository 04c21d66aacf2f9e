import {
  CONVERSATION_TTL_MS,
  MAX_CONVERSATIONS,
  MAX_EARLIER,
  MAX_EARLIER_SHOWN,
} from '../conversation/conversation-store.js';
import type { ReplyContent } from '../replies/reply.js';
import type { OutsideTopic, WorkspaceTopic } from './action-topics.js';
import type { BotDeps } from './bot-deps.js';
import type { Intent } from './intent.js';

type HelpIntent = Extract<Intent, { type: 'help' }>;

const HEADINGS: Record<OutsideTopic, string> = {
  write: 'I do not write texts',
  code: 'I do not write code',
  joke: 'I do not tell jokes',
  weather: 'I have no weather',
  news: 'I have no news',
  facts: 'I only know public-sector cases',
  maths: 'I do not do maths',
  opinion: 'I have no opinions',
};

function whatIDo(deps: BotDeps): string {
  return `What I do: find public-sector innovation cases (${deps.cases.length} from ${deps.countries.length} countries) by topic, country or region, year or level of government, and count or compare them.`;
}

/** Something outside what casebot does ("write me a poem", "what's the weather"): said plainly, with what it does. */
export function buildOutsideReply(intent: HelpIntent, topic: OutsideTopic, deps: BotDeps): ReplyContent {
  const lines = [
    topic === 'write' || topic === 'code'
      ? 'I have no language model: I write nothing, I find cases.'
      : topic === 'opinion'
        ? 'I take no side: I show what governments have done, and where.'
        : 'I answer from a collection of cases, and know nothing beyond it.',
    whatIDo(deps),
  ];
  return { type: 'message', intent, heading: HEADINGS[topic], lines, cases: [], total: 0, actions: [] };
}

/** Facts true of this code, by question: where it depends on the chat app, both apps briefly. */
function workspaceLines(topic: WorkspaceTopic): { heading: string; lines: string[] } {
  switch (topic) {
    case 'channel':
      return {
        heading: 'Adding casebot to a channel',
        lines: [
          'Slack: type `/invite @casebot` in the channel (or mention @casebot there and accept the invitation); `/initiatives` works in any channel of the workspace.',
          'Discord: someone who manages the server adds casebot with its invite link; then it answers in every channel it can view.',
        ],
      };
    case 'permissions':
      return {
        heading: 'What casebot may do',
        lines: [
          'Slack: its slash command, reading mentions of it and its direct messages, writing messages, reading a channel’s recent history (to check a digest got there), link previews of cases, and listing your conversations for its Home tab.',
          'Discord: View Channels, Send Messages (also in threads), Embed Links and Read Message History; nothing to manage or moderate.',
        ],
      };
    case 'privacy':
      return {
        heading: 'Who sees what, and what I keep',
        lines: [
          'Answers to the slash command are seen only by you until you share them; a mention is answered in the channel, for whoever can read it; a direct message stays between you and casebot.',
          `I keep, per conversation, your last question (as its command), the cases I showed and the case in focus, and up to ${MAX_EARLIER} answers before it (each with its first ${MAX_EARLIER_SHOWN} cases), for ${CONVERSATION_TTL_MS / 60_000} minutes after your last message (at most ${MAX_CONVERSATIONS.toLocaleString('en')} conversations). Digests set up in a channel are stored until unsubscribed.`,
          'Your messages themselves are not stored, and I learn nothing from them; at the usual log level the logs of whoever runs casebot record failures and events, not what you ask (debug logging, when turned on, records the start of some commands).',
        ],
      };
    case 'cost':
      return {
        heading: 'casebot costs you nothing to ask',
        lines: [
          'It runs on a server of whoever installed it here, with the cases loaded there; it charges nothing, shows no ads and calls no paid service.',
        ],
      };
    case 'languages':
      return {
        heading: 'The languages I read',
        lines: [
          'I read questions in English; countries named in other languages, and common words of Spanish, French, Portuguese, German, Italian and Korean (“ejemplos”, “depuis 2019”).',
          'Cases are searched in the language they are written in.',
        ],
      };
    case 'workings':
      return {
        heading: 'How I work',
        lines: [
          'No language model, no ChatGPT: I read your message with rules into a topic, places, years and words, and search an index of the cases loaded here.',
          'I do not learn from messages: the same question gets the same answer until the cases are loaded again.',
        ],
      };
    default: {
      const never: never = topic;
      return never;
    }
  }
}

/** A question about casebot where it runs ("who can see my questions?"): short, and only what is so. */
export function buildWorkspaceReply(intent: HelpIntent, topic: WorkspaceTopic): ReplyContent {
  return { type: 'message', intent, ...workspaceLines(topic), cases: [], total: 0, actions: [] };
}
