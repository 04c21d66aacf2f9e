import { createKeywordMatcher } from './keyword-matcher.js';

/** A topic: stable id, the label users and replies see, and the keywords that find it in text. */
export interface TaxonomyTag {
  id: string;
  label: string;
  keywords: readonly string[];
}

function tag(id: string, label: string, keywords: string): TaxonomyTag {
  return { id, label, keywords: keywords.split(/,\s*/u) };
}

/**
 * A small topic taxonomy close to OPSI's sectors. Keywords are lower-case; `*` ends a stem
 * ("democra*" matches democracy and democratic); words of a keyword match in sequence, or
 * written as one word ("start-up*" matches start-ups, start up and startups). Whole words only.
 * Bare words that mostly mean something else in public-sector prose stay out on purpose:
 * "culture" (organisational culture), "environment" (working environment), "safety",
 * "participation" (of patients), "pandemic", "learning" (machine learning), "data", "integrity".
 */
export const TAXONOMY: readonly TaxonomyTag[] = [
  tag(
    'digital-government',
    'Digital government',
    'digital*, digitis*, digitiz*, e-government, e-service*, online, platform*, portal*, ' +
      'open data, interoperab*, website*, app, apps, registr*, one-stop shop*',
  ),
  tag(
    'health',
    'Health',
    'health*, hospital*, medic*, patient*, doctor*, nurse*, nursing, telerehab*, rehabilitat*, ' +
      'cardia*, cardio*, disease*, clinic*, vaccin*, telemedicine',
  ),
  tag(
    'participation-democracy',
    'Participation & democracy',
    'democra*, citizen assembl*, citizens assembl*, participatory, participative, ' +
      'citizen participation, public participation, user participation, consultation*, ' +
      'deliberat*, co-creation, co-design*, election*, elector*, elected, vote, votes, voting, ' +
      'voter*, referend*, petition*, civic*, citizen engagement, public engagement, ' +
      'policy suggestion*',
  ),
  tag(
    'employment-skills',
    'Employment & skills',
    'employ*, unemploy*, job, jobs, career*, skill*, workforce, labour market*, labor market*, ' +
      'livelihood*, apprentic*, public works, reskill*, upskill*, living-wage, vocational',
  ),
  tag(
    'ai-emerging-tech',
    'AI & emerging tech',
    'ai, artificial intelligence, machine learning, algorithm*, chatbot*, blockchain, ' +
      'mixed reality, virtual reality, augmented reality, emerging tech*, new technolog*, ' +
      'robot*, big data, massive data, internet of things, iot, drone*, cutting-edge, ' +
      'automation',
  ),
  tag(
    'culture',
    'Culture & heritage',
    'cultural, heritage, museum*, librar*, arts, artist*, creative industr*, theatre*, ' + 'theater*, music*',
  ),
  tag(
    'climate-environment',
    'Climate & environment',
    'climate*, environmental*, green, carbon, decarboni*, emission*, renewable*, energy, ' +
      'biodiversity, pollution, recycl*, waste, conservation, net zero, circular economy, ' +
      'air quality',
  ),
  tag(
    'social-inclusion',
    'Social inclusion',
    'inclusion, inclusive, digital divide, vulnerab*, disadvantag*, poverty, homeless*, ' +
      'equity, equitable, inequalit*, equality, disabilit*, disabled, migrant*, refugee*, ' +
      'minorit*, marginali*, underserved, social cohesion, elderly, older people, women, gender, ' +
      'welfare, social protection, social services',
  ),
  tag(
    'innovation-labs-procurement',
    'Innovation labs & procurement',
    'innovation lab*, lab, labs, living lab*, procurement, start-up*, experiment*, prototyp*, ' +
      'hackathon*, govtech, innovation challenge*, challenge-based, commercial mechanism*, ' +
      'accelerator*',
  ),
  tag(
    'education',
    'Education',
    'educat*, school*, student*, teacher*, pupil*, universit*, curricul*, classroom*, ' +
      'e-learning, qualification*, exam, exams, examination*, kindergarten*',
  ),
  tag(
    'mobility-urban',
    'Mobility & urban',
    'mobility, transport*, traffic, road, roads, urban, public space*, neighbourhood*, ' +
      'neighborhood*, housing, smart cit*, cycling, bicycle*, bike*, bus, buses, parking, ' +
      'pedestrian*, city planning, urban planning',
  ),
  tag(
    'economy-business',
    'Economy & business',
    'business*, company, companies, enterprise*, sme, smes, entrepreneur*, econom*, tax, ' +
      'taxes, taxation, trade, financial, investment*',
  ),
  tag(
    'public-safety',
    'Public safety & justice',
    'police, policing, crime*, criminal*, justice, court, courts, prison*, emergency services, ' +
      'emergency response, emergency management, disaster*, firefighter*, public safety, ' +
      'road safety, community safety',
  ),
  tag(
    'transparency-integrity',
    'Transparency & integrity',
    'transparen*, public integrity, corruption, anti-corruption, fraud*, open government, ' +
      'audit*, lobby*, beneficial owner*',
  ),
  tag(
    'public-sector-capability',
    'Public sector capability',
    'capabilit*, public officials, public servants, civil servants, civil service, ' +
      'public agents, public sector workforce, leadership',
  ),
];

const matcher = createKeywordMatcher(TAXONOMY.map((t) => t.keywords));

/** Labels of the taxonomy tags whose keywords occur in the text, in taxonomy order. */
export function tagsFor(text: string): string[] {
  const first = matcher.firstMatches(text);
  return TAXONOMY.filter((_, index) => first[index]! >= 0).map((t) => t.label);
}

/** Label words too generic to name a topic on their own: every case is public-sector innovation. */
const GENERIC_LABEL_WORDS = new Set(['public', 'government', 'sector', 'and', 'innovation']);

const LABEL_WORDS = new Map<string, string>();
for (const t of TAXONOMY) {
  LABEL_WORDS.set(matcher.fold(t.label), t.label);
  for (const word of [t.id, ...matcher.fold(t.label).split(/[^\p{L}\p{N}]+/u)]) {
    if (word !== '' && !GENERIC_LABEL_WORDS.has(word) && !LABEL_WORDS.has(word))
      LABEL_WORDS.set(word, t.label);
  }
}

/**
 * The tag label a user's topic names ("health", "healthcare", "AI", "climate", "jobs",
 * "democracy"), or undefined. Words of a label count ("environment", "heritage"), then keywords;
 * in a longer text the earliest keyword wins.
 */
export function findTopic(text: string): string | undefined {
  const folded = matcher.fold(text).trim();
  const whole = LABEL_WORDS.get(folded.replace(/\s+/gu, ' '));
  if (whole !== undefined) return whole;
  for (const word of folded.split(/[^\p{L}\p{N}-]+/u)) {
    const label = LABEL_WORDS.get(word);
    if (label !== undefined) return label;
  }
  let best: { label: string; at: number } | undefined;
  matcher.firstMatches(text).forEach((at, index) => {
    if (at >= 0 && (best === undefined || at < best.at)) best = { label: TAXONOMY[index]!.label, at };
  });
  return best?.label;
}
