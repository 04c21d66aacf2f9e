import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCaseLinks, type Case, caseLinkKey, caseLinksOf } from '../../src/index.js';
import { MAX_LINKS_PER_TEXT } from '../../src/knowledge/case-links.js';

function aCase(id: string, url?: string): Case {
  return {
    id,
    title: `Case ${id}`,
    summary: 'A summary.',
    truncated: false,
    countries: ['BE'],
    tags: [],
    sources: [{ file: 'cases.json', line: 1 }],
    ...(url === undefined ? {} : { url }),
  };
}

const connectoo = aCase('cnt2022', 'https://oecd-opsi.org/innovations/connectoo/');
const other = aCase('oth2020', 'https://www.example.gov/cases/other');
const links = buildCaseLinks([connectoo, other, aCase('nourl'), aCase('bad', 'not a url')]);

describe('caseLinkKey', () => {
  it.each([
    ['https://oecd-opsi.org/innovations/connectoo/', 'oecd-opsi.org/innovations/connectoo'],
    ['http://WWW.OECD-OPSI.org/innovations/connectoo', 'oecd-opsi.org/innovations/connectoo'],
    ['https://oecd-opsi.org/innovations/connectoo/?utm_source=x#top', 'oecd-opsi.org/innovations/connectoo'],
  ])('%s is the page %s', (url, key) => {
    expect(caseLinkKey(url)).toBe(key);
  });

  it.each(['ftp://oecd-opsi.org/x', 'javascript:alert(1)', 'oecd-opsi.org/x', ''])('%s is no page', (url) => {
    expect(caseLinkKey(url)).toBeUndefined();
  });
});

describe('buildCaseLinks', () => {
  it('finds a case by its page, however the link is written', () => {
    expect(links.find('https://www.oecd-opsi.org/innovations/connectoo?ref=slack')).toBe(connectoo);
    expect(links.find('https://example.gov/cases/other/')).toBe(other);
    expect(links.find('https://oecd-opsi.org/innovations/')).toBeUndefined();
    expect(links.find('https://oecd-opsi.org/innovations/connectoo/more')).toBeUndefined();
  });

  it('finds the cases linked in chat text, each once, in order', () => {
    const text =
      'see <https://example.gov/cases/other|this> and https://oecd-opsi.org/innovations/connectoo/. ' +
      'Also <https://www.example.gov/cases/other> and https://unknown.example/x';
    expect(links.inText(text)).toEqual([other, connectoo]);
    expect(links.inText('no links here')).toEqual([]);
  });

  it(`looks at no more than ${MAX_LINKS_PER_TEXT} links in a text`, () => {
    const noise = Array.from({ length: MAX_LINKS_PER_TEXT }, (_, i) => `https://x.example/${i}`).join(' ');
    expect(links.inText(`${noise} https://oecd-opsi.org/innovations/connectoo/`)).toEqual([]);
  });

  it('lists the hosts of the pages, without www', () => {
    expect(links.hosts()).toEqual(['example.gov', 'oecd-opsi.org']);
  });

  it('never throws on any text, and finds only known cases', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.webUrl(), (text, url) => {
        const found = links.inText(`${text} ${url} ${text}`);
        expect(found.every((c) => c === connectoo || c === other)).toBe(true);
      }),
    );
  });
});

describe('caseLinksOf', () => {
  it('builds the links once per knowledge, and anew for a reloaded one', () => {
    const cases = [connectoo];
    expect(caseLinksOf(cases)).toBe(caseLinksOf(cases));
    const reloaded = [other];
    expect(caseLinksOf(reloaded).find(other.url!)).toBe(other);
    expect(caseLinksOf(reloaded).find(connectoo.url!)).toBeUndefined();
  });
});
