import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListingPage } from '../../src/knowledge/parse-listing-page.js';
import { findTopic, TAXONOMY, tagsFor } from '../../src/knowledge/taxonomy.js';
import { BUILT_IN_KNOWLEDGE } from '../fixtures/knowledge-dirs.js';

const SUMMARIES = [
  ...new Set(
    ['opsi-listing-000.txt', 'opsi-listing-004.txt'].flatMap((name) =>
      parseListingPage(readFileSync(join(BUILT_IN_KNOWLEDGE, name), 'utf8')).summaries.map((s) => s.text),
    ),
  ),
];

function tagsOf(start: string): string[] {
  const summary = SUMMARIES.find((s) => s.startsWith(start));
  if (summary === undefined) throw new Error(`no built-in summary starts with ${start}`);
  return tagsFor(summary);
}

describe('TAXONOMY', () => {
  it('has unique ids and labels, and keywords in lower case', () => {
    expect(new Set(TAXONOMY.map((t) => t.id)).size).toBe(TAXONOMY.length);
    expect(new Set(TAXONOMY.map((t) => t.label)).size).toBe(TAXONOMY.length);
    for (const tag of TAXONOMY) {
      for (const k of tag.keywords) {
        expect(k).toBe(k.toLowerCase());
        expect(k).toMatch(/^[a-z0-9][a-z0-9 -]*\*?$/);
      }
    }
  });

  it('covers the sectors the issue names', () => {
    expect(TAXONOMY.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'digital-government',
        'health',
        'participation-democracy',
        'employment-skills',
        'ai-emerging-tech',
        'culture',
        'climate-environment',
        'social-inclusion',
        'innovation-labs-procurement',
        'education',
        'mobility-urban',
        'economy-business',
        'public-safety',
      ]),
    );
  });
});

describe('tagsFor on the built-in cases', () => {
  it('gives every built-in case at least one tag', () => {
    expect(SUMMARIES).toHaveLength(18);
    for (const summary of SUMMARIES) expect(tagsFor(summary).length, summary.slice(0, 40)).toBeGreaterThan(0);
  });

  it.each([
    ['Public healthcare in Serbia', ['Health', 'AI & emerging tech']],
    ['The General Hospital', ['Health']],
    ['Mind the Class', ['Health', 'Education']],
    ['Collections of Ghent', ['Culture & heritage', 'Social inclusion', 'Mobility & urban']],
    ['The Austin Civilian', ['Climate & environment', 'Employment & skills']],
    ['Since October 2020', ['Employment & skills', 'Economy & business']],
    ['#MyFrance2022', ['Participation & democracy', 'Digital government']],
    ["Citizens' assemblies", ['Participation & democracy']],
    ['Connectoo Training', ['Digital government', 'Social inclusion']],
    ['Small and medium-sized', ['AI & emerging tech', 'Economy & business']],
    ['The Future Tech Challenge', ['AI & emerging tech', 'Innovation labs & procurement']],
    ['Countries in the Western Balkans', ['Digital government', 'Transparency & integrity']],
  ])('%s… gets %j', (start, expected) => {
    expect(tagsOf(start)).toEqual(expect.arrayContaining(expected));
  });

  it('does not tag by words that mean something else here', () => {
    // "uphold service integrity", "service culture", "emergency department", "participation of patients".
    expect(tagsOf('When planning began')).toEqual(['Health']);
    expect(tagsOf('The General Hospital')).not.toContain('Participation & democracy');
  });
});

describe('tagsFor matching rules', () => {
  it('matches whole words and stems, not words inside other words', () => {
    expect(tagsFor('They aid farmers')).toEqual([]);
    expect(tagsFor('An AI assistant')).toEqual(['AI & emerging tech']);
    expect(tagsFor('democratic renewal')).toEqual(['Participation & democracy']);
    expect(tagsFor('a labyrinth of forms')).toEqual([]);
  });

  it('ignores case, accents, apostrophes and hyphen spelling', () => {
    expect(tagsFor('CITIZENS’ ASSEMBLY on climate')).toEqual([
      'Participation & democracy',
      'Climate & environment',
    ]);
    expect(tagsFor('Support for startups')).toEqual(['Innovation labs & procurement']);
    expect(tagsFor('support for start-ups')).toEqual(['Innovation labs & procurement']);
    expect(tagsFor('e-government')).toEqual(['Digital government']);
    expect(tagsFor('Santé publique: a hospital network')).toEqual(['Health']);
  });

  it('returns nothing for text without a topic', () => {
    expect(tagsFor('')).toEqual([]);
    expect(tagsFor('The team met on Tuesday.')).toEqual([]);
  });
});

describe('findTopic', () => {
  it.each([
    ['health', 'Health'],
    ['healthcare', 'Health'],
    ['Health', 'Health'],
    ['AI', 'AI & emerging tech'],
    ['artificial intelligence', 'AI & emerging tech'],
    ['climate', 'Climate & environment'],
    ['environment', 'Climate & environment'],
    ['jobs', 'Employment & skills'],
    ['employment', 'Employment & skills'],
    ['democracy', 'Participation & democracy'],
    ['participation', 'Participation & democracy'],
    ['culture', 'Culture & heritage'],
    ['education', 'Education'],
    ['schools', 'Education'],
    ['transport', 'Mobility & urban'],
    ['procurement', 'Innovation labs & procurement'],
    ['digital government', 'Digital government'],
    ['Social inclusion', 'Social inclusion'],
    ['crime', 'Public safety & justice'],
    ['mental health in schools', 'Health'],
  ])('%s → %s', (text, label) => {
    expect(findTopic(text)).toBe(label);
  });

  it.each(['', 'japan', 'random', 'cases', 'government', 'public', 'innovation'])('%j → no topic', (text) => {
    expect(findTopic(text)).toBeUndefined();
  });
});
