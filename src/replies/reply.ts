import type { Facet, Intent } from '../intents/intent.js';
import type { Case } from '../knowledge/case.js';

/** A case as shown in a reply: the case without its sources, plus why it matched a search. */
export interface CaseHit extends Omit<Case, 'sources' | 'truncated'> {
  truncated?: true;
  /** Search relevance; absent outside searches. */
  score?: number;
  /** Query terms (as the user typed them) that matched this case. */
  matched?: string[];
  /** Why it is like the case (or text) asked about: the topics and words they share. */
  related?: { topics: string[]; words: string[] };
}

/**
 * A button or follow-up. `command` is message text the core understands (`formatCommand`), so an
 * adapter can replay it through `bot.answer(command)` when the button is clicked.
 * `details` and `similar` belong to one case (`caseId`); the others to the whole reply:
 * `more`/`previous` page, `random` picks again, `relax` drops a filter that emptied an answer,
 * `alternative` is another reading of the message, `example` a question to try.
 */
export interface ReplyAction {
  type: 'more' | 'previous' | 'random' | 'details' | 'similar' | 'relax' | 'alternative' | 'example';
  label: string;
  command: string;
  caseId?: string;
}

export interface CountryCount {
  code: string;
  name: string;
  flag: string;
  count: number;
}

/** One line of a count: a country, topic, year or level, how many cases, and the command that lists them. */
export interface CountGroup {
  key: string;
  label: string;
  count: number;
  command: string;
}

/** One choice of a filter menu: a value of the facet, how many of the current cases have it, and the command that re-runs the question with it. */
export interface FilterOption {
  key: string;
  label: string;
  count: number;
  command: string;
}

/**
 * A filter offered as a menu under a list of results: options most cases first, each one
 * narrowing the current answer to cases that exist (an option never gives an empty answer).
 */
export interface FilterMenu {
  facet: 'country' | 'topic' | 'year';
  /** What the menu asks, shown before anything is chosen ("Filter by country"). */
  placeholder: string;
  /** The first options by count (at most 25); `values` counts every value that narrows the answer. */
  options: FilterOption[];
  values: number;
  /** The values' name, for "top 25 of 163 countries" where options are cut. */
  noun: string;
}

/** One case offered by a shown case's menu, and the command that acts on the two ("compare a and b"). */
export interface CaseOption {
  /** The offered case's id. */
  key: string;
  label: string;
  command: string;
}

/** A menu of cases on a shown case ("Compare with…"): choosing one runs its command. */
export interface CaseMenu {
  placeholder: string;
  options: CaseOption[];
}

/** One fact of the compared cases, side by side (one value per case, in order). */
export interface CompareRow {
  label: string;
  values: string[];
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
  /** A short remark shown before the answer: how a message was read, that a long message was cut. */
  notice?: string;
  actions: ReplyAction[];
}

/**
 * What each kind of answer holds. Every heading says how the message was understood ("Health
 * cases from South Korea since 2020, newest first").
 */
type AnswerBody =
  | {
      type: 'results';
      intent: Intent;
      heading: string;
      page: number;
      pageCount: number;
      /** How to see the next page, as a command; absent on the last page. */
      nextCommand?: string;
      /** Filters of the whole result as menus (searches and lists only). */
      menus?: FilterMenu[];
    }
  | {
      type: 'case';
      intent: Intent;
      heading: string;
      /** Cases like this one to compare it with, most alike first. */
      compare?: CaseMenu;
    }
  /** How many cases match, in all (`total`) and per country, topic, year, level or region. */
  | { type: 'counts'; intent: Intent; heading: string; facet?: Facet; groups: CountGroup[] }
  /** Cases side by side: `cases` in order, their facts by row, and what they share. */
  | { type: 'compare'; intent: Intent; heading: string; rows: CompareRow[]; shared: string[] }
  | { type: 'help'; intent: Intent; heading: string; commands: HelpEntry[] }
  /** A short answer in words: small talk, a follow-up with nothing to follow. */
  | { type: 'message'; intent: Intent; heading: string; lines: string[] }
  | { type: 'not-found'; intent: Intent; heading: string; message: string; suggestions: string[] }
  /** Something failed on casebot's side: the one apology (`buildErrorReply`). */
  | { type: 'error'; intent?: Intent; heading: string; message: string };

type DigestBody = {
  type: 'digest';
  intent: Intent;
  heading: string;
  lines: string[];
  /** The id of the one digest this answer is about: what "it" and "this" mean next. */
  about?: string;
};

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

/** Every page of results holds this many cases. */
export const PAGE_SIZE = 5;
