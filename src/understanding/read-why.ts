/**
 * What a question asking casebot to explain its last answer points at: the cases shown
 * (`list`), the one in focus or first (`case`), their order, or a case, place or words named
 * (`named`: "why is AI Friends first?", "why isn't the Ghent one in the list?", "what made you
 * pick Korea?"); `words` are words asked about inside a case ("where does it mention AI?").
 */
export interface WhyAsk {
  about: 'list' | 'case' | 'order' | 'named';
  /** As typed, for `named`: "AI Friends", "the Ghent one", "Korea". */
  named?: string;
  /** "where does it mention AI?": the words to find in the case. */
  words?: string;
  /** The named case was asked about as missing ("why isn't …", "why not …"). */
  missing?: true;
  /** The named case was asked about as first ("why is AI Friends first?", "… on top"). */
  first?: true;
}

/** Words pointing at the last answer: "these", "this one", "the results". */
const POINTER =
  /^(?:these|those|this|that|them|they|it|the (?:results?|list|answers?|matches|cases|picks?|first (?:one|case|result)|top (?:one|case|result)))(?:\s+(?:ones?|cases?|results?|projects?|initiatives?|examples?|picks?))?$/u;
const PLURAL = /^(?:these|those|them|they|the (?:results|list|answers|matches|cases|picks))\b/u;

/** Where a case sits in an answer, or that it came up: what "why is X …" asks about. */
const PLACE_IN_ANSWER =
  /^(?:(?:ranked |listed |shown |put )?(?:first|second|third|last|top|on top|at the top|so high|so low|(?:higher|lower|ahead|better)(?: than \S.*| of \S.*)?|(?:above|below|before|after|ahead of) \S.*)|here|there|in (?:there|here|the (?:list|results|answer))|(?:in|on) (?:this|the) (?:list|results?)|included|listed|shown|showing|missing|left out|excluded|relevant|related|(?:a )?match(?:ing)?|picked|chosen|selected|in this order|in that order|ordered (?:like )?this(?: way)?|sorted (?:like )?this(?: way)?)$/u;

const VERB =
  '(?:pick|picked|choose|chose|chosen|select|selected|show|showed|shown|give|gave|list|listed|include|included|suggest|suggested|recommend|recommended|rank|ranked|order|ordered|sort|sorted|find|found|decide|decided|come up with|get|got|put)';

function strip(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[?!.…]+\s*$/u, '')
    .replace(
      /^(?:(?:ok(?:ay)?|hm+|um+|so|but|and|wait|sorry|hey|casebot|@casebot|out of curiosity|just curious|curious|quick q(?:uestion)?)[,:]?\s+)+/u,
      '',
    )
    .replace(/\s+(?:exactly|though|tho|again|then|just now)$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

function pointed(words: string): WhyAsk | undefined {
  const w = words.replace(/^(?:all )?/u, '');
  if (w !== '' && !POINTER.test(w)) return undefined;
  const plural =
    w === '' || PLURAL.test(w) || /\s(?:ones|cases|results|projects|initiatives|examples|picks)$/u.test(w);
  return { about: plural ? 'list' : 'case' };
}

/** "why is X first", "why isn't X in the list", "why not X", "why did X come up". */
function readWhyClause(rest: string): WhyAsk | undefined {
  const ordered =
    /^(?:(?:are|is) (?:these|they|those|the results|it) )?(?:in )?(?:this|that|the|such an?) (?:order|ranking|sort(?:ing)?)$|^(?:are|were) (?:these|they|those|the results) (?:ordered|sorted|ranked) (?:like )?(?:this|that)(?: way)?$|^(?:that|this|the) order$/u;
  if (ordered.test(rest)) return { about: 'order' };
  const bare = pointed(rest);
  if (bare) return bare;
  const you = new RegExp(`^(?:did|do|would|have|'d) you(?: even)? ${VERB}(?: me)?(?: (.+?))?$`, 'u').exec(
    rest,
  );
  if (you) return pointed(you[1] ?? 'these') ?? { about: 'named', named: you[1]! };
  const came =
    /^(?:(?:did|does|do|would|has|have) )?(.+?) (?:come up|came up|show up|showed up|appear|appeared|get (?:picked|chosen|included|listed)|got (?:picked|chosen|included|listed)|make (?:the|it into the) (?:list|cut|results))$/u.exec(
      rest,
    );
  if (came) return pointed(came[1]!) ?? { about: 'named', named: came[1]! };
  const missing =
    /^(?:not|no|isn't|aren't|wasn't|weren't|is not|are not|didn't you (?:show|include|list|pick))\s+(.+?)(?:\s+(?:in (?:there|here|the (?:list|results|answer))|(?:on|in) (?:this|the) (?:list|results?)|included|listed|shown|showing|there|here|a match|relevant))?$/u.exec(
      rest,
    );
  if (missing) return pointed(missing[1]!) ?? { about: 'named', named: missing[1]!, missing: true };
  const is = /^(?:is|are|was|were|'s) (.+)$/u.exec(rest);
  if (!is) return undefined;
  // "why is AI Friends first?": the words before where it sits name what is asked about.
  const words = is[1]!.split(' ');
  for (let cut = 1; cut < words.length; cut += 1) {
    const where = words.slice(cut).join(' ');
    if (!PLACE_IN_ANSWER.test(where)) continue;
    const subject = words.slice(0, cut).join(' ');
    const first = pointed(subject);
    if (first) return /order|sort/u.test(where) ? { about: 'order' } : first;
    return {
      about: 'named',
      named: subject,
      ...(/^(?:ranked )?(?:first|top|on top|at the top)$/u.test(where) ? { first: true as const } : {}),
    };
  }
  return undefined;
}

/**
 * A question asking why the last answer is what it is ("why these?", "how did you pick these?",
 * "what matched?", "why is AI Friends first?", "where does it mention AI?", "is that relevant?"),
 * or nothing: a question about the world ("why do cities fail at innovation") is a search.
 */
export function readWhy(text: string): WhyAsk | undefined {
  const t = strip(text);
  if (t.length > 120) return undefined;
  const why = /^(?:why|how come|whys|y)\s+(.+)$/u.exec(t);
  if (why) return readWhyClause(why[1]!.replace(/^(?:exactly|again|on earth)\s+/u, ''));
  // "how would you recommend we approach …" asks advice on what to do, not why these were shown.
  const how = new RegExp(
    `^how (?:did|do|does|would) (?:you|casebot|it|the bot)(?: even)? (?!(?:recommend|suggest)(?: (?:we|i|that|to|for|on|about|doing|going)\\b))${VERB}(?: me)?(?: (.+))?$`,
    'u',
  ).exec(t);
  if (how)
    return (
      pointed(how[1] ?? 'these') ?? (/order|rank|sort/u.test(t) ? { about: 'order' } : { about: 'list' })
    );
  const made = new RegExp(`^what (?:made|makes|led) you ${VERB}(?: (.+))?$`, 'u').exec(t);
  if (made) return pointed(made[1] ?? 'these') ?? { about: 'named', named: made[1]! };
  if (
    /^what (?:matched|did (?:it|they|these|this|that|each one) match(?: on)?|words? matched|is the match|was matched)$/u.test(
      t,
    )
  )
    return { about: 'list' };
  const where =
    /^where (?:does|did|do) (?:it|this|that|this one|that one|the case) (?:say|mention|talk about|speak of|name|refer to)(?: (.+))?$|^where (?:is|was|are) (.+?) mentioned(?: in (?:it|this|that))?$/u.exec(
      t,
    );
  if (where) {
    const words = (where[1] ?? where[2] ?? '').replace(/^(?:that|this|it|so)$/u, '');
    return { about: 'case', ...(words ? { words } : {}) };
  }
  const relevant =
    /^(?:is|are|was|were|how is|how are) (this|that|it|these|those|they|this one|that one)(?: (?:really|even|actually|even really))? (?:relevant|related|on topic|a (?:good )?match|what i asked for)$/u.exec(
      t,
    );
  if (relevant) return pointed(relevant[1]!);
  const todo =
    /^what (?:does|do|has|have) (this|that|it|these|those|they|this one|that one) (?:got |have )?to do with (.+)$/u.exec(
      t,
    );
  if (todo) return { ...pointed(todo[1]!)!, words: todo[2]! };
  const explain =
    /^(?:(?:can|could) you |please )?explain(?: to me)?(?: (?:why|how))?(?: (?:you (?:picked|chose|got|found) )?(.+))?$/u.exec(
      t,
    );
  if (explain) {
    const target = (explain[1] ?? 'these').replace(
      /^(?:your|the) (?:answer|choices?|picks?|results?|ranking)$/u,
      'these',
    );
    return pointed(target.replace(/\s+(?:results?|cases?)$/u, '')) ?? pointed(target);
  }
  return undefined;
}
