import type { ChatContext } from './chat-context.js';
import type { ConversationState } from './conversation/conversation-store.js';
import type { Decision } from './conversation/decision.js';
import { nextState } from './conversation/next-state.js';
import { resolveIntent } from './conversation/resolve-intent.js';
import {
  asksForCases,
  asksOnItsOwn,
  likeTheFirst,
  splitQuestions,
  withSecondQuestion,
} from './conversation/two-questions.js';
import type { BotDeps } from './intents/bot-deps.js';
import { formatCommand } from './intents/format-command.js';
import { handleIntent } from './intents/handle-intent.js';
import type { Intent } from './intents/intent.js';
import type { ReplyContent } from './replies/reply.js';
import { type ParseOptions, parseMessage } from './understanding/parse-message.js';

/** What answering needs beside the message: the conversation so far and the bot's own parts. */
export interface TwoQuestionsContext {
  state: ConversationState | undefined;
  ctx: ChatContext;
  nowMs: number;
  deps: BotDeps;
  /** Reads a command back into its intent (remembered). */
  read: (command: string) => Intent;
  parseOptions: ParseOptions;
}

/**
 * A message asking two whole questions ("any AI cases? and how many from Korea in total?"): the
 * first answered, the second read as the turn after it and offered as a button with its count.
 * Nothing when the message is one question, or its second part only narrows the first.
 */
export async function answerTwoQuestions(
  text: string,
  { state, ctx, nowMs, deps, read, parseOptions }: TwoQuestionsContext,
): Promise<{ decision: Decision; content: ReplyContent } | undefined> {
  const parts = splitQuestions(text);
  if (parts === undefined) return undefined;
  const [firstText, secondText] = parts;
  const secondRead = parseMessage(secondText, parseOptions);
  if (!asksOnItsOwn(secondRead, secondText)) return undefined;
  const first = resolveIntent(parseMessage(firstText, parseOptions), firstText, {
    ...(state ? { state } : {}),
    deps,
    read,
  });
  if (!asksForCases(first.intent)) return undefined;
  const firstContent = await handleIntent(first.intent, deps, ctx);
  const after = nextState(state, firstContent, nowMs);
  const second =
    likeTheFirst(secondRead, first.intent) ??
    resolveIntent(secondRead, secondText, {
      // Read after the first only when it names nothing of its own ("and show me the newest one?").
      ...(secondRead.subject === '' && Object.keys(secondRead.filters).length === 0 ? { state: after } : {}),
      deps,
      read,
    }).intent;
  const command = formatCommand(second);
  if (!asksForCases(second) || command === formatCommand(first.intent)) return undefined;
  const secondContent = await handleIntent(second, deps, ctx);
  return { decision: first, content: withSecondQuestion(firstContent, secondContent, command) };
}
