import { getCountry } from './get-country.js';
import { type Mention, scanMentions } from './scan-mentions.js';
import { isAllCaps, type Token, tokenize } from './tokenize.js';

/** A country named in a user's query, and where. */
export interface QueryCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The span of the name in the query (`end` exclusive), so the caller can cut it out. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  matched: string;
}

// ISO codes are everyday acronyms ("AI projects", "IT departments"), so one counts only right
// after one of these and at the end of the query or a clause ("AI projects in KR").
const CODE_PREPOSITIONS = new Set(['in', 'from', 'for']);

function codeMentions(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    const endsClause = !after || /[,.;:!?()]/.test(text.slice(token.end, after.start));
    if (!before || !CODE_PREPOSITIONS.has(before.folded) || !isAllCaps(token.raw) || !endsClause) return;
    const code = /^[A-Z]{2,3}$/.test(token.raw) ? getCountry(token.raw)?.code : undefined;
    if (code)
      mentions.push({
        kind: 'abbreviation',
        code,
        first: index,
        last: index,
        key: token.folded,
        needsContext: false,
      });
  });
  return mentions;
}

/**
 * Finds a country named inside a user's query: "AI projects in Korea", "cases from the UK on
 * health", "what has Uruguay done?", "initiatives in New South Wales" (a region or city counts for
 * its country). Any case; a bare "Chad", "Jordan" or "Georgia" counts, since the user is asking
 * about countries ("georgia" is GE). The longest name wins, then the first. Undefined when none.
 */
export function findCountryInQuery(text: string): QueryCountry | undefined {
  const tokens = tokenize(text);
  const mentions = [...scanMentions(text, tokens, 'query'), ...codeMentions(text, tokens)];
  let best: { mention: Mention; start: number; end: number } | undefined;
  for (const mention of mentions) {
    if (!mention.code) continue;
    const start = tokens[mention.first]!.start;
    let end = tokens[mention.last]!.end;
    // "the U.S." ends with its dot.
    if (mention.kind === 'abbreviation' && text[end] === '.' && text[end - 2] === '.') end += 1;
    const words = mention.last - mention.first;
    const better =
      !best ||
      words > best.mention.last - best.mention.first ||
      (words === best.mention.last - best.mention.first && end - start > best.end - best.start);
    if (better) best = { mention, start, end };
  }
  if (!best?.mention.code) return undefined;
  return {
    code: best.mention.code,
    start: best.start,
    end: best.end,
    matched: text.slice(best.start, best.end),
  };
}
