/**
 * Nouns that ask what something did rather than name it: "what impact did AI have on health",
 * "what difference did the platform make", "evidence on outcomes of telehealth".
 */
const EFFECT_NOUNS =
  'impacts?|effects?|difference|influence|results?|outcomes?|benefits?|changes?|consequences?|savings?|returns?';

const AUXILIARIES = 'did|does|do|has|have|had|can|could|will|would|might|may';

/** Verbs that say X acted on Y: "how did X affect Y", "how has X changed Y". */
const EFFECT_VERBS =
  '(?:affect|impact|change|improve|help|shape|transform|influence|benefit|reduce|increase|boost|support|use|tackle|address)(?:s|d|ed)?';

/** The light verb closing "what impact did X have (on Y)", "what difference did X make (to Y)". */
const LIGHT_VERBS =
  '(?:have|had|has|make|made|makes|bring|brought|achieve|achieved|deliver|delivered|produce|produced)';

const PREPOSITIONS = '(?:on|for|to|in|at|among|across)';

// "what impact did" … "have on": the frame's head and its close, X between them kept.
const WHAT_FRAME = new RegExp(
  `\\b(?:what|which)\\s+(?:(?:kind|sort|type)s?\\s+of\\s+)?(?:${EFFECT_NOUNS})\\s+(?:${AUXILIARIES})\\b` +
    `([^.?!;]*?)\\b${LIGHT_VERBS}\\b(?:\\s+${PREPOSITIONS}\\b)?`,
  'giu',
);

// "how did" … "affect": X before the verb, what it acted on after it.
const HOW_FRAME = new RegExp(
  `\\bhow\\s+(?:${AUXILIARIES}|is|are|was|were)\\s+(?!(?:i|we|you|u|one|they)\\b)([^.?!;]*?)\\b${EFFECT_VERBS}\\b(?:\\s+${PREPOSITIONS}\\b)?`,
  'giu',
);

// "… to improve citizen participation" after such a frame: the aim is the subject, not its verb.
const TO_EFFECT = new RegExp(`\\bto\\s+${EFFECT_VERBS}\\b`, 'giu');

// "evidence on outcomes of telehealth", "any data on the impact of", "results of":
// what is asked about the subject, not the subject.
const ASKED_ABOUT = new RegExp(
  `\\b(?:(?:any\\s+)?(?:evidence|research|studies|lessons(?:\\s+learn[te]d)?)\\s+(?:on|of|about|for|from|regarding)` +
    `(?:\\s+(?:the\\s+)?(?:${EFFECT_NOUNS}|effectiveness|success|costs?)\\s+(?:on|of|from|for))?` +
    `|(?:the\\s+)?(?:${EFFECT_NOUNS}|effectiveness)\\s+of)(?=\\s)`,
  'giu',
);

// "Keen to hear about outcomes.", "would love to learn what worked": a wish with no subject.
const WISH =
  /(?:^|(?<=[.?!]\s*))\s*(?:(?:i'?m|i am|we'?re|we are|would be)\s+)?(?:keen|happy|interested|glad|eager|grateful)\s+to\s+(?:hear|learn|know|see|read)\s+(?:more\s+)?(?:about\s+)?(?:the\s+|any\s+)?(?:outcomes?|results?|impacts?|evidence|lessons(?:\s+learn[te]d)?|what\s+worked)\s*[.!]?\s*$/iu;

// "what programmes have been run for youth mental health": how the cases came about, asked in
// the passive, is no word of what they are about.
const DONE =
  /\b(?:have|has|had|were|was)\s+(?:been\s+)?(?:run|done|implemented|launched|introduced|rolled\s+out|carried\s+out|delivered|put\s+in\s+place|piloted|set\s+up|undertaken|deployed|applied)(?:\s+(?:for|to|in|on|with|by|across))?\b/giu;

const PLACE_NOUNS =
  '(?:council|city|town|municipality|county|region|province|state|authority|department|team|ministry|agency|office|service|organi[sz]ation|hospital|administration)';

/**
 * How a practitioner frames a problem and asks who solved it, around what the problem is: "our
 * council struggles to …", "we're struggling with …", "has anyone cracked this?", "has anyone
 * found a way to …", "who else has done this", "anything we could copy", "that a city hall could
 * pilot". The problem is the subject; the frame is no word of it.
 */
const PROBLEM_FRAMES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:our|my|the)\\s+${PLACE_NOUNS}\\s+(?:really\\s+)?(?:struggles?|is\\s+struggling|has\\s+been\\s+struggling|keeps\\s+struggling|has\\s+(?:a\\s+)?(?:hard\\s+time|trouble|problems?|difficulty|difficulties))\\s+(?:with|to|in|getting)\\b`,
    'giu',
  ),
  /\b(?:we|i)(?:\s*['’]?\s*re|\s+are|\s+am|\s*['’]?\s*m)?\s+(?:really\s+)?(?:struggle|struggling|have\s+been\s+struggling|keep\s+struggling|have\s+(?:a\s+)?(?:hard\s+time|trouble|problems?|difficulty))\s+(?:with|to|in|getting)\b/giu,
  /\b(?:cracked|solved|fixed|figured\s+out|sorted\s+out|tackled|nailed|managed)\s+(?:this|that|it)\b/giu,
  /\bwho\s+else\s+(?:has|have|had)\s+(?:done|tried|solved|tackled|cracked|faced|had|dealt\s+with)\s+(?:this|that|it|something\s+(?:similar|like\s+(?:this|that|it)))\b/giu,
  /\b(?:has|have|did)\s+(?:any(?:one|body)|someone|somebody|any\s+other\s+\w+|other\s+\w+)\s+found\s+(?:a|any)\s+(?:good\s+)?(?:way|fix|solution|answer)\s+(?:to|for)\b/giu,
  /\b(?:that\s+|which\s+)?(?:we|i|you)?\s*(?:could|can|might|would\s+be\s+able\s+to)\s+(?:realistically\s+|easily\s+|actually\s+|quickly\s+|feasibly\s+)?(?:copy|pilot|adapt|replicate|reuse|borrow|steal|adopt|learn\s+from|try\s+out)\b/giu,
];

/** Blanks with spaces, so the positions of the rest stay as they were. */
function blank(text: string): string {
  return ' '.repeat(text.length);
}

/**
 * The message without the question's scaffolding around its subject: "what impact did AI have
 * on health" asks about AI and health, "how did Korea use digital tools to improve citizen
 * participation" about Korea, digital tools and citizen participation, "evidence on outcomes of
 * telehealth" about telehealth. What a person asks of the cases (their impact, evidence, cost)
 * is what they read in them, not words every relevant case would contain.
 */
export function dropScaffolding(text: string): string {
  let framed = false;
  const frame = (whole: string, inner: string): string => {
    framed = true;
    const at = whole.indexOf(inner);
    return blank(whole.slice(0, at)) + inner + blank(whole.slice(at + inner.length));
  };
  let out = text;
  for (const problem of PROBLEM_FRAMES) out = out.replace(problem, blank);
  out = out.replace(WHAT_FRAME, frame).replace(HOW_FRAME, frame);
  if (framed) out = out.replace(TO_EFFECT, blank);
  return out.replace(ASKED_ABOUT, blank).replace(DONE, blank).replace(WISH, blank);
}
