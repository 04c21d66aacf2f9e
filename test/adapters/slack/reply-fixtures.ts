import type { CaseHit, Reply } from '../../../src/index.js';
import type { ReplyContent } from '../../../src/replies/reply.js';

/** Hand-built replies, shaped as the core builds them. */
export const belgiumCase: CaseHit = {
  id: 'cnt2022',
  title: 'Connectoo Training',
  summary: 'Connectoo Training aims to reduce the digital divide in Belgium by training public officials.',
  countries: ['BE'],
  year: 2022,
  url: 'https://oecd-opsi.org/innovations/connectoo/',
  tags: ['digital inclusion', 'training'],
  matched: ['digital'],
};

export const hostileCase: CaseHit = {
  id: 'evil01',
  title: 'Hi <!channel> & <@U999|boss> <https://evil.example|click>',
  summary: 'Ping <!here> <!everyone> <#C123> <!subteam^S1> & friends > all',
  countries: ['FR'],
  url: 'https://example.org/a?x=1&y=<2>|z',
  tags: ['<!here>'],
  matched: ['<@U1>'],
};

type Results = Extract<ReplyContent, { type: 'results' }>;

/** A page of results as the core's handler builds it, before it decides who sees it. */
export function resultsContent(cases: CaseHit[], extra: Partial<Results> = {}): Results {
  return {
    type: 'results',
    intent: { type: 'search', query: 'digital', filters: {}, sort: 'relevance', page: 1 },
    heading: 'Cases about “digital”',
    cases,
    total: 12,
    page: 1,
    pageCount: 3,
    nextCommand: 'search digital page 2',
    actions: [
      ...cases.map((c) => ({ type: 'details' as const, label: 'Details', command: `show ${c.id}` })),
      { type: 'more', label: 'More results', command: 'search digital page 2' },
    ],
    ...extra,
  };
}

/** The same page as the bot answers it: for the channel, unless `extra` says otherwise. */
export function resultsReply(
  cases: CaseHit[],
  extra: Partial<Extract<Reply, { type: 'results' }>> = {},
): Reply {
  return { ...resultsContent(cases), visibility: 'channel', ...extra };
}
