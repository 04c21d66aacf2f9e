import type { Case } from './case.js';

/** Links looked at in one text: a message full of links is not a reason to work without end. */
export const MAX_LINKS_PER_TEXT = 20;
/** Longer links are no case's page. */
const MAX_LINK_LENGTH = 2000;
/** An http(s) link in chat text; Slack wraps links in `<…|label>`, Discord in `<…>`. */
const LINK = /https?:\/\/[^\s<>|"'`)\]]+/gi;

/**
 * What identifies a case's page: the host in lower case without `www.`, and the path without a
 * trailing slash. Scheme, port, query (`?utm_source=…`) and fragment do not make another page.
 */
export function caseLinkKey(url: string): string | undefined {
  if (url.length > MAX_LINK_LENGTH) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${path}`;
}

/** The cases of the knowledge by the address of their page. */
export interface CaseLinks {
  /** The case whose page `url` is, if any. */
  find(url: string): Case | undefined;
  /** The cases linked in a text, in the order of their first link, each once. */
  inText(text: string): Case[];
  /** The hosts of the cases' pages (without `www.`), sorted: the domains to unfurl. */
  hosts(): string[];
}

export function buildCaseLinks(cases: readonly Case[]): CaseLinks {
  const byKey = new Map<string, Case>();
  for (const c of cases) {
    const key = c.url === undefined ? undefined : caseLinkKey(c.url);
    // Two cases on one page: the first keeps it, as the knowledge lists them.
    if (key !== undefined && !byKey.has(key)) byKey.set(key, c);
  }
  const find = (url: string) => {
    const key = caseLinkKey(url);
    return key === undefined ? undefined : byKey.get(key);
  };
  return {
    find,
    inText(text) {
      const found: Case[] = [];
      let looked = 0;
      for (const match of text.matchAll(LINK)) {
        if (++looked > MAX_LINKS_PER_TEXT) break;
        const c = find(match[0].replace(/[.,;:!?]+$/, ''));
        if (c !== undefined && !found.includes(c)) found.push(c);
      }
      return found;
    },
    hosts() {
      return [...new Set([...byKey.keys()].map((key) => key.split('/')[0] ?? ''))].sort();
    },
  };
}

const built = new WeakMap<readonly Case[], CaseLinks>();

/**
 * The links of a knowledge's cases, built once per knowledge: a reload brings new cases, and so
 * new links, without anyone holding on to the old ones.
 */
export function caseLinksOf(cases: readonly Case[]): CaseLinks {
  let links = built.get(cases);
  if (links === undefined) {
    links = buildCaseLinks(cases);
    built.set(cases, links);
  }
  return links;
}
