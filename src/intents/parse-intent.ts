import { findCountryInQuery, resolveCountry } from '../knowledge/countries/index.js';
import type { DigestCommand, Intent } from './intent.js';

/** Longer messages are not searched: nobody types 500 characters of keywords. */
export const MAX_MESSAGE_LENGTH = 500;

type CommandWord = 'search' | 'random' | 'country' | 'countries' | 'show' | 'help' | 'digest';

// A Map, not an object literal: a message starting with "__proto__" or "constructor" must not find a command.
const COMMAND_WORDS = new Map<string, CommandWord>([
  ['search', 'search'],
  ['find', 'search'],
  ['random', 'random'],
  ['surprise', 'random'],
  ['country', 'country'],
  ['countries', 'countries'],
  ['show', 'show'],
  ['details', 'show'],
  ['case', 'show'],
  ['help', 'help'],
  ['digest', 'digest'],
  ['digests', 'digest'],
]);

/** Words that ask for cases without saying what about: "what has Uruguay done?" is only a country. */
const FILLER =
  /^(?:show|give|list|find|get|tell|me|us|about|all|any|some|the|a|an|of|from|in|by|for|on|at|what|which|whats|has|have|had|did|does|do|done|is|are|there|been|cases?|initiatives?|projects?|innovations?|examples?|stories|case studies|stud(?:y|ies)|programmes?|programs?|ideas?|work|please|can|you|i|see|doing|going|happening|s)$/;

const HELP_TEXT = /^(?:help|\?|commands|usage|what can you do|how does this work|hi|hello|hey|start)[!.?]*$/;
const COUNTRIES_TEXT =
  /^(?:(?:list|show|all|which|what)\s+(?:(?:of\s+)?the\s+)?countries(?:\s+(?:are\s+there|do\s+you\s+(?:have|know|cover)|(?:are\s+)?covered))?|countries\s+list)[?.!]*$/;
const RANDOM_TEXT = /^(?:surprise me|random|something random|anything|pick one|i(?:'|’)?m feeling lucky)\b/;
const PAGE_SUFFIX = /\s+page\s+(\d{1,4})\s*$/;

function normalise(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function takePage(text: string): { text: string; page: number } {
  const match = PAGE_SUFFIX.exec(text);
  if (!match) return { text, page: 1 };
  return { text: text.slice(0, match.index), page: Math.max(1, Number(match[1])) };
}

/** Removes filler words; what is left is the subject of the question. */
function meaningful(text: string): string {
  return text
    .split(/\s+/u)
    .filter((word) => {
      const bare = word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '');
      return bare !== '' && !FILLER.test(bare);
    })
    .join(' ');
}

/** The text with the named country and the preposition before it removed. */
function withoutCountry(text: string): { code?: string; rest: string; name?: string } {
  const found = findCountryInQuery(text);
  if (!found) return { rest: text };
  const before = text.slice(0, found.start).replace(/\b(?:in|from|of|by|for|on|at)\s*(?:the\s*)?$/iu, '');
  return { code: found.code, name: found.matched, rest: normalise(`${before} ${text.slice(found.end)}`) };
}

function parseDigest(rest: string): DigestCommand {
  const [action = '', ...args] = rest.split(' ');
  const id = args[0] ?? '';
  switch (action.toLowerCase()) {
    case 'subscribe':
    case 'add':
      return { type: 'subscribe', args: args.join(' ') };
    case 'list':
    case 'ls':
      return { type: 'list' };
    case 'unsubscribe':
    case 'remove':
    case 'delete':
      return id ? { type: 'unsubscribe', id } : { type: 'help' };
    case 'pause':
      return id ? { type: 'pause', id } : { type: 'help' };
    case 'resume':
      return id ? { type: 'resume', id } : { type: 'help' };
    case 'preview':
      return id ? { type: 'preview', id } : { type: 'preview' };
    default:
      return { type: 'help' };
  }
}

function parseRandom(rest: string): Intent {
  const { code, rest: topicText, name } = withoutCountry(rest);
  const topic = meaningful(topicText.replace(/\b(?:with|me|one|case|random)\b/giu, ' '));
  const intent: Intent = { type: 'random' };
  if (code) intent.country = code;
  else if (name) intent.countryName = name;
  if (topic) intent.topic = topic;
  return intent;
}

function parseCountry(name: string, page: number): Intent {
  const cleaned = meaningful(name) || name;
  const code = resolveCountry(cleaned) ?? findCountryInQuery(cleaned)?.code;
  return code
    ? { type: 'country', country: code, countryName: cleaned, page }
    : { type: 'country', countryName: cleaned, page };
}

/** Free text: a search, narrowed to a country when it names one; only a country → that country's cases. */
function parseFreeText(text: string, page: number): Intent {
  const { code, rest } = withoutCountry(text);
  const subject = meaningful(rest);
  if (code && subject === '') return { type: 'country', country: code, countryName: text, page };
  const query = subject || text;
  return code ? { type: 'search', query, country: code, page } : { type: 'search', query, page };
}

/**
 * What a message asks for. Total: any string gives an intent, never an exception; user
 * mistakes become help or a search whose reply explains what went wrong.
 */
export function parseIntent(raw: string): Intent {
  const text = normalise(typeof raw === 'string' ? raw : '');
  if (text === '') return { type: 'help', reason: 'empty' };
  if (text.length > MAX_MESSAGE_LENGTH) return { type: 'help', reason: 'too-long' };
  const lower = text.toLowerCase();
  if (HELP_TEXT.test(lower)) return { type: 'help', reason: 'asked' };
  if (COUNTRIES_TEXT.test(lower)) return { type: 'countries' };

  const [first = '', ...restWords] = text.split(' ');
  const command = COMMAND_WORDS.get(first.toLowerCase().replace(/^[/!]/u, ''));
  const rest = restWords.join(' ');
  switch (command) {
    case 'search': {
      const { text: query, page } = takePage(rest);
      if (meaningful(query) === '' && query.trim() === '')
        return { type: 'help', reason: 'asked', topic: 'search' };
      return parseFreeText(query, page);
    }
    case 'random':
      return parseRandom(rest.replace(/^me\b/iu, ''));
    case 'country': {
      const { text: name, page } = takePage(rest);
      return name.trim() === '' ? { type: 'countries' } : parseCountry(name, page);
    }
    case 'countries':
      return rest === '' ? { type: 'countries' } : parseFreeText(text, 1);
    case 'show': {
      if (rest === '') return { type: 'help', reason: 'asked', topic: 'show' };
      // "show me cases from Greece" is a question, not an id.
      if (restWords.length === 1 && !FILLER.test(rest.toLowerCase()))
        return { type: 'show', id: rest.toLowerCase() };
      break;
    }
    case 'help':
      return { type: 'help', reason: 'asked', ...(rest ? { topic: rest.toLowerCase() } : {}) };
    case 'digest':
      return { type: 'digest', command: parseDigest(rest) };
    case undefined:
      break;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
  if (RANDOM_TEXT.test(lower))
    return parseRandom(text.replace(RANDOM_TEXT, '').replace(/^\s*(?:me|case)\b/iu, ''));
  const { text: query, page } = takePage(text);
  return parseFreeText(query, page);
}
