import { createRequire } from 'node:module';
import { z } from 'zod';
import { dropped, type FieldRepair, kept, quote, repaired } from './field-repair.js';

// The IANA list of top-level domains, kept up to date by the `tlds` package (CommonJS JSON).
const require = createRequire(import.meta.url);
const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(require('tlds') as string[]);

const httpUrl = z.httpUrl();

// A host name and an optional path, nothing else: "www.agency.example/page", "gov.uk".
const BARE_ADDRESS =
  /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z][a-z0-9-]*[a-z0-9])(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/**
 * A case's `url`: an http(s) URL is kept. An address written without its scheme is repaired with
 * `https://` when it is one word whose host starts with "www." or ends in a real top-level domain
 * ("www.agency.example/page", "oecd-opsi.org"), and so is a protocol-relative "//host/path". Anything else ("internal web
 * address", a pasted headline, "ftp://…", "report.pdf") is dropped.
 */
export function repairUrl(value: unknown): FieldRepair<string> {
  if (typeof value !== 'string') return dropped(`url must be text, found ${JSON.stringify(value)}`);
  const text = value.trim();
  if (httpUrl.safeParse(text).success) return kept(text);
  const bare = text.startsWith('//') ? text.slice(2) : text;
  const tld = BARE_ADDRESS.exec(bare)?.[1]?.toLowerCase();
  if (tld !== undefined && (TOP_LEVEL_DOMAINS.has(tld) || /^www\./iu.test(bare))) {
    const url = `https://${bare}`;
    if (httpUrl.safeParse(url).success)
      return repaired(url, `url ${quote(text)} has no scheme; read as ${url}`);
  }
  return dropped(`url ${quote(text)} is not an http or https address; dropped`);
}
