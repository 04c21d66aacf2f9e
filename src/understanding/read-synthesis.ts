import type { Facet } from '../intents/intent.js';

/** A synthesis asked of cases: what it was asked as, and the breakdown that answers it best. */
export interface SynthesisAsk {
  /** As typed, lower case: "in common", "main themes", "summarise". */
  phrase: string;
  /** "trends", "over time", "how has … changed": by year; otherwise by topic. */
  facet: Facet;
}

const NUMBER = '(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|a\\s+couple\\s+of)';

/**
 * Ways analysts ask for a synthesis of cases rather than for cases: what they share, their themes,
 * lessons, patterns, a summary in bullets, the big picture. Each frame is blanked from the message,
 * so what is left says which cases (a topic, a place, "these").
 */
const FRAMES: readonly RegExp[] = [
  /\bhigh[\s-]level\s+(?:view|picture|takeaways?|summary|overview|lessons)(?:\s+(?:of|on|from|for))?\b/giu,
  /\b(?:have|has|had|share|shared)\s+in\s+common\b/giu,
  /\bin\s+common\b/giu,
  /\bcommonalit(?:y|ies)\b/giu,
  /\bcommon\s+(?:ground|threads?|themes?|patterns?|elements|features|traits|denominators?)\b/giu,
  /\b(?:the\s+)?(?:main|key|major|recurring|central|emerging|overarching|big|core|general|broad)\s+(?:themes?|ideas|trends?|patterns?|lessons?(?:\s+learn[te]d)?|findings|insights|takeaways?|points|threads?|messages?)(?:\s+(?:in|across|among|from|of|for))?\b/giu,
  /\bthemes?\s+(?:in|across|among|from|emerging\s+from)\b/giu,
  /\b(?:any\s+)?(?:trends?|patterns?|lessons?(?:\s+learn[te]d)?|takeaways?|learnings)(?:\s+(?:in|across|among|from|of|for|to\s+draw\s+from))?\b/giu,
  /\b(?:summari[sz]e|summari[sz]ing|sum\s+up|synthesi[sz]e|synthesi[sz]ing|recap)(?:\s+(?:what|how))?\b/giu,
  /\b(?:an?\s+)?(?:summary|synthesis|overview)\s+(?:of|on|for)\b/giu,
  new RegExp(`\\b(?:in\\s+)?(?:${NUMBER}\\s+)?bullet(?:\\s+points?|s)?\\b`, 'giu'),
  /\btl\s*;?\s*dr\b/giu,
  /\b(?:the\s+)?(?:gist|big\s+picture|bird\s*['’]?\s*s[\s-]+eye\s+view)(?:\s+(?:of|on|for))?\b/giu,
  /\bin\s+a\s+nutshell\b/giu,
  /\b(?:what\s*['’]?\s*s\s+|what\s+is\s+|what\s+are\s+)?typical(?:ly)?(?:\s+(?:of|for|about|among))?\b/giu,
  /\bcharacteri[sz](?:es|tics?)(?:\s+(?:of|shared\s+by))?\b/giu,
  /\bpros\s+and\s+cons(?:\s+of)?\b/giu,
  /\bstrengths\s+and\s+weaknesses(?:\s+of)?\b/giu,
  // "what do these projects share?": share closing the question, as a verb of theirs.
  /(?=\bshare\b)(?<=\b(?:do|does|did)\b[^.?!]{0,40})\bshare(?=\s*(?:[?.!]|$))/giu,
];

/**
 * Words that make a synthesis a question about years: "trends over time", "how has it changed".
 * Each look-behind is guarded by a look-ahead for its word, so it is tried only where the word
 * starts, not at every position of the message.
 */
const OVER_TIME: readonly RegExp[] = [
  /\b(?:over|across)\s+(?:time|the\s+years|the\s+decades?|recent\s+years)\b/giu,
  /(?=\b(?:changed|change|evolved|evolve|developed|shifted|progressed|grown)\b)(?<=\bhow\s+(?:has|have|did|do|does)\b[^.?!]{0,60})\b(?:changed|change|evolved|evolve|developed|shifted|progressed|grown)\b/giu,
  // "has local innovation grown since 2015?": whether it changed is answered by its years too.
  /(?=\b(?:grown|grow|increased|increase|risen|rise|declined|decline|shrunk|shrink|fallen)\b)(?<=^\s*(?:has|have|did)\b[^.?!]{0,60})\b(?:grown|grow|increased|increase|risen|rise|declined|decline|shrunk|shrink|fallen)\b/giu,
  /(?=\bwhen\b)(?<=\b(?:trends?|patterns?)\b[^.?!]{0,20})\bwhen\b/giu,
  /(?=\b(?:started|began|begun|launched)\b)(?<=\b(?:trends?|patterns?)\b[^.?!]{0,20}\bwhen\b[^.?!]{0,40})\b(?:started|began|begun|launched)\b/giu,
];

/** Words of a schedule: a summary sent daily, weekly or monthly is a digest. */
const SCHEDULED = /\b(?:daily|weekly|monthly|fortnightly|every|digests?|subscribe|newsletter)\b/iu;
/** Words that say several cases are meant: "the AI cases", "these", "them". */
const MANY =
  /\b(?:cases|ones|projects|initiatives|examples|programmes|programs|stories|they|them|these|those|all|countries|cities|municipalities|governments)\b/iu;
/** Frames that ask as much of one case: "summarise it", "lessons learned from BIFIDEX". */
const OF_ONE = /^(?:summar|sum\s|recap|synthes|lesson|an?\s+summar|key\s+lesson)/iu;

/** Blanks with spaces, so the positions of the rest stay as they were. */
function blank(text: string): string {
  return ' '.repeat(text.length);
}

/**
 * The message without the words of a synthesis asked of cases ("what do the Korean cases have in
 * common?", "main themes in the health cases", "summarise the AI cases in 3 bullets", "trends over
 * time in participation"), and what was asked. casebot writes no summary: the cases are counted
 * instead, by year when the question is about time, else by topic, and the answer says so.
 */
export function readSynthesis(text: string): { text: string; ask?: SynthesisAsk } {
  // "a monthly summary of new cases": a summary on a schedule is a digest.
  if (SCHEDULED.test(text)) return { text };
  // "summarise the BIFIDEX case", "lessons learned from bifidex": of one case, which is shown.
  const ofOneCase = !MANY.test(text);
  let phrase: string | undefined;
  let out = text;
  for (const frame of FRAMES)
    out = out.replace(frame, (whole: string) => {
      if (ofOneCase && OF_ONE.test(whole)) return whole;
      phrase ??= whole.toLowerCase().replace(/\s+/gu, ' ').trim();
      return blank(whole);
    });
  // Read on the message as typed: the frames above may have blanked the "trends" before "when".
  let overTime = false;
  for (const frame of OVER_TIME)
    for (const match of text.matchAll(frame)) {
      const at = match.index ?? 0;
      const whole = match[0];
      if (frame === OVER_TIME[1] && phrase === undefined && !/\bhow\s+(?:has|have)\b/iu.test(text)) continue;
      overTime = true;
      phrase ??= whole.toLowerCase().replace(/\s+/gu, ' ').trim();
      out = out.slice(0, at) + blank(whole) + out.slice(at + whole.length);
    }
  if (phrase === undefined) return { text };
  const facet: Facet = overTime || /^trends?\b/u.test(phrase) ? 'year' : 'topic';
  return { text: out, ask: { phrase, facet } };
}
