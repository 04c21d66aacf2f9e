import type { BotDeps } from '../intents/bot-deps.js';
import { describeRequest } from '../intents/describe-request.js';
import type { Filters, Intent } from '../intents/intent.js';
import type { Recall } from '../understanding/read-recall.js';
import type { Understanding } from '../understanding/understanding.js';
import { type ConversationState, type EarlierAnswer, MAX_EARLIER } from './conversation-store.js';

/** An earlier answer recalled, said so, and any other earlier answer that fits offered. */
export interface Recalled {
  intent: Intent;
  notes: string[];
  alternatives: { label: string; intent: Intent }[];
}

interface RecallContext {
  state?: ConversationState;
  deps?: BotDeps;
  read: (command: string) => Intent;
}

/** The answers of the conversation so far, oldest first, the last one at the end. */
function answersOf(state: ConversationState | undefined): EarlierAnswer[] {
  if (state?.last === undefined) return [];
  return [...(state.earlier ?? []), { asked: state.last, shown: state.shown }];
}

/** An answer in words, as its heading says it. */
export function labelOf(intent: Intent): string {
  switch (intent.type) {
    case 'search':
      return describeRequest(intent.query, intent.filters, intent.sort);
    case 'random':
      return `A random pick of ${describeRequest(intent.query, intent.filters).toLowerCase()}`;
    case 'count':
      return `How many ${describeRequest('', intent.filters).toLowerCase()}${intent.by ? ` by ${intent.by}` : ''}`;
    case 'similar':
      return 'Cases like one case';
    default:
      return 'An earlier answer';
  }
}

/** When an answer was asked, counted back from the last one. */
function whenAsked(position: number, total: number): string {
  const back = total - 1 - position;
  if (position === 0)
    return total >= MAX_EARLIER + 1 ? 'the first question I still remember' : 'your first question';
  if (back === 0) return 'your last question';
  return back === 1 ? 'the question before the last' : `${back} questions before the last`;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
}

/**
 * How an earlier answer is the one described: `asked` when what it asked names it all, `shown`
 * when one of the cases it showed does (that case's id); `undefined` when it is not.
 */
type Fit = { by: 'asked' } | { by: 'shown'; id: string };

function fits(
  described: Understanding,
  intent: Intent,
  shown: readonly string[],
  deps?: BotDeps,
): Fit | undefined {
  const filters = 'filters' in intent ? intent.filters : {};
  if (holds(described, filters, 'query' in intent ? intent.query : '')) return { by: 'asked' };
  for (const id of shown) {
    const c = deps?.byId.get(id);
    if (c && holds(described, { topics: { labels: c.tags }, countries: c.countries }, c.title))
      return { by: 'shown', id };
  }
  return undefined;
}

/** Whether filters and words hold all the description names. */
function holds(described: Understanding, filters: Filters, text: string): boolean {
  const want = described.filters;
  if (want.topic && filters.topic !== want.topic && !(filters.topics?.labels ?? []).includes(want.topic))
    return false;
  if (want.countries?.length && !want.countries.some((c) => filters.countries?.includes(c))) return false;
  if (want.region && filters.region !== want.region) return false;
  if (want.level && filters.level !== want.level) return false;
  if (want.years && JSON.stringify(want.years) !== JSON.stringify(filters.years)) return false;
  const subject = words(described.subject);
  if (subject.length === 0) return true;
  const said = new Set([
    ...words(text),
    ...words(filters.topic ?? ''),
    ...(filters.topics?.labels ?? []).flatMap(words),
  ]);
  return subject.every((w) => said.has(w));
}

function describesNothing(described: Understanding): boolean {
  return described.subject === '' && Object.keys(described.filters).length === 0;
}

function recalled(
  answers: readonly EarlierAnswer[],
  at: number,
  ctx: RecallContext,
  other?: number,
  fit?: Fit,
): Recalled {
  const answer = answers[at] as EarlierAnswer;
  const asked = ctx.read(answer.asked);
  // A case of a list described by what it is ("the Korean case" among the AI ones): that case.
  const intent: Intent = fit?.by === 'shown' ? { type: 'show', id: fit.id } : asked;
  const from = `${fit?.by === 'shown' ? 'A case shown in' : 'From'} earlier in this conversation`;
  const notes = [`${from} (${whenAsked(at, answers.length)}): ${labelOf(asked)}.`];
  const alternatives: Recalled['alternatives'] = [];
  if (other !== undefined) {
    const otherIntent = ctx.read((answers[other] as EarlierAnswer).asked);
    notes.push(
      `${labelOf(otherIntent)} (${whenAsked(other, answers.length)}) fits too: it is a button below.`,
    );
    alternatives.push({ label: labelOf(otherIntent), intent: otherIntent });
  }
  return { intent, notes, alternatives };
}

function nothingEarlier(text: string, note: string): Recalled {
  return { intent: { type: 'follow-up', asked: text }, notes: [note], alternatives: [] };
}

/**
 * The earlier answer a message points back to ("back to the AI list", "my first question", "the
 * one before the French one"), within what the conversation keeps. `undefined` when the words
 * describing it fit no earlier answer: the message is then read as it would be without them.
 */
export function recallEarlier(
  recall: Recall,
  described: Understanding,
  text: string,
  ctx: RecallContext,
): Recalled | undefined {
  const answers = answersOf(ctx.state);
  const last = answers.length - 1;
  // Nothing earlier, but described ("back to the AI list"): what it describes, read as new.
  if (answers.length === 0 && recall.type === 'earlier' && !describesNothing(described)) return undefined;
  if (answers.length === 0)
    return nothingEarlier(
      text,
      'Nothing was asked earlier in this conversation (or it was more than 30 minutes ago).',
    );
  // Newest first, those whose question names what is described before those that only showed it.
  const fitting = (from: number) => {
    const found: { at: number; fit: Fit }[] = [];
    for (let i = from; i >= 0; i--) {
      const answer = answers[i] as EarlierAnswer;
      const fit = fits(described, ctx.read(answer.asked), answer.shown, ctx.deps);
      if (fit) found.push({ at: i, fit });
    }
    return [...found.filter((f) => f.fit.by === 'asked'), ...found.filter((f) => f.fit.by === 'shown')];
  };
  switch (recall.type) {
    case 'asked': {
      const asked = answers.map((a, i) => `${i + 1}. ${labelOf(ctx.read(a.asked))}`);
      const again = recalled(answers, last, ctx);
      const earlier = answers.slice(Math.max(0, last - 3), last).map((a) => {
        const intent = ctx.read(a.asked);
        return { label: labelOf(intent), intent };
      });
      return {
        intent: again.intent,
        notes: [
          `So far you asked: ${asked.join('; ')}. Here is the last answer again; the earlier ones are buttons below.`,
        ],
        alternatives: earlier.reverse(),
      };
    }
    case 'first':
      return recalled(answers, 0, ctx);
    case 'back': {
      const at = last - recall.steps;
      if (at < 0) return recalled(answers, 0, ctx);
      return recalled(answers, at, ctx);
    }
    case 'before': {
      const described0 = describesNothing(described) ? last : fitting(last)[0]?.at;
      if (described0 === undefined) return undefined;
      if (described0 === 0)
        return {
          ...recalled(answers, 0, ctx),
          notes: ['Nothing was asked before that one: here it is again.'],
        };
      return recalled(answers, described0 - 1, ctx);
    }
    case 'earlier': {
      if (describesNothing(described)) {
        if (last === 0)
          return {
            ...recalled(answers, 0, ctx),
            notes: ['Here is your last list again: nothing was asked before it in this conversation.'],
          };
        return recalled(answers, last - 1, ctx);
      }
      // "back to the AI list" means one before the last, when one fits; else the last.
      const found = fitting(last);
      const ordered = [...found.filter((f) => f.at !== last), ...found.filter((f) => f.at === last)];
      const [first] = ordered;
      if (first === undefined) return undefined;
      // Another answer fits as well when it fits the same way: one that only showed such a case does not rival one that asked for it.
      const second = ordered.find((f) => f !== first && f.fit.by === first.fit.by);
      return recalled(answers, first.at, ctx, second?.at, first.fit);
    }
    default: {
      const never: never = recall;
      return never;
    }
  }
}
