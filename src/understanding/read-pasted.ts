/** Something pasted into the chat to find cases like: a link casebot cannot open, or a text. */
export interface Pasted {
  /** `link`: the words are what a link says of itself (its label, or its path); `text`: pasted. */
  from: 'link' | 'text';
  /** The pasted words, to find related cases with ('' when a link says nothing readable). */
  text: string;
  /** A link's site (`gov.uk`): casebot never opens it, and says so. */
  site?: string;
  /** The message without what was pasted: the question asked about it. */
  question: string;
  /**
   * The message after a link, when the words before it only pass it on ("saw this <link> any cases
   * like it?", "check this out <link> - anything similar?").
   */
  after?: string;
}

const SLACK_LINK = /<(https?:\/\/[^\s|>]+)(?:\|([^>]*))?>/iu;
const BARE_LINK = /https?:\/\/[^\s<>|"'`)\]]+/iu;
/** A piece of a path that is an id or a number, never a word of what the page is about. */
const NOT_A_WORD = /^(?:\d+|[a-z]*\d[a-z\d]*|www|html?|php|aspx?|index|amp|en|id)$/iu;
/** What people call what they paste: "this article", "the link", "that tweet" point at it. */
const PASTED_NOUN =
  /\b(?:this|that|the)\s+(?:article|post|page|link|url|headline|tweet|story|piece|paper|thread|blog|snippet|abstract|email|news|video|report)\b/giu;
/** An introduction ending in a colon or a dash ("my boss sent me this:", "headline I saw -"). */
const INTRO = /^([^:"“”]{0,60}?)(?::|\s[-–—]\s)\s*/u;

/** The asker's own words about their work, not something passed on. */
const OWN_WORK = /^(?:our|we|we're|we've|i|i'm|i've|my|us)\b/iu;

/**
 * What a link says of itself, never fetched: its label ("GOV.UK: digital identity scheme" without
 * the site), else the words of the most telling piece of its path ("/digital-identity-scheme").
 */
function linkWords(url: string, label: string | undefined): string {
  const fromLabel = (label ?? '')
    .replace(/^[\w.]+\.[a-z]{2,}\s*[:|–—-]\s*/iu, '')
    .replace(/\s*[|–—-]\s*[\w. ]{1,30}$/u, '')
    .trim();
  if (fromLabel !== '') return fromLabel;
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const pieces = path
    .split('/')
    .map((piece) =>
      piece
        .replace(/\.[a-z]{2,5}$/iu, '')
        .split(/[-_+.]+/u)
        .filter((w) => w !== '' && !NOT_A_WORD.test(w)),
    )
    .filter((words) => words.length >= 2);
  const telling = pieces.reduce<string[]>((best, words) => (words.length > best.length ? words : best), []);
  return telling.join(' ');
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./u, '');
  } catch {
    return '';
  }
}

/**
 * Reads a link that is no case's page (the first one), as what it says of itself and the question
 * around it; `undefined` when every link is a case's or there is none.
 */
export function readPastedLink(text: string, isCaseLink: (url: string) => boolean): Pasted | undefined {
  const slack = SLACK_LINK.exec(text);
  const bare = slack ? undefined : BARE_LINK.exec(text);
  const found = slack ?? bare;
  if (!found) return undefined;
  const url = (found[1] ?? found[0]).replace(/[.,;:!?]+$/u, '');
  if (isCaseLink(url)) return undefined;
  const before = text.slice(0, found.index);
  const after = text.slice(found.index + found[0].length).replace(/^\s*[-–—:,.]+/u, '');
  const question = `${before} ${after}`;
  if (SLACK_LINK.test(question) || BARE_LINK.test(question)) return undefined;
  return {
    from: 'link',
    text: linkWords(url, slack ? slack[2] : undefined),
    site: siteOf(url),
    question: pointAtPasted(question),
    ...(/[\p{L}\p{N}]/u.test(after) && !before.includes('?') ? { after: pointAtPasted(after) } : {}),
  };
}

/**
 * Reads a pasted text and the question after it ("my boss sent me this: Barcelona launches a
 * platform for citizen proposals. anything like it?"): the last sentence is the question, the
 * text before it, an introduction left out, is what was pasted. A quote is read as it is.
 */
export function readPastedText(text: string): Pasted | undefined {
  const quoted = /["“”„«»]([^"“”„«»]+)["“”„«»]/u.exec(text);
  if (quoted) {
    const after = text.slice(quoted.index + quoted[0].length);
    const before = text.slice(0, quoted.index).replace(INTRO, '');
    return {
      from: 'text',
      text: (quoted[1] ?? '').trim(),
      question: pointAtPasted(
        `${before.replace(/\b(?:this|it)\s*$/iu, '')} ${after.replace(/^\s*[-–—:,.]+/u, '')}`,
      ),
    };
  }
  const last = /^(.*[.!?:])\s+([^.!?:]+[?]?)\s*$/u.exec(text.trim());
  if (!last) return undefined;
  const whole = (last[1] ?? '').trim();
  const pasted = whole.replace(INTRO, '').trim();
  // A question before the last one is asked, not pasted; "Our municipality wants …" is the
  // asker's own work, read as the question's subject, unless introduced as something passed on.
  if (pasted.split(/\s+/u).length < 6 || /[?]\s*$/u.test(pasted)) return undefined;
  if (pasted === whole && OWN_WORK.test(pasted)) return undefined;
  return { from: 'text', text: pasted.replace(/[.:!]+$/u, ''), question: pointAtPasted(last[2] ?? '') };
}

function pointAtPasted(question: string): string {
  return question
    .replace(PASTED_NOUN, 'this')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[:,;-]+$/u, '');
}
