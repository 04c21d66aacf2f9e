/**
 * Who said it in a thread, "what Priya said", "Sam's question", "as Lee mentioned above": a name
 * before a verb of saying is who said it, never a word to search.
 */
const NAME = String.raw`@?[\p{L}][\p{L}.-]*`;
const SAYING = String.raw`(?:said|asked|mentioned|suggested|wrote|posted|shared|raised|brought\s+up)`;
const WHO_SAID = new RegExp(
  String.raw`\b(?:(?:following\s+up\s+on|going\s+back\s+to|re|on|to)\s+)?(?:what|as|like|per)\s+(?!(?:i|we|you|u|they)\s)${NAME}\s+(?:just\s+)?${SAYING}(?:\s+(?:above|earlier|before|here|upthread|in\s+the\s+thread))?\b`,
  'giu',
);

/** What someone else asked, pointed at: "Jo's question", "seconding Tom's question", "same q". */
const THEIR_QUESTION = new RegExp(
  String.raw`\b(?:(?:seconding|second(?:ed)?|echoing|(?:the\s+)?same\s+as)\s+)?(?:(?:${NAME}['’]s|the\s+same|same|that|this|the\s+last)\s+)(?:question|q|ask|request|query|search)\b(?:\s+(?:again|too|above))?|\b(?:seconding|(?:i\s+)?second\s+(?:this|that))\b|\b(?:would\s+love|i\s*['’]?d\s+love|i\s*['’]?d\s+like|love)\s+(?=the\s+same\b)`,
  'giu',
);

/**
 * Chat's marks for "what is just above": "^", "^^", "this ^", "+1 to this", "same here", and a
 * closing "on this" after asking for cases ("anything Australian on this?"): what was asked above.
 */
const ABOVE =
  /(?:\b(?:this|that)\s+)?(?<![\p{L}\p{N}])\^+(?:\s+(?:this|that)\b)?|(?<![\p{L}\p{N}])\+1\b(?:\s+(?:to|on)\s+(?:this|that)\b)?|\bsame\s+here\b|(?=\b(?:on|about|for|re)\s+(?:this|that)\b\s*[?.!]*\s*$)(?<=\b(?:any(?:thing|one|body)?|something|some|cases?|examples?)\b.*)\b(?:on|about|for|re)\s+(?:this|that)\b/giu;

/**
 * The message without the words that point at what someone else said in the thread, and whether
 * there were any: such a message is the last question again, refined by what else it says.
 * Blanked with spaces, so the positions of the rest stay as they were.
 */
export function dropPointers(text: string): { text: string; pointed: boolean } {
  let pointed = false;
  const blank = (found: string) => {
    pointed = true;
    return ' '.repeat(found.length);
  };
  const dropped = text.replace(THEIR_QUESTION, blank).replace(ABOVE, blank).replace(WHO_SAID, blank);
  return { text: dropped, pointed };
}
