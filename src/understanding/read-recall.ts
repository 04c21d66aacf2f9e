/**
 * A message that refers back to an earlier answer of the conversation, not only the last one:
 * "go back to my first question", "back to the AI list", "the one you showed before the French
 * one", "the Korean case from before", "earlier you mentioned a case about AI — which?", "what
 * were we talking about?". What is left once the words of pointing back are taken out describes
 * which earlier answer is meant ("AI", "Korean"), and is read the way every message is.
 */
export type Recall =
  /** "my first question", "what did you show me first". */
  | { type: 'first' }
  /** "go back two questions": that many answers before the last. */
  | { type: 'back'; steps: number }
  /** "the one before the French one": the answer before the one described. */
  | { type: 'before' }
  /** "back to the AI list", "from before", "earlier you showed …": the answer described, else the one before the last. */
  | { type: 'earlier' }
  /** "what did I ask earlier?", "what were we talking about?": the questions asked so far. */
  | { type: 'asked' };

export interface RecallReading {
  recall: Recall;
  /** The words describing which answer, pointing words taken out ("AI", "korean"); may be empty. */
  described: string;
  /** Only "the AI ones again" says so: when no earlier answer fits, the message is read as it is. */
  weak?: true;
}

const STEPS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  a: 1,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
};

const ASKED =
  /\b(?:what (?:did|have|had) (?:i|we) (?:ask|asked|been asking|search|searched|look at|looked at)(?: about)? (?:earlier|before|so far|today|already|previously)|what (?:were|are|was) (?:we|i) (?:talking about|discussing|looking at|looking for|on about|asking about)|what have we (?:covered|looked at|talked about|discussed)|what did we (?:talk about|discuss|look at|cover))\b/u;
const FIRST =
  /\b(?:(?:my|the|our) (?:very )?first (?:question|search|list|query|answer|ask)|(?:what )?(?:did )?(?:you|u) (?:show|showed|give|gave|send|sent) (?:me |us )?(?:first|at first|at the start|at the beginning)|where (?:we|i) started)\b/u;
const BACK =
  /\b(?:go |going |jump |step )?back (one|two|three|four|five|a|[1-5]) (?:questions?|steps?|answers?|searches|lists?)\b|\b(one|two|three|four|five|a|[1-5]) (?:questions?|answers?|searches|lists?) (?:ago|back|before|earlier)\b/u;
const BEFORE =
  /\b(?:one|ones|list|results?|answer|search|cases?)(?: (?:you|u) (?:showed|gave|sent|listed|had)(?: me| us)?)? (?:before|prior to) (?:the|that|those) /u;
/** "from before", "from earlier" closing what is described: not "from earlier years". */
const FROM_BEFORE =
  /\b(?:from|since) (?:before|earlier|a bit ago|a while ago)(?= *(?:again|pls|please|too|then|thanks|thx)? *$)/u;
/** "earlier" beside someone pointing at what was said or shown. */
const EARLIER = /\b(?:earlier|previously|before|a while ago|at the start)\b/u;
const POINTED =
  /\b(?:(?:you|u) (?:showed|show|mentioned|gave|listed|had|found|sent|brought up|said|pulled up)|there (?:was|were)|we (?:saw|had|looked at|talked about|discussed)|i (?:saw|asked about|asked for|looked at))\b/u;
/** "back to the AI list", "go back to those Korean ones" opening the message. */
const BACK_TO =
  /^(?:(?:hey|hi|ok|okay|so|wait|hmm|um|right|sorry|pls|please|can we|could we|can you|could you|can u|let's|lets|let us|i want to|i'd like to|id like to) )*(?:go |get |come |jump |going )?back to (?:the|my|that|those|these|our) (?!(?:question before|previous question|one before that)\b)/u;
/** "the Korean list again", "those AI ones again": a list described, asked again. */
const DESCRIBED_AGAIN =
  /\b(?:the|that|those) (?:[\p{L}\p{N}-]+ ){1,3}(?:list|lists|one|ones|results|search) again\b/u;

/** Words that only point back or ask which, never what the answer was about. */
const POINTING = new Set(
  (
    "hey hi ok okay so wait hmm um right sorry pls please plz again can could we you u i me us let lets let's " +
    'want like to go get come jump going back the my that those these our a an it was were is there ' +
    'earlier previously before from since while ago at start first question questions search searches list lists ' +
    'query answer answers one ones case cases result results thing things stuff which what showed show mentioned ' +
    'gave give listed had found sent brought up said pulled saw looked look asked ask about on remind again ' +
    "prior then thanks thx id i'd step steps two three four five 1 2 3 4 5 did do have"
  ).split(' '),
);

function normalised(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[’`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()} `;
}

function describedBy(text: string): string {
  return text
    .split(' ')
    .filter((w) => w !== '' && !POINTING.has(w))
    .join(' ');
}

/** The earlier answer a message points back to, if it points back past the last one. */
export function readRecall(text: string): RecallReading | undefined {
  const t = normalised(text);
  const trimmed = t.trim();
  if (ASKED.test(t)) return { recall: { type: 'asked' }, described: '' };
  if (FIRST.test(t)) return { recall: { type: 'first' }, described: describedBy(t.replace(FIRST, ' ')) };
  const back = BACK.exec(t);
  if (back) {
    const steps = STEPS[back[1] ?? back[2] ?? ''] ?? 1;
    return { recall: { type: 'back', steps }, described: '' };
  }
  const before = BEFORE.exec(t);
  if (before)
    return { recall: { type: 'before' }, described: describedBy(t.slice(before.index + before[0].length)) };
  const pointedEarlier = EARLIER.test(t) && POINTED.test(t);
  if (FROM_BEFORE.test(t) || pointedEarlier || BACK_TO.test(trimmed) || DESCRIBED_AGAIN.test(t)) {
    const described = describedBy(t);
    // "the list again" names no list: the last answer again, as "show that again" is.
    const strong = FROM_BEFORE.test(t) || pointedEarlier || BACK_TO.test(trimmed);
    if (described === '' && !strong) return undefined;
    return { recall: { type: 'earlier' }, described, ...(strong ? {} : { weak: true as const }) };
  }
  return undefined;
}
