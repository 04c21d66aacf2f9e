/**
 * How a letter or a pasted message closes: "Thanks in advance,", "Best regards,", "Cheers!". What
 * follows it is a name and a signature ("Maria", "Policy Officer | Ministry of Labour, Portugal").
 */
const SIGN_OFF =
  /^(?:(?:many|huge|big)\s+)?(?:thanks|thank\s+you|thx|ty|cheers|best|best\s+wishes|(?:kind|warm|best|many|with\s+kind)\s+regards|regards|rgds|all\s+the\s+best|sincerely|yours(?:\s+sincerely|\s+truly)?|br|talk\s+soon|have\s+a\s+(?:good|great|nice)\s+(?:day|week|weekend))(?:\s+(?:in\s+advance|again|so\s+much|a\s+lot|all|everyone|for\s+(?:your|any)\s+(?:help|pointers|ideas|input)))*[^\p{L}\p{N}]*$/iu;

/** A line that only greets ("Hi all,", "Hello casebot,", "Hey! :wave:"): no question of its own. */
const GREETING_LINE =
  /^(?:hi|hello|hey|hiya|greetings|dear|good\s+(?:morning|afternoon|evening)|morning)\b(?:\s+(?:all|everyone|everybody|team|folks|there|colleagues|guys|y'?all|people|casebot|bot)){0,2}[^\p{L}\p{N}?]*(?::[a-z_+-]+:\s*)*$/iu;

/** A label opening a line that says the line is background ("Context: our ministry is …"). */
const CONTEXT_LABEL = /^(?:context|background|fyi|for context|some context|situation)\s*[:-]\s*/iu;
/** A label opening a line that says the line is the question ("Question: which …"). */
const QUESTION_LABEL = /^(?:question|q|ask|request|my question|the question|query)\s*:\s*/iu;

/**
 * What passes a quoted message on rather than asks: "forwarding this from the #policy channel",
 * "Reposting from #general:", "(nobody answered)", "any ideas?". Beside a quote, the quote is
 * the question.
 */
const PASSES_ON =
  /^\(.*\)$|\b(?:forward(?:ed|ing)?|fwd|fw|re-?post(?:ed|ing)?|cross-?post(?:ed|ing)?|copying|pasting|asked\s+(?:in|on|by)|from\s+#|nobody|no\s+one|no\s+answers?|no\s+replies|no\s+reply|any\s+ideas|ideas\s*\?|thoughts\s*\?|can\s+any(?:one|body)\s+help|see\s+(?:below|above))\b/iu;

/** A bullet or a number opening a line of a list: "• health", "- education", "1. cases from Korea". */
const BULLET = /^(?:[•·▪◦‣*-]|\d{1,2}[.)])\s+/u;

/**
 * A message pasted or written over several lines, read as its lines say: a letter's greeting
 * line, its sign-off and the name and signature after it, a line labelled as context, and the
 * lines that only pass on a quoted question are left out; the quote marks of quoted lines, a
 * "Question:" label and "Re:" opening a subject line are not words of the question; a bulleted
 * list reads as a list of words ("health, education, skills"). A message of one line is as it was.
 */
export function dropLetterLines(text: string): string {
  // "Context: we are a council working on loneliness. any cases?": the label is no word of it.
  if (!text.includes('\n')) return text.replace(CONTEXT_LABEL, '');
  let lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length < 2) return text;
  // "Thanks in advance,\nMaria\nPolicy Officer | …": the sign-off and all below it.
  const signOff = lines.findIndex((line, k) => k > 0 && SIGN_OFF.test(line));
  if (signOff > 0) lines = lines.slice(0, signOff);
  const quoted = lines.filter((line) => line.startsWith('>'));
  if (quoted.length > 0 && quoted.length < lines.length)
    lines = lines.filter((line) => line.startsWith('>') || !PASSES_ON.test(line));
  const asking = lines.filter((line) => !GREETING_LINE.test(line) && !CONTEXT_LABEL.test(line));
  if (asking.length > 0) lines = asking;
  const read = lines.map((line) =>
    line
      .replace(/^>+\s*/u, '')
      .replace(QUESTION_LABEL, '')
      .replace(/^(?:re|fwd?)\s*:\s*(.+?)\s*$/iu, '$1:'),
  );
  return joinLines(read);
}

/**
 * The lines of a message labelled as background, without their labels ("Context: we are a council
 * working on loneliness"): where the question names nothing ("any cases?"), its subject is there.
 */
export function contextLines(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => CONTEXT_LABEL.test(line))
    .map((line) => line.replace(CONTEXT_LABEL, '').trim());
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** Lines joined: the items of a bulleted list by commas, the rest as they were written. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    const item = BULLET.exec(line);
    const bare = item ? line.slice(item[0].length) : line;
    const afterItem = item !== null && out !== '' && !/[:.!?]$/u.test(out);
    out = out === '' ? bare : `${out}${afterItem ? ',' : ''} ${bare}`;
  }
  return out;
}
