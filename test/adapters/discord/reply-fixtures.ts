import type { CaseHit, Reply } from '../../../src/index.js';

export const TELEREHAB: CaseHit = {
  id: 'k7telrh',
  title: 'Telerehabilitation in Korea',
  summary: 'Patients do their **rehab** at home with a tablet; @everyone can join.',
  countries: ['KR'],
  year: 2021,
  url: 'https://oecd-opsi.org/innovations/telerehab/',
  tags: ['health', 'digital government'],
  score: 3.2,
  matched: ['rehab'],
};

export const BARE: CaseHit = {
  id: 'b4re',
  title: 'A case with little data',
  summary: 'Short.',
  countries: [],
  tags: [],
};

export function resultsReply(overrides: Partial<Extract<Reply, { type: 'results' }>> = {}): Reply {
  return {
    type: 'results',
    intent: { type: 'search', query: 'rehab', filters: {}, sort: 'relevance', page: 1 },
    heading: 'Cases matching “rehab”',
    cases: [TELEREHAB, BARE],
    total: 7,
    page: 1,
    pageCount: 2,
    nextCommand: 'search rehab page 2',
    actions: [
      { type: 'details', label: 'Details', command: `show ${TELEREHAB.id}` },
      { type: 'details', label: 'Details', command: `show ${BARE.id}` },
      { type: 'more', label: 'More results', command: 'search rehab page 2' },
    ],
    visibility: 'channel',
    ...overrides,
  };
}
