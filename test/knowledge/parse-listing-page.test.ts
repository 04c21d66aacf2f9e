import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListingPage } from '../../src/knowledge/parse-listing-page.js';
import { BUILT_IN_KNOWLEDGE } from '../fixtures/knowledge-dirs.js';

const PAGES = ['opsi-listing-000.txt', 'opsi-listing-004.txt'] as const;

function readPage(name: string): string {
  return readFileSync(join(BUILT_IN_KNOWLEDGE, name), 'utf8');
}

describe('parseListingPage on the built-in pages', () => {
  for (const name of PAGES) {
    it(`${name}: ten summaries, kept exactly, on their own 1-based lines`, () => {
      const text = readPage(name);
      const lines = text.split('\n');
      const { summaries } = parseListingPage(text);
      expect(summaries.map((s) => s.line)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
      for (const s of summaries) expect(s.text).toBe(lines[s.line - 1]);
      // The last line has no newline and is still a summary.
      expect(text.endsWith('\n')).toBe(false);
      expect(summaries.at(-1)?.text).toBe(lines.at(-1));
    });

    it(`${name}: no boilerplate line becomes a summary`, () => {
      const { summaries, skipped } = parseListingPage(readPage(name));
      for (const s of summaries) {
        expect(s.text).not.toMatch(/OECD website|Skip to content|authenticity|Public Governance Directorate/);
      }
      expect(skipped.map((s) => s.line)).toEqual([1, 2, 3, 5, 7, 9]);
    });
  }

  it('flags exactly one truncated summary, the Connectoo one', () => {
    const truncated = PAGES.flatMap((name) =>
      parseListingPage(readPage(name)).summaries.filter((s) => s.truncated),
    );
    expect(truncated).toHaveLength(1);
    expect(truncated[0]?.text.startsWith('Connectoo Training aims')).toBe(true);
    expect(truncated[0]?.text.endsWith('remains more than…')).toBe(true);
  });
});

const SUMMARY_A =
  'A regional council asked residents to redesign bus routes with it, and ridership rose by a fifth within a year of the new network opening to the public.';
const SUMMARY_B =
  'Nurses in rural clinics use a shared tablet app to book specialist video consultations, cutting travel for patients with chronic conditions.';

describe('parseListingPage finds the boilerplate by rule', () => {
  it('drops a different header, navigation, paging and footer chrome', () => {
    const page = [
      'Skip to main content',
      'Menu',
      'Search',
      'Innovation case studies',
      'This site uses cookies to improve your experience. Find out more about how we use them.',
      'Showing 1-20 of 1,102 innovations',
      SUMMARY_A,
      'Read more',
      SUMMARY_B,
      'Page 2 of 56',
      'Next',
      '© OECD 2024',
    ].join('\r\n');
    const { summaries, skipped } = parseListingPage(page);
    expect(summaries).toEqual([
      { line: 7, text: SUMMARY_A, truncated: false },
      { line: 9, text: SUMMARY_B, truncated: false },
    ]);
    expect(skipped.map((s) => s.line)).toEqual([1, 2, 3, 4, 5, 6, 8, 10, 11, 12]);
  });

  it('skips a long notice about the website itself before the first summary', () => {
    const notice =
      'This website was created by the Observatory of Public Sector Innovation, part of the Public Governance Directorate, to collect and share case studies from governments.';
    expect(notice.length).toBeGreaterThan(150);
    const { summaries } = parseListingPage([notice, '', SUMMARY_A].join('\n'));
    expect(summaries.map((s) => s.text)).toEqual([SUMMARY_A]);
  });

  it('keeps a long summary that mentions cookies or a website once summaries have started', () => {
    const mentions =
      'A data protection authority built a website that explains cookies and privacy settings in plain language, and complaints about consent banners fell.';
    const { summaries } = parseListingPage([SUMMARY_A, mentions].join('\n'));
    expect(summaries.map((s) => s.text)).toEqual([SUMMARY_A, mentions]);
  });

  it('marks "..." as well as "…" as truncated and keeps surrounding text exactly', () => {
    const cut = `${SUMMARY_B.slice(0, 90)}...`;
    const { summaries } = parseListingPage([SUMMARY_A, cut].join('\n'));
    expect(summaries[1]).toEqual({ line: 2, text: cut, truncated: true });
  });

  it('skips lines with control characters and reports them', () => {
    const { summaries, skipped } = parseListingPage([SUMMARY_A, `${SUMMARY_B}\u0007`].join('\n'));
    expect(summaries).toHaveLength(1);
    expect(skipped).toEqual([{ line: 2, reason: 'control-characters' }]);
  });

  it('finds nothing in a page of only short lines', () => {
    expect(parseListingPage('Skip to content\nHome\n\nNo results').summaries).toEqual([]);
    expect(parseListingPage('').summaries).toEqual([]);
  });
});
