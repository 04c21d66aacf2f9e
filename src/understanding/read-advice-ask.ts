/**
 * Who a how-to question is for, said before what they would do: "how can we …", "how should a
 * ministry …", "what should our council do about …". Pronouns, or a short noun phrase after a
 * determiner or "other"; a bare plural ("cities") is left, as it may say the level, and so is a
 * named one ("how did the Estonian government build …" asks what Estonia did).
 */
const AGENT =
  '(?:we|i|you|u|one|they|people|others|(?<who>(?:other|a|an|our|my|your|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+))';

/** An agent other than the asker and casebot: "how do I filter" asks how to use casebot. */
const WHO =
  '(?:we|they|people|others|(?<who>(?:other|a|an|our|my|your|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+))';

/**
 * Verbs that only say something is done, not what: "how can we improve digital inclusion" asks
 * about digital inclusion, "tips for getting started with service design" about service design,
 * "lessons learned from rolling out e-invoicing" about e-invoicing.
 */
const DOING =
  '(?:(?:go|going|went)\\s+about|approach(?:ing)?|handl(?:e|ing)|deal(?:ing)?\\s+with|manag(?:e|ing)|tackl(?:e|ing)|address(?:ing)?|' +
  'improv(?:e|ing)|increas(?:e|ing)|boost(?:ing)?|encourag(?:e|ing)|promot(?:e|ing)|(?:get|getting)\\s+started\\s+(?:with|on|in)|' +
  '(?:start|starting|begin|beginning)\\s+(?:with|on)|(?:set|setting)\\s+up|run(?:ning)?|roll(?:ing)?\\s+out|implement(?:ing)?|' +
  'introduc(?:e|ing)|launch(?:ing)?|deploy(?:ing)?|adopt(?:ing)?|deliver(?:ing)?|do(?:ing)?|build(?:ing)?|mak(?:e|ing)|get(?:ting)?|' +
  'achiev(?:e|ing)|ensur(?:e|ing)|design(?:ing)?|organi[sz](?:e|ing)|scal(?:e|ing)\\s+up|work\\s+on|fix(?:ing)?|solv(?:e|ing)|' +
  'evaluat(?:e|ing)|measur(?:e|ing)|prevent(?:ing)?|respond(?:ing)?\\s+to)';

/** What makes a way of doing something good, in the asker's eyes: none of it is measured. */
const GOOD =
  '(?:best|smartest|right|correct|recommended|easiest|simplest|quickest|fastest|cheapest|most\\s+effective|effective|proper|good|better|ideal|optimal|proven|sensible|practical)';

const METHOD =
  '(?:ways?|approach(?:es)?|methods?|practices?|strategy|strategies|steps|route|means|recipe|playbook)';

/**
 * The frames of a question asking what to do, or how others did it. Each is blanked, so what is
 * left is the thing to do or the problem, with any place, year or level in it.
 */
const FRAMES: readonly RegExp[] = [
  // "what's the best way to run …", "the recommended approach to nudging …", "good practices for …"
  new RegExp(
    `\\b(?:(?:what|which)\\s*(?:['’]?\\s*s|\\s+is|\\s+are|\\s+would\\s+be|\\s+might\\s+be)?\\s+)?(?:(?:the|a|an|some|any)\\s+)?${GOOD}\\s+${METHOD}\\s+(?:to|for|of|on|in|around|when|with)\\b(?:\\s+${DOING}\\b)?`,
    'giu',
  ),
  // "how best to reduce …", "how to best tackle …": "best" asks a way, no measure of the cases.
  /\bhow\s+(?:to\s+)?best\s+(?:to\s+)?(?=[\p{L}])/giu,
  // "how to best reduce …", "how do other governments handle …": the verb that only says it is
  // done; never "how do I get you into #team" (asks how to use casebot).
  new RegExp(
    `\\bhow\\s+(?:(?:to\\s+)?(?:best|better|properly|effectively|actually|really|even)\\s+(?:to\\s+)?|to\\s+|(?:do|can|could|should|would|might|may|must|shall)\\s+${AGENT}\\s+(?:best\\s+|actually\\s+|even\\s+|realistically\\s+|effectively\\s+)?)${DOING}\\b(?!\\s+(?:you|casebot|the\\s+bot|this\\s+bot|this|it)\\b)(?:\\s+more\\b)?`,
    'giu',
  ),
  // "how can we reduce …", "how should a ministry respond …": never "how do I search" (asks how to use casebot).
  new RegExp(
    `\\bhow\\s+(?:do|can|could|should|would|might|may|must|shall)\\s+${WHO}\\s+(?:best\\s+|actually\\s+|even\\s+|realistically\\s+|effectively\\s+)?(?=[\\p{L}])`,
    'giu',
  ),
  // "how would you recommend we approach …", "what would you suggest for …"
  new RegExp(
    `\\b(?:how|what)\\s+(?:would|do|can|could)\\s+you\\s+(?:recommend|suggest|advise)(?:\\s+(?:that\\s+)?${AGENT})?(?:\\s+(?:${DOING}|for|on|about|regarding)\\b)?`,
    'giu',
  ),
  // "what should a ministry do about …", "what can we do to reduce …"
  new RegExp(
    `\\bwhat\\s+(?:should|can|could|would|might|must|do|does)\\s+${AGENT}\\s+do\\s+(?:about|with|for|on|to(?:\\s+${DOING}\\b)?|when)\\b`,
    'giu',
  ),
  // "where do I start with open data", "where should we begin on …"
  new RegExp(
    `\\bwhere\\s+(?:do|should|would|can|could|does)\\s+${AGENT}\\s+(?:even\\s+)?(?:start|begin)\\s+(?:with|on|in|when\\s+it\\s+comes\\s+to)\\b`,
    'giu',
  ),
  // "any advice on …", "tips for …", "pointers on …", "guidance around …"
  new RegExp(
    `\\b(?:(?:some|any|got\\s+any|have\\s+any|need|needs|needing|want|looking\\s+for|your|good|practical|quick)\\s+)?(?:advice|tips|pointers|guidance|hints|dos\\s+and\\s+don['’]?ts|do['’]?s\\s+and\\s+don['’]?ts|recommendations|suggestions)\\s+(?:on|for|about|regarding|around|re|when|with)\\b(?:\\s+(?:an?\\s+)?(?:newbie|beginner|novice|newcomer|first[\\s-]timer)s?\\s+(?:on|about|for|with|in)\\b)?(?:\\s+${DOING}\\b)?`,
    'giu',
  ),
  // "lessons learned from rolling out …", "learnings on …"
  new RegExp(
    `\\b(?:(?:some|any|key|main|the)\\s+)?(?:lessons?(?:\\s+learn[te]d)?|learnings)\\s+(?:on|from|about|for|in|of|when)\\b(?:\\s+${DOING}\\b)?`,
    'giu',
  ),
  // "what works for reducing loneliness", "what has worked in …"
  new RegExp(
    `\\bwhat\\s+(?:(?:actually|really|usually|generally)\\s+)?(?:works|worked|has\\s+worked|have\\s+worked|tends\\s+to\\s+work|seems\\s+to\\s+work)(?:\\s+(?:well|best))?(?:\\s+(?:for|in|to|when|on|with|at|against)\\b)?(?:\\s+${DOING}\\b)?`,
    'giu',
  ),
  // "is a citizen assembly worth it?", "are nudges worth the effort"
  /\b(?:is|are)\s+(?:it\s+|they\s+)?(?=[^.?!;]*\bworth\s+(?:it|the\s+(?:effort|money|cost|investment|hassle|time)|doing|trying|pursuing)\b)/giu,
  /\bworth\s+(?:it|the\s+(?:effort|money|cost|investment|hassle|time)|doing|trying|pursuing)\b/giu,
];

/** Blanks with spaces, so the positions of the rest stay as they were. */
function blank(text: string): string {
  return ' '.repeat(text.length);
}

/**
 * The message without the frame of a question asking for advice or a method ("what's the best
 * way to run a citizens assembly?", "any tips for getting started with service design?", "how
 * can we improve digital inclusion in rural areas?", "is X worth it?"), and the frame as typed.
 * casebot gives no advice: it shows what others did about the subject, and the answer says so.
 * A noun beside such a word ("best practice library", "advice services for tenants", "tips
 * line for fraud") is no frame: each needs its preposition or question word.
 */
export function readAdviceAsk(text: string): { text: string; phrase?: string } {
  let phrase: string | undefined;
  let out = text;
  for (const frame of FRAMES)
    out = out.replace(frame, (...found: unknown[]) => {
      const whole = found[0] as string;
      if (!/\S/u.test(whole)) return whole;
      phrase ??= whole.toLowerCase().replace(/\s+/gu, ' ').trim();
      // "what should a ministry do about …": who would do it may say the level; the rest is frame.
      const who = (found.at(-1) as { who?: string } | undefined)?.who;
      if (who === undefined) return blank(whole);
      const at = whole.indexOf(who);
      if (at < 0) return blank(whole);
      // "a ministry do about …": "do" after it keeps it read as who acts, as a level, not a subject word.
      const kept = /^\s+do\b/u.exec(whole.slice(at + who.length))?.[0] ?? '';
      const end = at + who.length + kept.length;
      return blank(whole.slice(0, at)) + whole.slice(at, end) + blank(whole.slice(end));
    });
  return phrase === undefined ? { text } : { text: out, phrase };
}
