/** A sentence about the person asking: it opens with "I", "we", "my" or "our" (after a greeting). */
const ABOUT_ME =
  /^(?:(?:hi|hello|hey|ok|okay|so|well|btw|morning|good morning|good afternoon|good evening)(?:\s+(?:all|everyone|everybody|team|folks|colleagues|there|casebot))?\b[\s,!.]*)?(?:i|i'm|i’m|im|i am|i've|i’ve|we|we're|we’re|we are|we've|we’ve|our|my)\b/iu;

/**
 * Words that make a sentence a request even when it is about the person: "I need …", "we want
 * …", a question asking what to do ("what are good practices for …", "how can we …"), or what they are working on ("we're exploring how to use AI in permits"), which is what
 * they want cases about.
 */
const ASKS =
  /\?|\b(?:need|needs|want|wants|wanna|looking|look|find|show|give|search|searching|interested|curious|wondering|know|have you|got|any|anything|something|examples?|cases?|initiatives?|ideas?|inspiration|recommend|exploring|explore|trying|planning|considering|thinking about|working on|focusing on|focused on|concentrating on|dealing with|developing|designing|scoping|piloting|testing|how to)\b|\b(?:what\s+(?:are|is|should|can|could|would|works)|how\s+(?:can|do|should|could|would|might|best)|where\s+(?:do|should|can)\s+(?:i|we)\s+(?:start|begin)|advice|tips|pointers|best\s+(?:way|approach)|good\s+practices?|lessons\s+learn[te]d)\b/iu;

/**
 * The message without what only says who is asking and why: sentences about the person ("I work
 * at a ministry of finance.", "We are a small city in Spain.") when another sentence asks the
 * question, and "for my …"/"for our …" clauses ("for my presentation tomorrow"). That is
 * context, not a search or a filter. Blanked with spaces, so the positions of the rest stay as
 * they were.
 */
export function dropContext(text: string, keepDoing = false): string {
  const pointed = readPointedBack(text);
  if (pointed !== undefined) return pointed;
  // Most messages say nothing of the person: the patterns about them are not tried on those.
  const introduced = text.replace(INTRO, (intro) => ' '.repeat(intro.length));
  const personal = PERSONAL.test(introduced)
    ? dropLeadIns(dropAboutMeClauses(dropAboutMe(introduced, keepDoing)))
    : introduced;
  return dropUse(dropWhy(personal))
    .replace(SITUATION, (clause) => ' '.repeat(clause.length))
    .replace(SALUTATION, (opening) => ' '.repeat(opening.length))
    .replace(APOLOGY, (opening) => ' '.repeat(opening.length))
    .replace(PAUSE, (opening) => ' '.repeat(opening.length));
}

/**
 * The asker's situation after the question: "… if our department has basically nothing
 * published", "… given we have no budget", "… as we're a small team". Context, not the subject.
 */
const SITUATION =
  /(?<=\p{L}\s+)(?<!\bwhat\s+)(?:if|given(?:\s+that)?|as|because)\s+(?:our|my|we|i)(?:\s*['’]\s*(?:re|ve|m|d))?\s[^,.;:!?—–]*/giu;

/** "wait,", "oh wait —", "hang on,": a pause opening the message before what it asks. */
const PAUSE =
  /^\s*(?:oh\s+)?(?:wait|hang\s+on|hold\s+on)(?:\s+a\s+(?:sec|second|moment|min|minute))?\s*[,.!—–-]+\s*(?=\S)/iu;

/**
 * A word every pattern about the person needs: "I", "we", "my", "our", "as a …", or the work they
 * do, said as chat says it without "I'm" ("writing an article about …").
 */
const PERSONAL =
  /\b(?:i|im|we|my|our|as)\b|^\W*(?:preparing|writing|drafting|putting together|working on|doing|making|planning)\s/iu;

/**
 * "I meant", "what I meant was", and how chat marks a correction ("oops typo: education",
 * "correction: Austria", "actually make it 2020", "make that Chile", opening the message or a sentence): what follows says what was
 * meant, what comes before is taken back.
 */
const CORRECTION =
  /\b(?:i|we)\s+(?:meant|mean|wanted|was\s+(?:asking|looking)\s+(?:about|for))(?:\s+to\s+say)?\b|\bwhat\s+(?:i|we)\s+meant\s+(?:was|is)\b|\b(?:typo|correction|corrected|should\s+(?:have\s+)?(?:said|read|be)|scratch\s+that|scrap\s+that)\s*[:,.;—–-]|(?:^|[,.;!?]\s*)(?:(?:actually|no|nah|nope|sorry|oops|ok|okay|wait|hmm|um|err)[\s,!]+)*make\s+(?:it|that)\b(?=\s+[\p{L}\p{N}])/giu;

/** "…, sorry", "… my bad": an apology closing a correction, no word of what was meant. */
const CLOSING_APOLOGY = /[\s,.;!-]+(?:sorry|soz|apologies|my\s+bad|oops)[\s.!]*$/iu;

/** ", not telehealth", "instead of Japan", "rather than 2020": to the end of its clause. */
const INSTEAD = /[\s,]+(?:not|instead of|rather than)\s+[^,.;!?]+/iu;

/**
 * A message that corrects itself ("oops I meant before 2020", "nah not AI, I meant blockchain")
 * without what it takes back, up to the last "I meant": read alone, it is the question meant. Not
 * when nothing follows ("that's not what I meant" is a complaint).
 */
export function dropCorrected(text: string): string {
  const marks = [...text.matchAll(CORRECTION)];
  const last = marks.at(-1);
  if (!last || last.index === undefined) return text;
  const after = last.index + last[0].length;
  const typed = text.slice(after);
  const apology = CLOSING_APOLOGY.exec(typed);
  const meant = apology ? typed.slice(0, apology.index) + ' '.repeat(apology[0].length) : typed;
  if (!/[\p{L}\p{N}]/u.test(meant)) return text;
  // "I meant telerehab not telehealth": what it is meant instead of is taken back too.
  const instead = INSTEAD.exec(meant);
  // "I meant health not education, from korea": what comes after the clause still counts.
  const taken = instead && /[\p{L}\p{N}]/u.test(meant.slice(0, instead.index)) ? instead[0].length : 0;
  const at = instead?.index ?? meant.length;
  return ' '.repeat(after) + meant.slice(0, at) + ' '.repeat(taken) + meant.slice(at + taken);
}

/**
 * Who is asking, in a clause ahead of the question as many write it, with a comma for a full
 * stop: "im from the ministry of health in vietnam, we want to learn …".
 */
function dropAboutMeClauses(text: string): string {
  return text.replace(/[^.!?;]+/gu, (sentence) => {
    // "I'm a masters student - what are …": a spaced dash ends who is asking as a comma does.
    const clauses = sentence.replace(/\s[-–—]\s/gu, ' , ').split(',');
    let k = 0;
    let who = false;
    // "Hello, I am from ministry in Korea, we want …": a greeting of its own before who is asking.
    while (k < clauses.length - 1 && !ASKS.test(clauses[k]!)) {
      const clause = clauses[k]!.trim();
      if (WHO_I_AM.test(clause)) who = true;
      else if (who || !GREETING_ONLY.test(clause)) break;
      k += 1;
    }
    if (!who || !clauses.slice(k).some((c) => ASKS.test(c))) return sentence;
    // "we're building a chatbot, any examples?": what they build is all the subject there is.
    if (clauses.slice(0, k).some((c) => BUILDING_AT.test(c)) && !ASKS_ABOUT.test(clauses.slice(k).join(',')))
      return sentence;
    // "im a student writing my thesis on digital democracy, what would you recommend?": the question
    // names no subject, so what the piece of work is on is the subject.
    const asker = clauses.slice(0, k).join(',');
    const piece = PIECE_ON.exec(asker);
    if (piece && !ASKS_ABOUT.test(clauses.slice(k).join(','))) {
      const kept = piece.index + piece[0].length;
      return ' '.repeat(kept) + sentence.slice(kept);
    }
    const blanked = asker.length + 1;
    return ' '.repeat(blanked) + sentence.slice(blanked);
  });
}

/** A greeting, and who it greets ("good morning all,", "hi team"), before the sentence proper. */
const OPENER = String.raw`(?:(?:hi|hello|hey|ok|okay|so|well|btw|morning|good morning|good afternoon|good evening)(?:\s+(?:all|everyone|everybody|team|folks|colleagues|there|casebot))?\b[\s,!.]*)?`;
/** A clause that only greets: "Hello", "hi team". */
const GREETING_ONLY = new RegExp(`^${OPENER}$`, 'iu');
/** What the asker makes ("we're building a tool for city councils"): context when a question with a subject follows. */
const BUILDING = String.raw`(?:i|we)(?:'m|’m|m|'re|’re|\s+am|\s+are)\s+(?:building|making|creating|running|setting\s+up)\s+(?:an?|the|our|my)`;
/** A clause that says who or where the asker is: "im from the ministry of health", "we are a city". */
const WHO_I_AM = new RegExp(
  String.raw`^${OPENER}(?:(?:i|we)(?:'m|’m|m|'re|’re|\s+am|\s+are)?\s+(?:from|at|in|with|an?|the)|(?:i|we)\s+work|${BUILDING})\b`,
  'iu',
);

const BUILDING_AT = new RegExp(BUILDING, 'iu');
/** A question that names what it is about: "any examples of digital democracy platforms?". */
const ASKS_ABOUT = /\b(?:of|on|about|around|for|with|in|from)\s+[\p{L}\p{N}]/iu;

const I_AM = String.raw`(?:i|we)(?:'m|’m|m|'re|’re|\s+am|\s+are)?\s+`;
/**
 * A closing question that asks who else did what the message said it does: "Who else has done
 * this?", "has anyone tried something similar?", "other governments doing the same?".
 */
const POINTS_BACK =
  /(?:[.!?;,—–]|\s-)\s*((?:[\p{L}'’]+\s+){0,8}?(?:who\s+else|any(?:one|body|thing)(?:\s+else)?|other\s+(?:governments?|countries|cities|municipalities|administrations|agencies|places)|examples?\s+(?:from|of)\s+others?)\b[^.!?;,—–]*?\b(?:this|that|it|the\s+same|something\s+similar|something\s+like\s+(?:this|that|it)|similar)\s*[?.!]*\s*)$/iu;

/** What the asker says they are doing, up to its object: "We're redesigning our …". */
const DOING = new RegExp(
  String.raw`^\s*${OPENER}(?:${I_AM}|(?:our|my)\s+[\p{L}-]+\s+(?:is|are)\s+)(?:currently\s+|now\s+|about\s+to\s+|planning\s+to\s+|trying\s+to\s+)?[\p{L}]+(?:ing)?\s+(?:(?:our|my|the|a|an|its|their)\s+)?`,
  'iu',
);

/**
 * "We're redesigning our building permit process. Who else has done this?": the question points
 * back at what the asker does, so that is what to find (the building permit process), not a case
 * in focus; the question itself and how the asker said it are blanked. Undefined when the message
 * is not so made.
 */
function readPointedBack(text: string): string | undefined {
  const question = POINTS_BACK.exec(text);
  if (!question?.[1]) return undefined;
  const asked = text.length - question[1].length;
  const before = text.slice(0, asked);
  const doing = DOING.exec(before);
  if (!doing) return undefined;
  const what = before.slice(doing[0].length);
  if (!/\p{L}/u.test(what)) return undefined;
  return ' '.repeat(doing[0].length) + what + ' '.repeat(text.length - asked);
}

/**
 * What a person who said who they are goes on to work on ("a regional government in Italy working
 * on digital identity"): what follows is the subject, their place and level are not filters.
 */
const ON_WHAT = String.raw`(?:working|focusing|focused|concentrating)\s+on|working\s+in\s+the\s+(?:field|area)\s+of|dealing\s+with`;
/** Whom the piece is for, between it and what it is about: "a briefing note for our Director on …". */
const FOR_WHOM = String.raw`(?:\s+for\s+(?:my|our|the|a|an)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?(?=\s+(?:on|about|around|covering)\s))?`;
const WORK = `(?:preparing|writing|drafting|putting together|working on|doing|making|planning|organi[sz]ing|scoping|designing|developing|leading|reviewing|launching)`;
const PIECE = `(?:presentation|report|paper|brief|briefing|memo|note|talk|study|review|deck|slides|proposal|speech|article|thesis|workshop|session|strategy|plan|project|programme|program)`;

/**
 * How a sentence opens when it says who asks before what they ask, blanked up to the ask: the
 * work they do it for ("I'm preparing a presentation on …", what follows is the subject), who they
 * are ("we are a small municipality in Spain looking for …": their place is not where the cases
 * must come from), who else wants it ("my minister wants examples of …"). Each pattern has words it
 * cannot match without: it is tried (at every position, behind a greeting) only on a text that
 * has them.
 */
/** A piece of work and what it is on, inside a clause about the asker: "writing my thesis on …". */
const PIECE_ON = new RegExp(String.raw`\b${PIECE}\s+(?:on|about|around|covering)\s+`, 'iu');

const LEAD_INS: readonly { pattern: RegExp; needs: RegExp }[] = [
  {
    pattern: new RegExp(
      // "I'm preparing a presentation on …", or as chat says it, "writing an article about …".
      String.raw`(?<=(?:^|[.!?;]\s*)${OPENER})(?:${I_AM})?${WORK}\s+(?:(?:an?|the|some|my|our)\s+)?(?:[\p{L}-]+\s+){0,3}?${PIECE}${FOR_WHOM}\s+(?:on|about|around|covering|for)\b`,
      'giu',
    ),
    needs: new RegExp(WORK, 'iu'),
  },
  {
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.!?;]\s*)${OPENER})${I_AM}(?:(?:with|from|at|in)\s+)?(?:an?|the)\s+[^,.;!?]{1,60}?(?:(?=\s(?:looking|searching|hoping|trying|interested|keen|wanting)\b)|\s+(?:(?:who|that)\s+(?:is|are)\s+|and\s+(?:we|i)(?:'re|’re|\s+are|\s+am|'m|’m)\s+)?${ON_WHAT}\b)`,
      'giu',
    ),
    needs: new RegExp(
      String.raw`\s(?:looking|searching|hoping|trying|interested|keen|wanting)\b|${ON_WHAT}`,
      'iu',
    ),
  },
  {
    pattern: new RegExp(String.raw`(?<=(?:^|[.!?;]\s*)${OPENER})as\s+(?:an?|the)\s+[^,.;!?]{1,60},`, 'giu'),
    needs: /as\s+(?:an?|the)\s+/iu,
  },
  // "I am working in the ministry of education of Chile and we search for …": where they work,
  // up to the "and" that goes on to what they ask.
  {
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.!?;,]\s*)${OPENER})${I_AM}(?:from|at|in|with|based\s+in|work(?:ing)?\s+(?:in|at|for|with|as))\s+[^,.;!?]{1,80}?\s+and\s+(?=(?:we|i|i'm|i’m|im|our)\b)`,
      'giu',
    ),
    needs: /\s+and\s+(?:we|i|i'm|i’m|im|our)\b/iu,
  },
  {
    pattern: new RegExp(
      String.raw`(?<=(?:^|[.!?;,]\s*)${OPENER})(?:my|our)\s+(?:[\p{L}-]+\s+){1,2}?(?:wants?|needs?|asked(?:\s+me)?(?:\s+for)?|asks(?:\s+me)?(?:\s+for)?|is\s+asking(?:\s+for)?|would\s+like|is\s+looking\s+for|requested|is\s+interested\s+in)\b`,
      'giu',
    ),
    needs: /(?:my|our)\s+/iu,
  },
];

/**
 * "civic tech volunteer here 🙋", "phd student here,", "long time lurker here —": how chat
 * introduces the person asking, before the question. Not when it asks ("anything new here?").
 */
const INTRO = new RegExp(
  String.raw`^${OPENER}(?!(?:anything|any|something|nothing|everything|what|whats|which|how|who|where|when|why|is|are|do|does|can|could|new|more|cases?|list|show)\b)(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+here\b(?:\s*[^\p{L}\p{N}\s,.;:!?—–]+\s*|[^\p{L}\p{N},.;:!?—–]*(?=[,.;:!?—–]|$|(?:and\s+)?(?:i|we|im|i'm|i’m|we're|we’re|any|anyone|anything|smth|something|does|do|is|are|got|what|need|looking|can|could)\b))`,
  'iu',
);

/** A sentence about the work the asker does on a subject ("I'm drafting a paper on X."): X is the subject. */
const WORK_ON = new RegExp(
  String.raw`^${OPENER}${I_AM}${WORK}\s+(?:(?:an?|the|some|my|our)\s+)?(?:[\p{L}-]+\s+){0,3}?${PIECE}${FOR_WHOM}\s+(?:on|about|around|covering)\b`,
  'iu',
);

function dropLeadIns(text: string): string {
  let out = text;
  for (const { pattern, needs } of LEAD_INS)
    if (needs.test(out)) out = out.replace(pattern, (lead) => ' '.repeat(lead.length));
  return out;
}

/**
 * "… for my presentation tomorrow", "… for our team": why someone asks, to the end of the clause
 * or to what it is about ("a briefing note for our Director on public employment": the subject).
 */
const FOR_MY =
  /\bfor (?:my|our)\b(?:(?!\s(?:on|about|regarding)\s(?!(?:the\s+)?(?:\p{L}+day|tomorrow|tmrw|today|tonight|the\s+weekend|next|this|\d)\b))[^,.;:!?—–])*/giu;
/**
 * "… for a briefing tomorrow", "… for the board meeting": the piece of work someone asks for, to
 * the end of the clause (what it is about is asked before it). Only words that qualify such a
 * piece may stand before it (or whose it is: "the minister's"): "for the climate report" keeps its
 * subject.
 */
const FOR_A_PIECE =
  /\bfor (?:an?|the|this|that|tomorrow's|next week's) (?:(?:board|team|staff|weekly|monthly|upcoming|internal|quick|short|next|steering|management|council|ministerial|side|opening|closing|press|cabinet|briefing|uni|university|school|college|class|course|[\p{L}]+['’]s)\s+){0,2}(?:presentation|briefing|brief|memo|talk|deck|slides|speech|keynote|remarks|visit|trip|mission|panel|roundtable|workshop|session|meeting|conference|event|pitch|hearing|report|note|assignment|homework|essay|coursework|seminar|exam|thesis|dissertation|(?:school|class|uni|university|college|course|student|group) project)\b[^,.;:!?—–]*/giu;
/** "… for tomorrow", "… by next week": when someone needs it, not what. */
const WHEN_NEEDED =
  /\b(?:for|by|before|due) (?:tomorrow|tmrw|tmr|tonight|today|later today|next week|this week|this afternoon|this morning|monday|tuesday|wednesday|thursday|friday|the weekend)\b/giu;

/** When it comes: "next week", "tomorrow", "on Friday", as it may follow the piece of work. */
const WHEN = /^(?:\s+(?:next week|this week|tomorrow|tmrw|today|tonight|on \p{L}+day|next \p{L}+day))?/iu;

/**
 * A "for a briefing …" that opens its clause is followed by the question ("for a ministerial
 * briefing next week I need examples of …"): only the piece and when it is due are context. One
 * after the question ("… cases on climate for the board meeting tomorrow") runs to the clause's end.
 */
function blankPiece(piece: string, at: number, text: string): string {
  const clause = text.slice(0, at).replace(/^[\s\S]*[,.;:!?—–]/u, '');
  const noun =
    /\b(?:presentation|briefing|brief|memo|talk|deck|slides|speech|keynote|remarks|visit|trip|mission|panel|roundtable|workshop|session|meeting|conference|event|pitch|hearing|report|note|assignment|homework|essay|coursework|thesis|dissertation|project)\b/iu.exec(
      piece,
    );
  // "for the DG's speech on trust in government": what the piece is about is what to find.
  const about = noun ? ABOUT_AFTER.exec(piece.slice(noun.index + noun[0].length)) : null;
  if (noun && about) {
    const end = noun.index + noun[0].length + about.index;
    return ' '.repeat(end) + piece.slice(end);
  }
  if (clause.trim() !== '' || !noun) return ' '.repeat(piece.length);
  let end = noun.index + noun[0].length;
  end += WHEN.exec(piece.slice(end))?.[0].length ?? 0;
  return ' '.repeat(end) + piece.slice(end);
}

/** What a piece of work is about, right after it: "speech on …", "briefing about …". */
const ABOUT_AFTER =
  /^\s+(?=(?:on|about|around|regarding)\s(?!(?:the\s+)?(?:\p{L}+day|tomorrow|tmrw|today|tonight|the\s+weekend|next|this|\d)\b))/iu;

/**
 * Who will use the cases and how, after the question: "… the DG can cite", "… should the SG quote", "… to cite", "… that I
 * could mention in a keynote", "… I can drop into talking points". Context, not what to find.
 */
const USE_CLAUSE =
  /(?:\s+(?:that|which))?(?:\s+(?:i|we|you|he|she|they|(?:the|my|our)\s+[\p{L}'’]+))?\s+(?:can|could|might|may|would|will|should|must|to)\s+(?:cite|quote|mention|reference|drop|showcase|name-?check)\b[^,.;:!?—–]*|\s+(?:can|could|might|may|would|should)\s+(?:i|we|you|he|she|they|(?:the|my|our)\s+[\p{L}'’]+)\s+(?:cite|quote|mention|reference|drop|showcase)\b[^,.;:!?—–]*/giu;

/**
 * "Apologies if this has been asked before -", "Sorry to bother you,": an apology opening the
 * message, to its clause's end, before what it asks.
 */
const APOLOGY =
  /^\s*(?:(?:hi|hello|hey|morning|good morning)\b[^,.;:!?—–]{0,20}[,!.]?\s*)?(?:apologies|sorry|forgive me|excuse me|pardon me)\s+(?:if|for|to|in advance|again|but)\b[^,.;:!?—–]*?(?:\s+-+\s+|\s*[,.;:!?—–]\s*)(?=\S)/iu;

/** "Dear colleagues,", "Dear all:": how a letter opens, before what it asks. */
const SALUTATION = /^\s*dear\s+[^,.;:!?]{1,40}[,;:!]/iu;

/** A word each of the patterns of why and when someone asks begins with. */
const WHY_NEEDS = /\b(?:for|by|before) /iu;

function dropWhy(text: string): string {
  if (!WHY_NEEDS.test(text)) return text;
  const blank = (clause: string) => ' '.repeat(clause.length);
  return text
    .replace(FOR_MY, blank)
    .replace(FOR_A_PIECE, (piece, at: number, whole: string) => blankPiece(piece, at, whole))
    .replace(WHEN_NEEDED, blank);
}

/** Blanks who will use the cases and how ("… the DG can cite"). */
function dropUse(text: string): string {
  return text.replace(USE_CLAUSE, (clause) => ' '.repeat(clause.length));
}

/** A verb of what is being done now: "we're redesigning", "our ministry is reforming". */
const DOING_NOW = /\b(?:is|are|am|['’](?:re|m))\s+(?:(?:now|currently|just|already)\s+)?\p{L}{3,}ing\b/iu;

/** What the asker is doing, up to its object, when the sentence says so: "We're redesigning our ". */
function doingNow(sentence: string): RegExpExecArray | null {
  return DOING_NOW.test(sentence) ? DOING.exec(sentence) : null;
}

/** Whether a sentence says what the asker is doing ("we're redesigning benefits"). */
export function saysWhatDoing(text: string): boolean {
  return text.split(/[.!?;—–]/u).some((sentence) => doingNow(sentence) !== null);
}

/**
 * `keepDoing`: of a sentence saying what the asker is doing, what they do it to stays, as what the
 * question is about ("we're redesigning benefits. examples?": benefits).
 */
function dropAboutMe(text: string, keepDoing: boolean): string {
  // A spaced dash ends a sentence as a full stop does: "We're preparing the OGP plan — any …?"
  const sentences = [...text.matchAll(/(?:[^.!?;—–]|(?<=\S)[—–-](?=\S))+[.!?;—–]*/gu)];
  if (sentences.length < 2) return text;
  // "I'm drafting a paper on X. What do you have from Japan?": the first sentence says what about.
  const context = sentences.filter(
    (s) => ABOUT_ME.test(s[0].trim()) && !ASKS.test(s[0]) && !WORK_ON.test(s[0].trim()),
  );
  const rest = sentences.filter((s) => !context.includes(s) && /\p{L}/u.test(s[0]));
  if (context.length === 0 || rest.length === 0) return text;
  let out = text;
  for (const s of context) {
    const at = s.index ?? 0;
    const doing = keepDoing ? doingNow(s[0]) : null;
    const blanked = doing && /\p{L}/u.test(s[0].slice(doing[0].length)) ? doing[0].length : s[0].length;
    out = out.slice(0, at) + ' '.repeat(blanked) + out.slice(at + blanked);
  }
  return out;
}
