/**
 * The public-sector innovation field's short forms, as practitioners type them, and the full term
 * each stands for. Kept by hand from the field's usage (OECD OPSI's case studies and glossary,
 * https://oecd-opsi.org/); a form that is an English word, a common acronym (IT, US, AI) or a
 * country's code in lower case stays out, or keeps its place reading (see read-field-terms).
 * Search finds the full term's synonyms through knowledge/synonyms.json.
 */
export const FIELD_TERMS: readonly { forms: readonly string[]; term: string }[] = [
  { forms: ['BI'], term: 'behavioural insights' },
  { forms: ['HCD'], term: 'human-centred design' },
  { forms: ['PB'], term: 'participatory budgeting' },
  { forms: ['UX'], term: 'user experience' },
  { forms: ['RPA'], term: 'robotic process automation' },
  { forms: ['NLP'], term: 'natural language processing' },
  { forms: ['CivicTech'], term: 'civic tech' },
  { forms: ['PPP'], term: 'public-private partnership' },
  { forms: ['OGP'], term: 'Open Government Partnership' },
  { forms: ['DPI'], term: 'digital public infrastructure' },
  { forms: ['CSO'], term: 'civil society organisation' },
  { forms: ['SDG'], term: 'Sustainable Development Goals' },
];

/**
 * The UN Sustainable Development Goals: number, name, and the words casebot searches for each —
 * a topic's own word where the goal fits a topic of the taxonomy (13 is climate), else the
 * goal's subject. Names from https://sdgs.un.org/goals (adopted 2015; fixed until 2030).
 */
export const SDGS: readonly { goal: number; name: string; search: string }[] = [
  { goal: 1, name: 'No poverty', search: 'poverty' },
  { goal: 2, name: 'Zero hunger', search: 'hunger' },
  { goal: 3, name: 'Good health and well-being', search: 'health' },
  { goal: 4, name: 'Quality education', search: 'education' },
  { goal: 5, name: 'Gender equality', search: 'gender equality' },
  { goal: 6, name: 'Clean water and sanitation', search: 'water sanitation' },
  { goal: 7, name: 'Affordable and clean energy', search: 'clean energy' },
  { goal: 8, name: 'Decent work and economic growth', search: 'employment' },
  { goal: 9, name: 'Industry, innovation and infrastructure', search: 'infrastructure' },
  { goal: 10, name: 'Reduced inequalities', search: 'inequality' },
  { goal: 11, name: 'Sustainable cities and communities', search: 'urban' },
  { goal: 12, name: 'Responsible consumption and production', search: 'responsible consumption' },
  { goal: 13, name: 'Climate action', search: 'climate' },
  { goal: 14, name: 'Life below water', search: 'oceans' },
  { goal: 15, name: 'Life on land', search: 'biodiversity' },
  { goal: 16, name: 'Peace, justice and strong institutions', search: 'justice' },
  { goal: 17, name: 'Partnerships for the goals', search: 'partnerships' },
];
