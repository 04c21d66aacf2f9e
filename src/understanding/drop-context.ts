/** A sentence about the person asking: it opens with "I", "we", "my" or "our" (after a greeting). */
const ABOUT_ME =
  /^(?:(?:hi|hello|hey|ok|okay|so|well|btw|morning|good morning)\b[\s,!.]*)?(?:i|i'm|i’m|im|i am|i've|i’ve|we|we're|we’re|we are|we've|we’ve|our|my)\b/iu;

/** Words that make a sentence a request even when it is about the person: "I need …", "we want …". */
const ASKS =
  /\?|\b(?:need|want|wanna|looking|look|find|show|give|search|searching|interested|curious|wondering|know|have you|got|any|anything|something|examples?|cases?|initiatives?|ideas?|inspiration|recommend)\b/iu;

/**
 * The message without what only says who is asking and why: sentences about the person ("I work
 * at a ministry of finance.", "We are a small city in Spain.") when another sentence asks the
 * question, and "for my …"/"for our …" clauses ("for my presentation tomorrow"). That is
 * context, not a search or a filter. Blanked with spaces, so the positions of the rest stay as
 * they were.
 */
export function dropContext(text: string): string {
  return dropWhy(dropAboutMe(text));
}

/** "… for my presentation tomorrow", "… for our team": why someone asks, to the end of the clause. */
const FOR_MY = /\bfor (?:my|our)\b[^,.;!?]*/giu;

function dropWhy(text: string): string {
  return text.replace(FOR_MY, (clause) => ' '.repeat(clause.length));
}

function dropAboutMe(text: string): string {
  const sentences = [...text.matchAll(/[^.!?;]+[.!?;]*/gu)];
  if (sentences.length < 2) return text;
  const context = sentences.filter((s) => ABOUT_ME.test(s[0].trim()) && !ASKS.test(s[0]));
  const rest = sentences.filter((s) => !context.includes(s) && /\p{L}/u.test(s[0]));
  if (context.length === 0 || rest.length === 0) return text;
  let out = text;
  for (const s of context) {
    const at = s.index ?? 0;
    out = out.slice(0, at) + ' '.repeat(s[0].length) + out.slice(at + s[0].length);
  }
  return out;
}
