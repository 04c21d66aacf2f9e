import type { CaseAsk } from './understanding.js';

/** What may sit between a question's auxiliary and its verb: "it", "any of them", "the Ghent project". */
const BETWEEN = '([^.?!,;:]{0,60}?)';
/** The end of the clause the question closes: "did it work?", "did it work, and …". */
const CLOSE = '\\s*(?=[?.!,;]|$)';

/**
 * Questions about what a case achieved or what it takes, which a practitioner asks of the case in
 * focus, of one named or of a list ("did it work?", "was it evaluated?", "how much did it cost?",
 * "who do I contact about it?", "is the Ghent project still running?", "how long did it take to
 * set up?"). Each frame keeps the words between its parts (its group 1): they say which case.
 */
const FRAMES: readonly [CaseAsk, RegExp][] = [
  [
    'results',
    new RegExp(
      `(?<!\\bhow\\s+)\\b(?:did|does|do|has|have|had)\\s+${BETWEEN}\\s*(?<!\\b(?:into|to|at|for|of|in|from|back|with)\\s+)\\b(?:actually\\s+|really\\s+|ever\\s+)?(?:work(?:ed)?(?:\\s+out)?|succeed(?:ed)?|pa(?:y|id)\\s+off)${CLOSE}`,
      'giu',
    ),
  ],
  [
    'results',
    new RegExp(
      `\\bhow\\s+(?:did|has|have|was|were)\\s+${BETWEEN}\\s*\\b(?:go|gone|turn(?:ed)?\\s+out|pan(?:ned)?\\s+out|work(?:ed)?\\s+out)${CLOSE}`,
      'giu',
    ),
  ],
  [
    'results',
    new RegExp(
      `\\b(?:was|were|is|are)\\s+${BETWEEN}\\s*\\b(?:a\\s+success|successful|effective)${CLOSE}`,
      'giu',
    ),
  ],
  [
    'results',
    /\bwhat\s+(?:were|are|was|is)\s+(?:the\s+|its\s+|their\s+)?(?:results?|outcomes?|impacts?)()(?=\s*(?:[?.!,;]|$))/giu,
  ],
  [
    'evaluation',
    new RegExp(
      `\\b(?:was|were|is|are|has|have|had)\\s+${BETWEEN}\\s*\\b(?:been\\s+)?(?:actually\\s+|ever\\s+|independently\\s+|formally\\s+|properly\\s+)?(?:evaluated|assessed)${CLOSE}`,
      'giu',
    ),
  ],
  [
    'cost',
    new RegExp(
      `\\bhow\\s+much\\s+(?:did|does|do|would|will|could|might)\\s+${BETWEEN}\\s*\\bcost(?:\\s+to\\s+(?:run|set\\s+up|build|implement|start|launch))?${CLOSE}`,
      'giu',
    ),
  ],
  ['cost', /\bhow\s+expensive\s+(?:was|is|were|are)\b()/giu],
  ['cost', /\bwhat\s+(?:was|is|were)\s+(?:the|its|their)\s+(?:cost|costs|budget)\b()/giu],
  [
    'contact',
    /\bwho\s+(?:do|can|should|could|would|might)\s+(?:i|we)\s+(?:contact|talk\s+to|speak\s+to|reach\s+out\s+to|get\s+in\s+touch\s+with|ask)(?:\s+about)?\b()/giu,
  ],
  ['contact', /\bwho\s+to\s+(?:contact|talk\s+to|speak\s+to)(?:\s+about)?\b()/giu],
  [
    'running',
    new RegExp(
      `\\b(?:is|are|was|were|does|do)\\s+${BETWEEN}\\s*\\bstill\\s+(?:running|going|active|live|operating|ongoing|in\\s+place|around|happening|open|exist|exists|run|operate)${CLOSE}`,
      'giu',
    ),
  ],
  [
    'set-up',
    new RegExp(
      `\\bhow\\s+long\\s+(?:did|does|would|will|could|might)\\s+${BETWEEN}\\s*\\btake(?:\\s+to\\s+(?:set\\s+up|setup|implement|build|launch|roll\\s+out|deliver|start|get\\s+going))?\\b`,
      'giu',
    ),
  ],
  // What it must take, said as a constraint on the cases: "low budget ideas", "with no budget",
  // "that didn't need a lot of staff", "quick wins", "something we could pilot in 6 months".
  [
    'cost',
    /\b(?:on\s+|with\s+)?(?:a\s+)?(?:very\s+)?(?:low|small|tiny|limited|tight|no|zero|minimal|little|shoestring)[\s-]+(?:budget|money|funding)\b()/giu,
  ],
  ['cost', /\bon\s+a\s+shoestring\b()/giu],
  [
    'cost',
    /\b(?:that|which)\s+(?:didn\s*['’]?\s*t|did\s+not|doesn\s*['’]?\s*t|does\s+not|don\s*['’]?\s*t|do\s+not|wouldn\s*['’]?\s*t|would\s+not)\s+(?:need|require|take|cost)\s+(?:a\s+lot\s+of|lots\s+of|many|much|a\s+big|big|a\s+large|large|huge|extra|additional|new)\s+(?:staff|people|money|resources|budget|funding|team|investment)\b()/giu,
  ],
  ['set-up', /\bquick\s+wins?\b()/giu],
  [
    'set-up',
    /\b(?:in|within|under)\s+(?:the\s+next\s+)?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a\s+few|few|a\s+couple\s+of)\s+(?:months?|weeks?)\b()/giu,
  ],
];

/** Words that point at the cases shown rather than one of them. */
const LIST_POINTERS = /\b(?:they|them|these|those|any|which|all|none|each|every)\b/iu;

/** Blanks with spaces, so the positions of the rest stay as they were. */
function blank(text: string): string {
  return ' '.repeat(text.length);
}

/**
 * The message without the frames of questions about what a case achieved or takes, and what they
 * ask: "did it work?" keeps "it", "is the Ghent project still running?" keeps "the Ghent project".
 * The collection records none of it as such: the answer shows the case and says so.
 */
export function readCaseAsks(text: string): { text: string; asks: CaseAsk[]; ofList: boolean } {
  const asks: CaseAsk[] = [];
  let ofList = false;
  let out = text;
  for (const [ask, frame] of FRAMES)
    out = out.replace(frame, (whole: string, between: string | undefined, offset: number) => {
      if (!asks.includes(ask)) asks.push(ask);
      // "… public spaces. Who else has done this and how did it go?": "it" is what the message
      // said before, not a case shown.
      const pronoun =
        /^\s*(?:it|this|that)\s*$/iu.test(between ?? '') && /\p{L}/u.test(text.slice(0, offset));
      const kept = pronoun ? '' : (between ?? '');
      // "which of these were evaluated?", "did any of them work?", "did they work?": the cases shown.
      if (LIST_POINTERS.test(`${text.slice(Math.max(0, offset - 20), offset)} ${kept}`)) ofList = true;
      if (kept === '') return blank(whole);
      const at = whole.indexOf(kept);
      return blank(whole.slice(0, at)) + kept + blank(whole.slice(at + kept.length));
    });
  return { text: out, asks, ofList };
}
