import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inferTitle, MAX_TITLE_LENGTH } from '../../src/knowledge/infer-title.js';
import { parseListingPage } from '../../src/knowledge/parse-listing-page.js';
import { BUILT_IN_KNOWLEDGE } from '../fixtures/knowledge-dirs.js';

const BUILT_IN_SUMMARIES = [
  ...new Set(
    ['opsi-listing-000.txt', 'opsi-listing-004.txt'].flatMap((name) =>
      parseListingPage(readFileSync(join(BUILT_IN_KNOWLEDGE, name), 'utf8')).summaries.map((s) => s.text),
    ),
  ),
];

function summaryStarting(start: string): string {
  const found = BUILT_IN_SUMMARIES.find((s) => s.startsWith(start));
  if (found === undefined) throw new Error(`no built-in summary starts with ${start}`);
  return found;
}

// What a reader would call each built-in case from its summary alone (curation absent).
const EXPECTED: readonly [string, string][] = [
  ['"Why did I fail?', 'Digital Mentor Service of National Qualification'],
  [
    'Countries in the Western Balkans',
    'Countries in the Western Balkans created digital infrastructure to support…',
  ],
  ['Government struggles', 'Government struggles to exploit advances in science and technology that could…'],
  ['For 80 years', 'For 80 years we have been working for the well-being of people in disadvantaged…'],
  ['The Future Tech Challenge', 'Future Tech Challenge'],
  ['Connectoo Training', 'Connectoo Training'],
  ["Citizens' assemblies", 'Participation Task Forces'],
  [
    'Public healthcare in Serbia',
    'Public healthcare in Serbia is transformed through innovative use of mixed…',
  ],
  ['The Austin Civilian', 'Austin Civilian Conservation Corps'],
  ['The General Hospital', 'The General Hospital Asklepieio Voulas has developed an exercise-based cardiac…'],
  ['#MyFrance2022', '#MyFrance2022'],
  ['In 2017, Korea', 'Online Gwanak-gu Office'],
  ['Small and medium-sized', 'AI Friends'],
  ['When planning began', 'When planning began for a first-of-its-kind Urgent Mental Health Care Centre…'],
  ['Since October 2020', 'Presidential Employment Stimulus'],
  ['Collections of Ghent', 'Collections of Ghent'],
  ['Mind the Class', 'Mind the Class'],
  ['In the VUCA', 'Ecosystem School 1.0'],
];

describe('inferTitle on the 18 built-in cases', () => {
  it('covers every built-in case', () => {
    expect(BUILT_IN_SUMMARIES).toHaveLength(18);
    expect(new Set(EXPECTED.map(([start]) => summaryStarting(start))).size).toBe(18);
  });

  it.each(EXPECTED)('%s… → %s', (start, title) => {
    const inferred = inferTitle(summaryStarting(start));
    expect(inferred).toBe(title);
    expect(inferred.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});

describe('inferTitle heuristics', () => {
  it.each([
    ['Decidim is a free platform for citizen participation used by cities across Europe.', 'Decidim'],
    [
      'The Smart Ticket Programme (STP) was launched to simplify fares on regional trains.',
      'Smart Ticket Programme',
    ],
    ['With the Open Streets initiative, the city closes main roads to cars on Sundays.', 'Open Streets'],
    [
      'Residents voted on the budget through “Budget Participativo”, a web platform run by the city.',
      'Budget Participativo',
    ],
    [
      "Lisbon's Participatory Budget has funded over 100 projects proposed by residents.",
      'Participatory Budget',
    ],
    [
      'Farmers struggled to get advice, so the ministry launched AgriConnect. It answers questions by text.',
      'AgriConnect',
    ],
  ])('%s → %s', (summary, title) => {
    expect(inferTitle(summary)).toBe(title);
  });

  it('does not take a sentence opening or a single common word for a name', () => {
    expect(inferTitle('Government is slow to adopt new tools, so a team built a shared toolkit.')).toBe(
      'Government is slow to adopt new tools',
    );
    expect(inferTitle('In 2019, Citizens of the town were asked to vote on a new park.')).toBe(
      'In 2019, Citizens of the town were asked to vote on a new park',
    );
    expect(inferTitle('"Why is this so hard?" asked every applicant, until the form was rewritten.')).toBe(
      '"Why is this so hard?" asked every applicant',
    );
  });

  it('cuts a long first clause at a word boundary with an ellipsis', () => {
    const title = inferTitle(
      'Across hundreds of small rural municipalities without their own technical staff the national agency for regional development now provides shared engineers.',
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toBe('Across hundreds of small rural municipalities without their own technical staff…');
  });

  it('drops the ellipsis of a truncated summary from a clause title', () => {
    expect(inferTitle('Short and cut off…')).toBe('Short and cut off');
  });

  it('leaves a short title alone and cuts a long one to the limit', () => {
    expect(inferTitle('AI Friends')).toBe('AI Friends');
    expect(inferTitle('x'.repeat(200))).toBe(`${'x'.repeat(79)}…`);
  });
});
