import type { BotDeps } from '../intents/bot-deps.js';
import type { Case } from '../knowledge/case.js';
import type { ReplyContent } from '../replies/reply.js';
import type { CaseFact } from '../understanding/read-fact-ask.js';
import type { ConversationState } from './conversation-store.js';
import { messageReply } from './message-reply.js';

/** The facts no facet counts, asked of the cases shown case by case. */
type ListedFact = Extract<CaseFact, 'organisation' | 'link'>;

const HEADINGS: Record<ListedFact, (n: number) => string> = {
  organisation: (n) => `Who ran the ${n === 1 ? 'case' : `${n} cases`} shown`,
  link: (n) => `The links of the ${n === 1 ? 'case' : `${n} cases`} shown`,
};

const ASKED: Record<ListedFact, string> = { organisation: 'who ran them', link: 'their links' };

/** What to do where the fact is not recorded. */
const UNRECORDED: Record<ListedFact, string> = {
  organisation: 'a case’s summary often names who ran it (“tell me more about the first”).',
  link: 'search the title to find the case’s own page.',
};

function factOf(c: Case, fact: ListedFact): string | undefined {
  return fact === 'organisation' ? c.organisation : c.url;
}

/**
 * "who ran them?", "which ones have a link?" after a list: each case shown with that fact, "not
 * recorded" where the case has none; when none was shown, that says so.
 */
export function answerCaseFacts(
  fact: ListedFact,
  text: string,
  state: ConversationState | undefined,
  deps: Pick<BotDeps, 'byId'>,
): ReplyContent {
  const shown = (state?.shown ?? []).map((id) => deps.byId.get(id)).filter((c): c is Case => c !== undefined);
  if (shown.length === 0)
    return messageReply(
      'No cases shown yet',
      [
        `${state?.last === undefined ? 'No cases have been shown here yet' : 'The last answer showed no cases'}, so there is nothing to tell ${ASKED[fact]} of. Ask for cases first (“health cases”), then ask again.`,
      ],
      text,
    );
  const lines = shown.map((c) => `${c.title} — ${factOf(c, fact) ?? 'not recorded'}`);
  const recorded = shown.filter((c) => factOf(c, fact) !== undefined).length;
  if (recorded < shown.length)
    lines.push(`${recorded === 0 ? 'None' : `${recorded} of ${shown.length}`} recorded: ${UNRECORDED[fact]}`);
  return messageReply(HEADINGS[fact](shown.length), lines, text);
}
