import type { Intent } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';

/** A case as shown in a reply: the case without its sources, plus why it matched a search. */
export interface CaseHit extends Omit<Case, 'sources' | 'truncated'> {
  truncated?: true;
  /** Search relevance; absent outside searches. */
  score?: number;
  /** Query terms (as the user typed them) that matched this case. */
  matched?: string[];
}

/**
 * A button or follow-up. `command` is message text the core understands, so an adapter can
 * replay it through `bot.answer(command)` when the button is clicked.
 */
export interface ReplyAction {
  type: 'more' | 'random' | 'details';
  label: string;
  command: string;
}

export interface CountryCount {
  code: string;
  name: string;
  flag: string;
  count: number;
}

export interface HelpEntry {
  usage: string;
  description: string;
  example: string;
}

/**
 * Who sees a reply. `private`: the asker alone (Slack's and Discord's ephemeral answers, a DM
 * in place of a channel message, and everything in a direct message or the console, where
 * nobody else reads). `channel`: everyone in the conversation the message came from.
 */
export type Visibility = 'private' | 'channel';

/** Decided by the core, once, for every reply (see `decideAudience`); adapters render it. */
export interface ReplyAudience {
  visibility: Visibility;
  /**
   * The command that shows everyone this same answer (the Share button replays it, asking
   * for a public answer). Present only on a private answer the channel may see.
   */
  shareCommand?: string;
}

/**
 * Whom a digest reply concerns, by its nature: `channel` for a subscription made, changed or
 * listed (everyone there should see it), `asker` for previews, help, mistakes and refusals.
 */
export type DigestScope = 'channel' | 'asker';

interface ReplyBase {
  /** Cases shown in this reply (one page). */
  cases: CaseHit[];
  /** How many cases matched in all. */
  total: number;
  /** A short remark shown before the answer, e.g. that a long message was cut. */
  notice?: string;
  actions: ReplyAction[];
}

type AnswerBody =
  | {
      type: 'results';
      intent: Intent;
      heading: string;
      page: number;
      pageCount: number;
      /** How to see the next page, as a command; absent on the last page. */
      nextCommand?: string;
    }
  | { type: 'case'; intent: Intent; heading: string }
  | { type: 'countries'; intent: Intent; heading: string; countries: CountryCount[] }
  | { type: 'help'; intent: Intent; heading: string; commands: HelpEntry[] }
  | { type: 'not-found'; intent: Intent; heading: string; message: string; suggestions: string[] }
  /** Something failed on casebot's side: the one apology (`buildErrorReply`). */
  | { type: 'error'; intent?: Intent; heading: string; message: string };

type DigestBody = { type: 'digest'; intent: Intent; heading: string; lines: string[] };

/**
 * What a handler builds: a reply before the core decides who sees it. A digest reply says
 * whom it concerns; every other answer's audience follows from how it was asked.
 */
export type ReplyContent = (AnswerBody & ReplyBase) | (DigestBody & ReplyBase & { scope: DigestScope });

/**
 * The platform-neutral answer to a message: plain data, rendered by each adapter
 * (Block Kit, embeds, terminal text). Never contains markup of any platform.
 */
export type Reply = (AnswerBody | DigestBody) & ReplyBase & ReplyAudience;

export type ReplyType = Reply['type'];

/** Every page of results holds this many cases. */
export const PAGE_SIZE = 5;
