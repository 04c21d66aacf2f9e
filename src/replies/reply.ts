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

interface ReplyBase {
  intent: Intent;
  /** Cases shown in this reply (one page). */
  cases: CaseHit[];
  /** How many cases matched in all. */
  total: number;
  /** A short remark shown before the answer, e.g. that a long message was cut. */
  notice?: string;
  actions: ReplyAction[];
}

/**
 * The platform-neutral answer to a message: plain data, rendered by each adapter
 * (Block Kit, embeds, terminal text). Never contains markup of any platform.
 */
export type Reply =
  | (ReplyBase & {
      type: 'results';
      heading: string;
      page: number;
      pageCount: number;
      /** How to see the next page, as a command; absent on the last page. */
      nextCommand?: string;
    })
  | (ReplyBase & { type: 'case'; heading: string })
  | (ReplyBase & { type: 'countries'; heading: string; countries: CountryCount[] })
  | (ReplyBase & { type: 'help'; heading: string; commands: HelpEntry[] })
  | (ReplyBase & { type: 'not-found'; heading: string; message: string; suggestions: string[] })
  | (ReplyBase & {
      type: 'digest';
      heading: string;
      lines: string[];
      /** Only the asker should see it (previews, refusals). */
      private: boolean;
    });

export type ReplyType = Reply['type'];

/** Every page of results holds this many cases. */
export const PAGE_SIZE = 5;
