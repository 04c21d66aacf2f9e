import { formatCommand } from '../intents/format-command.js';
import type { Intent } from '../intents/intent.js';
import type { ReplyContent } from '../replies/reply.js';
import { type ConversationState, MAX_EARLIER, MAX_EARLIER_SHOWN } from './conversation-store.js';

const MAX_SHOWN = 25;
/** Answers after which the digest in focus stays so: "thanks", help. */
const KEEPS_DIGEST = new Set<Intent['type']>(['small-talk', 'help']);

/**
 * What the conversation remembers after a reply: the last list, count or pick (as its command),
 * the cases shown, the case in focus, and what a "yes" would take up. Small talk and help leave
 * the rest as it was.
 */
export function nextState(
  previous: ConversationState | undefined,
  reply: ReplyContent,
  nowMs: number,
): ConversationState {
  // "forget what I asked", "clear my history": nothing kept from before.
  if (reply.intent?.type === 'help' && reply.intent.topic === 'forget') return { at: nowMs, shown: [] };
  const state: ConversationState = { at: nowMs, shown: previous?.shown ?? [] };
  if (previous?.last !== undefined) state.last = previous.last;
  if (previous?.focus !== undefined) state.focus = previous.focus;
  if (previous?.places !== undefined) state.places = previous.places;
  if (previous?.shownFor !== undefined) state.shownFor = previous.shownFor;
  const { intent } = reply;
  // "pause it" after a digest answer is that digest; after an answer about cases, it is a case,
  // and after a digest stopped or several listed, none is.
  if (reply.type === 'digest') {
    if (reply.about !== undefined) state.digest = reply.about;
  } else if (previous?.digest !== undefined && (intent === undefined || KEEPS_DIGEST.has(intent.type)))
    state.digest = previous.digest;
  // A failure answered nothing: the conversation stays where it was.
  if (intent === undefined) return state;
  const lists =
    intent.type === 'search' ||
    intent.type === 'random' ||
    intent.type === 'count' ||
    intent.type === 'similar';
  // An empty answer is still the question asked: "since 2019" after it refines it, and the
  // relaxed alternatives it offered stay a "yes" away.
  if (previous?.before !== undefined) state.before = previous.before;
  if (previous?.earlier !== undefined) state.earlier = previous.earlier;
  if (lists) {
    const asked = formatCommand(intent);
    if (previous?.last !== undefined && previous.last !== asked) {
      state.before = previous.last;
      // The last answer joins the earlier ones (once: asked again, it moves to the end).
      const earlier = (previous.earlier ?? []).filter((e) => e.asked !== previous.last && e.asked !== asked);
      const shown = previous.shownFor === previous.last ? previous.shown.slice(0, MAX_EARLIER_SHOWN) : [];
      earlier.push({ asked: previous.last, shown });
      state.earlier = earlier.slice(-MAX_EARLIER);
    }
    state.last = asked;
  }
  // An answer about two or three places ("France and Korea", a comparison of them) is what
  // "compare them" means; any other answer about cases is not.
  const places = comparedPlaces(intent);
  if (places) state.places = places;
  else if (lists || intent.type === 'show' || intent.type === 'compare') delete state.places;
  // A list is what "the second one" counts in; one case shown on its own is what "it" means.
  if (reply.type === 'case') state.focus = reply.cases[0]?.id ?? state.focus;
  else if (reply.cases.length > 0) {
    state.shown = reply.cases.slice(0, MAX_SHOWN).map((c) => c.id);
    if (lists) state.shownFor = formatCommand(intent);
    if (intent.type === 'compare') state.compared = true;
    const only = reply.cases.length === 1 ? reply.cases[0] : undefined;
    if (only) state.focus = only.id;
    else delete state.focus;
  }
  // Cases like one case are about it: "compare it with …" after them means that case.
  if (intent.type === 'similar' && intent.id !== undefined) state.focus = intent.id;
  const offer =
    (reply.type === 'results' ? reply.nextCommand : undefined) ??
    reply.actions.find((a) => a.type === 'alternative' || a.type === 'relax')?.command;
  if (offer !== undefined) state.offer = offer;
  return state;
}

/** The places an answer was about, when it was about two or three of them. */
function comparedPlaces(intent: Intent): string[] | undefined {
  if (intent.type === 'compare-places') return intent.countries;
  const countries = 'filters' in intent ? intent.filters.countries : undefined;
  return countries && countries.length >= 2 && countries.length <= 3 ? countries : undefined;
}
