import { beforeAll, describe, expect, it } from 'vitest';
import { type Bot, createCasebot, type Intent } from '../../src/index.js';
import { count, list, random, search } from '../support/intents.js';

// The clock the relative years are read against: "this year" is 2025 here.
const NOW = new Date('2025-06-01T12:00:00Z');

let bot: Bot;
let conversation = 0;
beforeAll(async () => {
  bot = await createCasebot({ knowledgeDir: 'knowledge', random: () => 0.5, now: () => NOW });
});

/** A case of the built-in knowledge by the start of its title: no id is written down here. */
function idOf(title: string): string {
  const found = bot.knowledge.cases.find((c) => c.title.startsWith(title));
  if (!found) throw new Error(`no built-in case titled ${title}`);
  return found.id;
}

type Expected = Intent | (() => Intent);

const KR = { countries: ['KR'] };

/**
 * Messages as people type them in Slack and Discord, each answered in a fresh conversation, and
 * the intent it must be understood as. Lower case, no punctuation, emoji, typos, questions and
 * commands.
 */
const PHRASINGS: [string, Expected][] = [
  // Topic searches in plain words
  ['anything about open data?', search('open data')],
  ['Anything on open data', search('open data')],
  ['open data', search('open data')],
  ['got anything on open data', search('open data')],
  ['examples of open data portals', search('open data portals')],
  ['i am looking for cases about digital inclusion', search('digital inclusion')],
  ["I'm looking for examples of participatory budgeting", search('participatory budgeting')],
  ['do you have any examples of citizen assemblies?', search('citizen assemblies')],
  ['are there any initiatives on mental health', search('mental health')],
  ['mental health', search('mental health')],
  ['mental helth', search('mental helth')],
  ['cases on telerehabilitation pls', search('telerehabilitation')],
  ['telerehabilitaion', search('telerehabilitaion')],
  ['show me projects about green jobs 🌱', search('green jobs')],
  ['green jobs', search('green jobs')],
  ['what do you have on public procurement?', search('public procurement')],
  ['anything interesting about chatbots', search('chatbots')],
  ['stuff about co-creation', search('co-creation')],
  ['What initiatives exist around behavioural insights?', search('behavioural insights')],
  ['Any cool examples of service design??', search('service design')],
  ['info on one-stop shops', search('one-stop shops')],
  ['cases related to children with disabilities', search('children with disabilities')],
  [
    'can you find me something on cultural heritage',
    list({ topic: 'Culture & heritage' }, { sort: 'relevance' }),
  ],
  ['search digital inclusion', search('digital inclusion')],
  ['find mental health', search('mental health')],
  ['SEARCH Telerehabilitation', search('Telerehabilitation')],
  ['search digital inclusion page 2', search('digital inclusion', {}, { page: 2 })],
  ['look up business registries', search('business registries')],
  ['hey casebot, anything on smart cities?', search('smart cities')],
  ['hi! do you know any projects on loneliness', search('loneliness')],
  ['initiaves about wellbeing', search('wellbeing')],
  ['exmaples of direct democracy', search('direct democracy')],
  ['national qualification test', search('national qualification test')],
  ['local food', search('local food')],
  ['city planning', search('city planning')],
  ['first responders', search('first responders')],
  ['public health', search('public health')],
  ['Agenda 2030', search('Agenda 2030')],
  // A topic alone is a topic filter
  ['health', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['Health cases', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['healthcare stuff', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['anything on AI?', list({ topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['artificial intelligence', list({ topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['climate', list({ topic: 'Climate & environment' }, { sort: 'relevance' })],
  ['what about education initiatives', list({ topic: 'Education' }, { sort: 'relevance' })],
  // A topic misspelt, or a short form of its words, is still the topic
  ['helth care', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['educaton', list({ topic: 'Education' }, { sort: 'relevance' })],
  ['enviroment projects', list({ topic: 'Climate & environment' }, { sort: 'relevance' })],
  ['helthcare in Chile', list({ countries: ['CL'], topic: 'Health' }, { sort: 'relevance' })],
  ['democrazy initiatives', list({ topic: 'Participation & democracy' }, { sort: 'relevance' })],
  ['open gov', search('open government')],
  ['open govt data', search('open government data')],
  ['jobs', list({ topic: 'Employment & skills' }, { sort: 'relevance' })],
  ['digital government', list({ topic: 'Digital government' }, { sort: 'relevance' })],
  ['participation', list({ topic: 'Participation & democracy' }, { sort: 'relevance' })],
  ['show me transport projects', list({ topic: 'Mobility & urban' }, { sort: 'relevance' })],
  ['cases tagged culture', list({ topic: 'Culture & heritage' }, { sort: 'relevance' })],
  ['topic Public sector capability', list({ topic: 'Public sector capability' }, { sort: 'relevance' })],
  ['search "health"', search('health')],
  // Countries and places
  ['got anything from Chile', list({ countries: ['CL'] })],
  ['what is going on in Finland', list({ countries: ['FI'] })],
  ["what's happening in finland?", list({ countries: ['FI'] })],
  ['show me stuff from Greece', list({ countries: ['GR'] })],
  ['something from Colombia please', list({ countries: ['CO'] })],
  ['cases from Korea', list(KR)],
  ['what has Uruguay done?', list({ countries: ['UY'] })],
  ['initiatives in the US', list({ countries: ['US'] })],
  ['Korea', list(KR)],
  ['korea?', list(KR)],
  ['🇰🇷 korea', list(KR)],
  ['south korean cases', list(KR)],
  ['show me projects from Greece', list({ countries: ['GR'] })],
  ['anything from the UK', list({ countries: ['GB'] })],
  ['what did belgium do', list({ countries: ['BE'] })],
  ['Belgian initiatives', list({ countries: ['BE'] })],
  ['cases from Chile and Peru', list({ countries: ['CL', 'PE'] })],
  ['examples from france, germany or italy', list({ countries: ['FR', 'DE', 'IT'] })],
  ['what are cities in Seoul doing', list({ countries: ['KR'], level: 'local' })],
  ['country Belgium', list({ countries: ['BE'] })],
  ['country south korea', list(KR)],
  ['country UK', list({ countries: ['GB'] })],
  ['list all page 3', list({}, { page: 3 })],
  ['list everything, 2nd page', list({}, { page: 2 })],
  ['all cases the third page', list({}, { page: 3 })],
  // Chat spellings: stretched words, "gud", "the brits"
  ['heyyy 👋', { type: 'small-talk', kind: 'greeting' }],
  ['goooood morning', { type: 'small-talk', kind: 'greeting' }],
  ['thxxx', { type: 'small-talk', kind: 'thanks' }],
  ['any gud examples of chatbots in goverment', search('chatbots')],
  ['what did the brits do', list({ countries: ['GB'] })],
  // "what's in …" a topic lists it: there is no case to show
  ["what's in your database on education?", list({ topic: 'Education' }, { sort: 'relevance' })],
  // Verbs of doing and giving ask for cases, as "done" does
  ['Which initiatives has been made in Belgium?', list({ countries: ['BE'] })],
  [
    'pls give example about procurement',
    list({ topic: 'Innovation labs & procurement' }, { sort: 'relevance' }),
  ],
  // Leaving a place out is no filter: the place is set aside (the reply says so)
  // Places left out: a filter of their own, the places listed after the first left out too
  ['cases not in Europe', list({ except: { region: 'europe' } })],
  ['climate outside of Korea', list({ topic: 'Climate & environment', except: KR }, { sort: 'relevance' })],
  ['ai but not in korea', list({ topic: 'AI & emerging tech', except: KR }, { sort: 'relevance' })],
  ['not korea', list({ except: KR })],
  ['anything except the US?', list({ except: { countries: ['US'] } })],
  ['everywhere but asia', list({ except: { region: 'asia' } })],
  ['what do you have outside the OECD', list({ except: { region: 'oecd' } })],
  ['digital identity, not from estonia', search('digital identity', { except: { countries: ['EE'] } })],
  [
    'any open data stuff from europe but not the UK?',
    search('open data', { region: 'europe', except: { countries: ['GB'] } }),
  ],
  ['cases in the EU except Germany and France', list({ region: 'eu', except: { countries: ['DE', 'FR'] } })],
  ['how many cases outside europe?', count(undefined, { except: { region: 'europe' } })],
  ['random case not from europe', random('', { except: { region: 'europe' } })],
  ['list in Asia, not in Japan, South Korea', list({ region: 'asia', except: { countries: ['JP', 'KR'] } })],
  // Topics and words left out: a topic by its tag, other words as written
  [
    'health but not mental health',
    list({ topic: 'Health', without: ['mental health'] }, { sort: 'relevance' }),
  ],
  ['digital services, not AI', search('digital services', { without: ['AI & emerging tech'] })],
  [
    'education projects, but nothing about AI',
    list({ topic: 'Education', without: ['AI & emerging tech'] }, { sort: 'relevance' }),
  ],
  ['anything but AI', list({ without: ['AI & emerging tech'] })],
  ['open government minus blockchain', search('open government', { without: ['blockchain'] })],
  ['cases from korea rather than japan', list({ countries: ['KR'], except: { countries: ['JP'] } })],
  ['open data instead of AI', search('open data', { without: ['AI & emerging tech'] })],
  // A bare "not" between two things, a topic on one side: the second is left out
  ['health not education', list({ topic: 'Health', without: ['Education'] }, { sort: 'relevance' })],
  [
    'AI not blockchain',
    list({ topic: 'AI & emerging tech', without: ['blockchain'] }, { sort: 'relevance' }),
  ],
  ['open data not AI', search('open data', { without: ['AI & emerging tech'] })],
  // …but not a sentence's "not", nor how something is
  ['AI not working', search('AI not working')],
  ['non-EU countries doing digital id', search('digital id', { except: { region: 'eu' } })],
  [
    'climate stuff excluding anything about energy',
    list({ topic: 'Climate & environment', without: ['energy'] }, { sort: 'relevance' }),
  ],
  [
    'AI in government apart from chatbots',
    list({ topic: 'AI & emerging tech', without: ['chatbots'] }, { sort: 'relevance' }),
  ],
  [
    'AI but no chatbots pls',
    list({ topic: 'AI & emerging tech', without: ['chatbots'] }, { sort: 'relevance' }),
  ],
  ['show me health, not education', list({ topic: 'Health', without: ['Education'] }, { sort: 'relevance' })],
  // Topics named together: cases about any of them, those about more first; "both" asks for all
  ['health and education', list({ topics: { labels: ['Health', 'Education'] } }, { sort: 'relevance' })],
  // Filters written as a query language writes them
  [
    'health AND education',
    list({ topics: { labels: ['Health', 'Education'], all: true } }, { sort: 'relevance' }),
  ],
  ['country=FR year>=2020', list({ countries: ['FR'], years: { from: 2020 } })],
  ['list --country=BE', list({ countries: ['BE'] })],
  ['country: be', list({ countries: ['BE'] })],
  [
    'health, korea, 2020+',
    list({ countries: ['KR'], topic: 'Health', years: { from: 2020 } }, { sort: 'relevance' }),
  ],
  ['year<2018', list({ years: { to: 2017 } })],
  ['year > 2019', list({ years: { from: 2020 } })],
  ['limit 3 climate', list({ topic: 'Climate & environment' }, { sort: 'relevance', count: 3 })],
  ['max: 2 open data', search('open data', {}, { count: 2 })],
  ['which country: be honest', search('honest')],
  // A topic's acronym after "in" is the field, not the country with that code (Anguilla)
  ['which country is most active in AI?', count('country', { topic: 'AI & emerging tech' })],
  ['projects in AI', list({ topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  [
    'any cases on climate or health?',
    list({ topics: { labels: ['Climate & environment', 'Health'] } }, { sort: 'relevance' }),
  ],
  [
    'health, education and climate from Korea',
    list(
      { countries: ['KR'], topics: { labels: ['Health', 'Education', 'Climate & environment'] } },
      { sort: 'relevance' },
    ),
  ],
  [
    'both health and education',
    list({ topics: { labels: ['Health', 'Education'], all: true } }, { sort: 'relevance' }),
  ],
  ['Can you give me 2 random cases on transport or mobility?', random('', { topic: 'Mobility & urban' }, 2)],
  [
    'Are there initiatives that combine both health and AI?',
    list({ topics: { labels: ['Health', 'AI & emerging tech'], all: true } }, { sort: 'relevance' }),
  ],
  [
    'Good afternoon. Are there examples of skills and employment programmes for refugees in Europe?',
    search('refugees', { region: 'europe', topic: 'Employment & skills' }),
  ],
  [
    'How many cases on health or education do you have from OECD countries?',
    count(undefined, { region: 'oecd', topics: { labels: ['Health', 'Education'] } }),
  ],
  // A sentence about the work the asker does on a subject says the subject; "this collection" is no case
  [
    "I'm drafting a policy paper on digital inclusion for older people. What do you have from Japan or Korea?",
    search('digital inclusion for older people', { countries: ['JP', 'KR'] }),
  ],
  ['which countries does this database cover?', count('country')],
  // A fact of the cases shown asked of them: with none shown, of all cases.
  ['where are these from?', count('country')],
  ['when did they start', count('year')],
  ['what level of government are these', count('level')],
  ['what are they about?', count('topic')],
  // A greeting may name who it greets, and a spaced dash ends a sentence about the asker
  [
    "Good morning all, I'm with the Digital Service at the Ministry of Interior. We're looking into service design approaches for benefits applications, do you have examples from Nordic countries?",
    search('service design approaches for benefits applications', { region: 'nordic' }),
  ],
  [
    "We're preparing the OGP action plan — any open government or open data initiatives from Africa?",
    search('open government or open data', { region: 'africa' }),
  ],
  // A piece of work that opens its clause is context up to its noun and when it is due; a colon ends it
  [
    'Dear colleagues, for a ministerial briefing next week I need 3 examples of participatory budgeting at municipal level in Latin America',
    search('participatory budgeting', { level: 'local', region: 'latin-america' }, { count: 3 }),
  ],
  [
    'For the board meeting tomorrow: cases on public procurement innovation from the UK or Ireland, since 2018 please',
    search('public procurement', { countries: ['GB', 'IE'], years: { from: 2018 } }),
  ],
  // Who asks is context up to what they work on; chat introduces the asker as "… here"
  [
    'We are a regional government in Italy working on digital identity. Any examples?',
    search('digital identity'),
  ],
  [
    "civic tech volunteer here 🙋 we're building a tool for city councils, any examples of digital democracy platforms?",
    search('digital democracy platforms'),
  ],
  ['phd student here, anything on open data?', search('open data')],
  [
    'first year masters student here 👋 smth on digital id from estonia or finland?',
    search('digital id', { countries: ['EE', 'FI'] }),
  ],
  ['cases on open data for a uni assignment due tmrw', search('open data')],
  // A word every case could carry is part of the name of what it qualifies
  [
    'any examples of innovation labs?',
    list({ topic: 'Innovation labs & procurement' }, { sort: 'relevance' }),
  ],
  ['public sector innovation units', search('public sector innovation units')],
  [
    'Any examples of innovation labs or public sector innovation units in Asia and the Pacific?',
    search('innovation labs public sector innovation units', { region: 'asia-pacific' }),
  ],
  ['AI and blockchain projects', search('AI blockchain')],
  ['both AI and blockchain', search('blockchain', { topic: 'AI & emerging tech' })],
  [
    'how many cases on health or education?',
    count(undefined, { topics: { labels: ['Health', 'Education'] } }),
  ],
  // Digests are set up, not searched for
  ['how do i subscribe to a digest', { type: 'digest', command: { type: 'help' } }],
  ['digest info k3m9xa', { type: 'digest', command: { type: 'info', id: 'k3m9xa' } }],
  [
    'can i get a weekly digest?',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly mon 09:00' } },
  ],
  // A change to the channel's digest: what it says, never a topic made of the change's words
  [
    'make the digest fortnightly',
    { type: 'digest', command: { type: 'change', change: { every: 'fortnightly' } } },
  ],
  [
    'too many cases in the digest, just 3',
    { type: 'digest', command: { type: 'change', change: { count: 3 } } },
  ],
  [
    'send the digest on fridays instead',
    { type: 'digest', command: { type: 'change', change: { day: 'fri' } } },
  ],
  [
    'can you add korea to our digest',
    { type: 'digest', command: { type: 'change', change: { country: 'South Korea' } } },
  ],
  [
    'digest only on weekdays at 8am please',
    { type: 'digest', command: { type: 'change', change: { every: 'weekdays', time: '08:00' } } },
  ],
  ['we don’t need these digests anymore', { type: 'digest', command: { type: 'unsubscribe' } }],
  // Asked of a digest: who set it up, its next and its last post, from what the store keeps
  ['who set up this digest?', { type: 'digest', command: { type: 'info' } }],
  ['what was in last week’s digest', { type: 'digest', command: { type: 'info' } }],
  ['when is the next digest going out?', { type: 'digest', command: { type: 'info' } }],
  ['subscription models for public transport', search('subscription models for public transport')],
  ['is casebot down?', { type: 'status' }],
  // A flag stands for its country
  ['🇰🇷 digital government', list({ countries: ['KR'], topic: 'Digital government' }, { sort: 'relevance' })],
  ['anything from 🇧🇪?', list({ countries: ['BE'] })],
  // "nothing …?" asks whether there is any
  ['nothing from 2023?', list({ years: { from: 2023, to: 2023 } })],
  ['none on mental health?', search('mental health')],
  ['country Narnia', { ...(list() as Extract<Intent, { type: 'search' }>), unknownPlace: 'Narnia' }],
  // Regions and groups
  ['cases from Africa', list({ region: 'africa' })],
  ['African examples', list({ region: 'africa' })],
  ['Nordic countries', list({ region: 'nordic' })],
  ['cases from nz or australia', list({ countries: ['NZ', 'AU'] })],
  // Countries named in their own or another language; English words that are such names stay words
  ['cases from Corea del Sur', list(KR)],
  ['Alemania', list({ countries: ['DE'] })],
  [
    'i search cases for the digitalisation of the administration in Espana',
    search('digitalisation', { countries: ['ES'] }),
  ],
  ['indie developers', search('indie developers')],
  ['anything from before covid?', list({ years: { to: 2019 } })],
  ['pre-covid digital services', search('digital services', { years: { to: 2019 } })],
  ['health since the pandemic', list({ years: { from: 2020 }, topic: 'Health' }, { sort: 'relevance' })],
  ['wich country have more cases', count('country')],
  ['which level of government is most active', count('level')],
  // Which value of a facet leads, in any words for leading: counted by it, the subject searched.
  ['which countries lead on open government?', count('country', {}, 'open government')],
  ['which countries lead the way on open data', count('country', {}, 'open data')],
  ['which countries are leaders in AI?', count('country', { topic: 'AI & emerging tech' })],
  ['which country does best at open data?', count('country', {}, 'open data')],
  ['which country is strongest on fintech?', count('country', {}, 'fintech')],
  // Two levels of government compared on a subject: its cases counted by level, side by side.
  ['how do national and local approaches to AI differ?', count('level', { topic: 'AI & emerging tech' })],
  ['compare national and local cases on transparency', count('level', { topic: 'Transparency & integrity' })],
  ['are regional governments ahead of national ones on open data?', count('level', {}, 'open data')],
  [
    'is AI growing faster at the local level than nationally?',
    count('level', { topic: 'AI & emerging tech' }),
  ],
  // Whether something grew: its cases by year.
  ['has local innovation grown since 2015?', count('year', { level: 'local', years: { from: 2015 } })],
  ['which country is most active in health', count('country', { topic: 'Health' })],
  ['any examples from central or eastern europe', list({ region: 'central-europe+eastern-europe' })],
  ['south and central america', list({ region: 'south-america+central-america' })],
  ['northern/western europe', list({ region: 'northern-europe+western-europe' })],
  // Who asks and why is not what they ask
  [
    'im preparing a presentation on public sector innovation in latin america, what could i include',
    list({ region: 'latin-america' }),
  ],
  [
    'we are a small municipality in Spain looking for ideas on engaging young people',
    search('engaging young people'),
  ],
  [
    'hey, my minister wants examples of how governments used behavioural insights to increase tax compliance, do you have any?',
    search('behavioural insights to increase tax compliance'),
  ],
  ['anything from the nordics?', list({ region: 'nordic' })],
  ['in the EU', list({ region: 'eu' })],
  ['EU member states', list({ region: 'eu' })],
  ['Latin American cases', list({ region: 'latin-america' })],
  [
    'what is latin america doing on participation',
    list({ region: 'latin-america', topic: 'Participation & democracy' }, { sort: 'relevance' }),
  ],
  ['OECD countries', list({ region: 'oecd' })],
  ['asia-pacific initiatives', list({ region: 'asia-pacific' })],
  ['examples from the Western Balkans', list({ region: 'western-balkans' })],
  ['baltic states', list({ region: 'baltic' })],
  // Two regions at once are one place: the countries of both
  ['cases from Africa and Asia', list({ region: 'africa+asia' })],
  ['Nordic or Baltic countries', list({ region: 'nordic+baltic' })],
  [
    'anything in Europe or Latin America on health',
    list({ region: 'europe+latin-america', topic: 'Health' }, { sort: 'relevance' }),
  ],
  ['how many cases in Asia and Oceania', count(undefined, { region: 'asia+oceania' })],
  [
    'Scandinavian projects on health',
    list({ region: 'scandinavia', topic: 'Health' }, { sort: 'relevance' }),
  ],
  [
    'digital government in the nordics',
    list({ region: 'nordic', topic: 'Digital government' }, { sort: 'relevance' }),
  ],
  ['central african republic', list({ countries: ['CF'] })],
  ['south africa', list({ countries: ['ZA'] })],
  // Country and topic together
  ['AI projects in Korea', list({ ...KR, topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  // An ISO code in capitals is its country wherever it stands, unless it is a word or an acronym
  ['list KR cases', list(KR)],
  ['KR cases', list(KR)],
  ['any NZ examples', list({ countries: ['NZ'] })],
  ['KR health', list({ ...KR, topic: 'Health' }, { sort: 'relevance' })],
  ['FR digital government', list({ countries: ['FR'], topic: 'Digital government' }, { sort: 'relevance' })],
  ['BE and NL cases', list({ countries: ['BE', 'NL'] })],
  ['CL and PE initiatives', list({ countries: ['CL', 'PE'] })],
  ['AI and KR', list({ ...KR, topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['what has JP done on AI', list({ countries: ['JP'], topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['mental health in Australia', search('mental health', { countries: ['AU'] })],
  ['search AI in Korea', search('AI', KR)],
  ['search health', search('health')],
  ['health cases from korea', list({ ...KR, topic: 'Health' }, { sort: 'relevance' })],
  ['open data in chile', search('open data', { countries: ['CL'] })],
  ['Any examples of digital inclusion in Belgium?', search('digital inclusion', { countries: ['BE'] })],
  ['telehealth france', search('telehealth', { countries: ['FR'] })],
  ['what is korea doing about AI', list({ ...KR, topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  [
    'climate stuff in the US',
    list({ countries: ['US'], topic: 'Climate & environment' }, { sort: 'relevance' }),
  ],
  [
    'jobs programmes in south africa',
    list({ countries: ['ZA'], topic: 'Employment & skills' }, { sort: 'relevance' }),
  ],
  ['AI in KR', list({ ...KR, topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  // Years
  ['initiatives from 2021', list({ years: { from: 2021, to: 2021 } })],
  ['cases in 2020', list({ years: { from: 2020, to: 2020 } })],
  ['2022', list({ years: { from: 2022, to: 2022 } })],
  ['anything since 2020?', list({ years: { from: 2020 } })],
  ['after 2019', list({ years: { from: 2020 } })],
  ['before 2018', list({ years: { to: 2017 } })],
  ['projects until 2019', list({ years: { to: 2019 } })],
  ['between 2018 and 2020', list({ years: { from: 2018, to: 2020 } })],
  ['cases from 2018 to 2021', list({ years: { from: 2018, to: 2021 } })],
  ['2019-2021', list({ years: { from: 2019, to: 2021 } })],
  ['2019-21 initiatives', list({ years: { from: 2019, to: 2021 } })],
  ['this year', list({ years: { from: 2025, to: 2025 } })],
  ['anything from last year', list({ years: { from: 2024, to: 2024 } })],
  ["what's new since last year", list({ years: { from: 2024 } })],
  ['health since 2 years ago', list({ topic: 'Health', years: { from: 2023 } }, { sort: 'relevance' })],
  ['anything before last year?', list({ years: { to: 2023 } })],
  ['past 3 years', list({ years: { from: 2022 } })],
  ['what cases do you have from the last couple of years', list({ years: { from: 2023 } })],
  ['health in the past few years', list({ years: { from: 2022 }, topic: 'Health' }, { sort: 'relevance' })],
  ['anything older?', list({}, { sort: 'oldest' })],
  ['list all alphabetically', list({}, { sort: 'title' })],
  ['health cases a to z', list({ topic: 'Health' }, { sort: 'title' })],
  [
    'health except 2020',
    list({ topic: 'Health', exceptYears: { from: 2020, to: 2020 } }, { sort: 'relevance' }),
  ],
  ['not since 2020', list({ years: { to: 2019 } })],
  // Two years left out apart: both out (one run, said in the answer), neither asked for.
  [
    'health cases not 2018 or 2020',
    list({ topic: 'Health', exceptYears: { from: 2018, to: 2020 } }, { sort: 'relevance' }),
  ],
  // "form" or "fro" right before a place: a slip for "from", not a word to search.
  ['cases form finland', list({ countries: ['FI'] })],
  ['cases fro korea', list(KR)],
  ['form korea', list(KR)],
  ['projects frm japan', list({ countries: ['JP'] })],
  // Briefing requests: who will use the cases and how is context, an about-count a count.
  ["need 3 examples for the DG's speech on trust", search('trust', {}, { count: 3 })],
  [
    'need a couple of strong cases on climate adaptation for a side event at COP',
    search('climate adaptation', {}, { count: 2 }),
  ],
  [
    'can you pull together a few examples of AI in the public sector for a briefing note',
    list({ topic: 'AI & emerging tech' }, { sort: 'relevance', count: 3 }),
  ],
  ['pls send 2-3 cases on digital identity the DG can cite', search('digital identity', {}, { count: 3 })],
  [
    'best three cases on innovation labs',
    list({ topic: 'Innovation labs & procurement' }, { sort: 'relevance', count: 3 }),
  ],
  ["what's the best case on participatory budgeting to cite", search('participatory budgeting')],
  ['what do we have on mental health that I could mention in a keynote', search('mental health')],
  ['one-liner on each of the Korean cases', list(KR)],
  [
    'anything from latin america on open government I can drop into talking points',
    search('open government', { region: 'latin-america' }),
  ],
  // A file on a schedule is a digest first.
  [
    'a weekly pdf of health cases',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly mon 09:00 topic health' } },
  ],
  ['exclude europe', list({ except: { region: 'europe' } })],
  ['services for older people', search('services for older people')],
  ['cases from the last five years', list({ years: { from: 2020 } })],
  ['in the 2010s', list({ years: { from: 2010, to: 2019 } })],
  ['2020 onwards', list({ years: { from: 2020 } })],
  [
    'Health cases from Korea since 2020',
    list({ ...KR, topic: 'Health', years: { from: 2020 } }, { sort: 'relevance' }),
  ],
  ['open data in Chile since 2020', search('open data', { countries: ['CL'], years: { from: 2020 } })],
  ['what has Korea done since 2020?', list({ ...KR, years: { from: 2020 } })],
  ['belgium 2020', list({ countries: ['BE'], years: { from: 2020, to: 2020 } })],
  // Levels of government
  ['municipal examples', list({ level: 'local' })],
  ['local ones', list({ level: 'local' })],
  ['local government initiatives', list({ level: 'local' })],
  ['what are cities doing', list({ level: 'local' })],
  ['state level', list({ level: 'regional' })],
  ['state-level projects', list({ level: 'regional' })],
  ['regional governments', list({ level: 'regional' })],
  ['national level cases', list({ level: 'national' })],
  ['central government', list({ level: 'national' })],
  ['federal initiatives', list({ level: 'national' })],
  ['cross-border projects', list({ level: 'international' })],
  ['local health projects', list({ level: 'local', topic: 'Health' }, { sort: 'relevance' })],
  [
    'municipal participation in Korea',
    list({ ...KR, level: 'local', topic: 'Participation & democracy' }, { sort: 'relevance' }),
  ],
  ['open data at the local level', search('open data', { level: 'local' })],
  // Order
  ['recent ones', list({}, { sort: 'newest' })],
  // A superlative of time before one case asks for that one case; "the most recent health cases", all.
  ['the oldest case', list({}, { sort: 'oldest', count: 1 })],
  ["what's the most recent case you have", list({}, { sort: 'newest', count: 1 })],
  ['newest case from korea', list({ countries: ['KR'] }, { sort: 'newest', count: 1 })],
  ['the most recent health cases', list({ topic: 'Health' }, { sort: 'newest' })],
  ['oldest first', list({}, { sort: 'oldest' })],
  ['latest health initiatives', list({ topic: 'Health' }, { sort: 'newest' })],
  ['most recent cases from Belgium', list({ countries: ['BE'] }, { sort: 'newest' })],
  ["what's new", list({}, { sort: 'newest' })],
  ['whats new?', list({}, { sort: 'newest' })],
  ['anything new?', list({}, { sort: 'newest' })],
  ['new cases', list({}, { sort: 'newest' })],
  ['whats happening in portugal these days', list({ countries: ['PT'] }, { sort: 'newest' })],
  ['what are countries doing nowadays about housing', search('housing', {}, { sort: 'newest' })],
  ['any open data projects at the moment', search('open data', {}, { sort: 'newest' })],
  ['list every case', list()],
  ['list all', list()],
  ['show everything', list()],
  ['all cases please', list()],
  ['browse', list()],
  ['cases', list()],
  // Counts and overviews
  ['how many initiatives do you know?', count(undefined)],
  ['how many cases are there', count(undefined)],
  ['How many cases from Korea?', count(undefined, KR)],
  ['how many health cases', count(undefined, { topic: 'Health' })],
  ['number of cases since 2020', count(undefined, { years: { from: 2020 } })],
  ['how many cases per country', count('country')],
  ['cases per country', count('country')],
  ['countries', count('country')],
  ['list countries', count('country')],
  ['which countries do you have?', count('country')],
  ['what countries are covered', count('country')],
  ['country', count('country')],
  ['what subjects do you cover?', count('topic')],
  ['which topics', count('topic')],
  ['topics?', count('topic')],
  // A facet's name before a colon labels the value after it; with no value it still asks.
  ['tags: digital government', list({ topic: 'Digital government' }, { sort: 'relevance' })],
  ['summary:open tags:health', search('summary open', { topic: 'Health' })],
  ['countries: Korea', list(KR)],
  ['years:2020', list({ years: { from: 2020, to: 2020 } })],
  ['which topics: any list?', count('topic')],
  ['what themes are there', count('topic')],
  ['which years', count('year')],
  ['cases by year', count('year')],
  ['how many per level', count('level')],
  ['levels of government', count('level')],
  ['which countries have cases on AI', count('country', { topic: 'AI & emerging tech' })],
  ['health by country', count('country', { topic: 'Health' })],
  ['breakdown by topic for Europe', count('topic', { region: 'europe' })],
  ['stats', count(undefined)],
  ['which regions do you cover', count('region')],
  ['how do I filter by year?', { type: 'help', reason: 'asked' }],
  ['cases on tax collection', search('tax collection')],
  ['health records', search('health records')],
  ['how many cases per region?', count('region')],
  ['cases by continent', count('region')],
  ['climate by region', count('region', { topic: 'Climate & environment' })],
  // Subjects and topics named against each other: counted a line each, the message's filters kept
  ['health vs education', { type: 'count', query: '', filters: {}, sides: ['Health', 'Education'] }],
  [
    'health vs education in europe',
    { type: 'count', query: '', filters: { region: 'europe' }, sides: ['Health', 'Education'] },
  ],
  [
    'AI vs blockchain cases',
    { type: 'count', query: '', filters: {}, sides: ['AI & emerging tech', 'blockchain'] },
  ],
  [
    'which is more common, participation or open data?',
    { type: 'count', query: '', filters: {}, sides: ['Participation & democracy', 'open data'] },
  ],
  [
    'open data compared to AI over time',
    { type: 'count', query: '', filters: {}, sides: ['open data', 'AI & emerging tech'], by: 'year' },
  ],
  [
    'how does participation differ from transparency in our cases?',
    {
      type: 'count',
      query: '',
      filters: {},
      sides: ['Participation & democracy', 'Transparency & integrity'],
    },
  ],
  [
    'compare e-procurement and hackathons at local level',
    { type: 'count', query: '', filters: { level: 'local' }, sides: ['e-procurement', 'hackathons'] },
  ],
  [
    'is there more on co-creation or on citizen assemblies?',
    { type: 'count', query: '', filters: {}, sides: ['co-creation', 'citizen assemblies'] },
  ],
  ['compare Korea and Japan', { type: 'compare-places', countries: ['KR', 'JP'], query: '', filters: {} }],
  ['korea vs japan?', { type: 'compare-places', countries: ['KR', 'JP'], query: '', filters: {} }],
  // Regions are compared by their counts: continent by continent, or country by country
  ['compare europe and asia', count('region', { region: 'europe+asia' })],
  ['europe vs asia?', count('region', { region: 'europe+asia' })],
  ['compare nordic and baltic countries', count('region', { region: 'nordic+baltic' })],
  [
    'compare health in africa vs latin america',
    count('region', { region: 'africa+latin-america', topic: 'Health' }),
  ],
  [
    'compare health in France and Colombia since 2018',
    {
      type: 'compare-places',
      countries: ['FR', 'CO'],
      query: '',
      filters: { topic: 'Health', years: { from: 2018 } },
    },
  ],
  // Random picks
  ['random', random()],
  ['surprise me', random()],
  ['Surprise me!', random()],
  ['random korea', random('', KR)],
  ['random Japan health', random('', { countries: ['JP'], topic: 'Health' })],
  ['random case from Japan', random('', { countries: ['JP'] })],
  ['surprise me with a health case', random('', { topic: 'Health' })],
  ['surprise me with a case from France', random('', { countries: ['FR'] })],
  ['random climate', random('', { topic: 'Climate & environment' })],
  ["i'm feeling lucky", random()],
  ['pick one at random', random()],
  ['give me a random local case', random('', { level: 'local' })],
  ['anything?', random()],
  ['show me something', random()],
  ['give me an example', random()],
  // One case, by id or by name
  [`show ${'AI Friends'}`, () => ({ type: 'show', id: idOf('AI Friends') })],
  ['what is ACE?', () => ({ type: 'show', id: idOf('Accelerated Capability Environment') })],
  ['tell me about the Bogotá one', () => ({ type: 'show', id: idOf('Co-creation of public spaces') })],
  ['where is BIFIDEX from', () => ({ type: 'show', id: idOf('BIFIDEX') })],
  ['summarise the BIFIDEX case', () => ({ type: 'show', id: idOf('BIFIDEX') })],
  ['link to the bogota case?', () => ({ type: 'show', id: idOf('Co-creation of public spaces') })],
  ['has anybody tried participatory budgeting', search('participatory budgeting')],
  [
    'is anybody doing predictive analytics for child protection',
    search('predictive analytics for child protection'),
  ],
  // Groups by income and development, and blocs: World Bank, UN and membership lists.
  ['cases in small island states', list({ region: 'sids' })],
  ['developing countries', list({ region: 'low-and-middle-income' })],
  ['global south examples', list({ region: 'low-and-middle-income' })],
  ['LMICs', list({ region: 'low-and-middle-income' })],
  ['anything from low-income countries?', list({ region: 'low-income' })],
  ['middle income countries digital ID', search('digital ID', { region: 'middle-income' })],
  ['high income countries health', list({ region: 'high-income', topic: 'Health' })],
  ['cases from rich countries', list({ region: 'high-income' })],
  ['cases not from high income countries', list({ except: { region: 'high-income' } })],
  ['emerging economies open data', search('open data', { region: 'low-and-middle-income' })],
  ['poorer countries and AI', list({ region: 'low-and-middle-income', topic: 'AI & emerging tech' })],
  ['least developed countries', list({ region: 'ldc' })],
  ['landlocked countries', list({ region: 'landlocked' })],
  ['BRICS', list({ region: 'brics' })],
  ['ASEAN countries', list({ region: 'asean' })],
  ['african union members', list({ region: 'african-union' })],
  ['mercosur', list({ region: 'mercosur' })],
  ['commonwealth countries', list({ region: 'commonwealth' })],
  [
    'health in the global south vs the global north',
    count('region', { region: 'low-and-middle-income+high-income', topic: 'Health' }),
  ],
  ['developing skills for civil servants', search('developing skills for civil servants')],
  // Who belongs to a group: its countries with cases counted; a country asked about, its cases.
  ['whos in the G7', count('country', { region: 'g7' })],
  ['is Chile high income?', list({ countries: ['CL'] })],
  ['what counts as a developing country?', count('country', { region: 'low-and-middle-income' })],
  // The collection's own source named alone is asked about, not searched.
  ['whats opsi', { type: 'small-talk', kind: 'about' }],
  ['who is OPSI', { type: 'small-talk', kind: 'about' }],
  ['one stop shop', search('one stop shop')],
  ['Initiatives for rural areas', search('rural areas')],
  ['tell me about gwanak-gu', () => ({ type: 'show', id: idOf('365 Online Gwanak-gu') })],
  ['tell me more about gwanak', () => ({ type: 'show', id: idOf('365 Online Gwanak-gu') })],
  ['tell me about open data', search('open data')],
  ['tell me about mental health', search('mental health')],
  ['what is the digital mentor service', () => ({ type: 'show', id: idOf('Personalized feedback service') })],
  ['none of these are relevant', { type: 'small-talk', kind: 'complaint' }],
  ['urban areas in europe', search('urban areas', { region: 'europe' })],
  ['cases involving more than one country', list({ countryCount: { min: 2 } })],
  ['how do other countries handle cybersecurity', search('cybersecurity')],
  // Links name what they point at; their words are never searched nor places
  [
    '<https://oecd-opsi.org/innovations/ai-friends/|AI Friends> similar?',
    () => ({ type: 'similar', id: idOf('AI Friends'), filters: {}, page: 1 }),
  ],
  [
    'what about this one https://oecd-opsi.org/innovations/my-france-2022/',
    () => ({ type: 'show', id: idOf('My France 2022') }),
  ],
  ['https://example.com/oecd/foo open data', search('open data')],
  // Emoji alone say something; "-korea" leaves Korea out, which no filter does
  ['👍', { type: 'small-talk', kind: 'ack' }],
  ['brb', { type: 'small-talk', kind: 'ack' }],
  ['one sec', { type: 'small-talk', kind: 'ack' }],
  ['ok gtg, ttyl', { type: 'small-talk', kind: 'bye' }],
  [':pray:', { type: 'small-talk', kind: 'thanks' }],
  ['🤔', { type: 'small-talk', kind: 'confused' }],
  ['search "mental health" -korea', search('mental health', { except: KR })],
  [
    "Hi, I lead a small innovation team in a regional government in Italy. We're exploring how to use AI in permit processing. Do you know any similar initiatives elsewhere? Thanks!",
    { type: 'similar', text: 'AI in permit processing', filters: {}, page: 1 },
  ],
  ['where does AI Friends come from', () => ({ type: 'show', id: idOf('AI Friends') })],
  // "it" after a case named in the same message is that case, not the last one shown
  ["what is AI Friends? someone said it's korean", () => ({ type: 'show', id: idOf('AI Friends') })],
  ['tell me about bifidex, is it still running?', () => ({ type: 'show', id: idOf('BIFIDEX') })],
  ['what is bifidex? @mod said its balkan smth', () => ({ type: 'show', id: idOf('BIFIDEX') })],
  // A question asked inside another ("does anyone know what X is?") asks it all the same
  [
    "does anyone know what bifidex is? @mod said it's balkan smth",
    () => ({ type: 'show', id: idOf('BIFIDEX') }),
  ],
  ['any idea what the ghent project was?', () => ({ type: 'show', id: idOf('Collections of Ghent') })],
  ['where do you get your data', { type: 'small-talk', kind: 'about' }],
  ['where is the most innovation on health', count('country', { topic: 'Health' })],
  ['where are most cases from', count('country')],
  ['need 2 examples of digital id for tmrw', search('digital id', {}, { count: 2 })],
  ['what about german speaking countries', list({ region: 'german-speaking' })],
  ['francophone', list({ region: 'french-speaking' })],
  ['the ghent project', () => ({ type: 'show', id: idOf('Collections of Ghent') })],
  ['details on Connectoo Training', () => ({ type: 'show', id: idOf('Connectoo Training') })],
  ['show abc123', { type: 'show', id: 'abc123' }],
  ['details K3X9A2', { type: 'show', id: 'k3x9a2' }],
  ['what is open data?', search('open data')],
  // Similar cases
  ['similar to AI Friends', () => ({ type: 'similar', id: idOf('AI Friends'), filters: {}, page: 1 })],
  [
    'like the Bogotá one',
    () => ({ type: 'similar', id: idOf('Co-creation of public spaces'), filters: {}, page: 1 }),
  ],
  [
    'cases like the ghent one',
    () => ({ type: 'similar', id: idOf('Collections of Ghent'), filters: {}, page: 1 }),
  ],
  // A place inside a title is part of the case's name, not where cases must come from
  [
    'Hello, I work at the city of Ghent. Do you have anything similar to our Collections of Ghent project?',
    () => ({ type: 'similar', id: idOf('Collections of Ghent'), filters: {}, page: 1 }),
  ],
  [
    'cases like our Collections of Ghent one in France',
    () => ({ type: 'similar', id: idOf('Collections of Ghent'), filters: { countries: ['FR'] }, page: 1 }),
  ],
  [
    'who else did something like Connectoo?',
    () => ({ type: 'similar', id: idOf('Connectoo Training'), filters: {}, page: 1 }),
  ],
  [
    'similar to the Future Tech Challenge in Europe',
    () => ({ type: 'similar', id: idOf('Future Tech Challenge'), filters: { region: 'europe' }, page: 1 }),
  ],
  [
    'similar to "digital skills for older people"',
    { type: 'similar', text: 'digital skills for older people', filters: {}, page: 1 },
  ],
  // Comparisons
  [
    'compare AI Friends and the Ghent one',
    () => ({ type: 'compare', ids: [idOf('AI Friends'), idOf('Collections of Ghent')] }),
  ],
  [
    'AI Friends vs ACE',
    () => ({ type: 'compare', ids: [idOf('AI Friends'), idOf('Accelerated Capability Environment')] }),
  ],
  [
    'compare Connectoo with the Bogotá one',
    () => ({ type: 'compare', ids: [idOf('Connectoo Training'), idOf('Co-creation of public spaces')] }),
  ],
  [
    'difference between BIFIDEX and My France 2022',
    () => ({ type: 'compare', ids: [idOf('BIFIDEX'), idOf('My France 2022')] }),
  ],
  // Small talk and help
  ['hi', { type: 'small-talk', kind: 'greeting' }],
  ['Hello!', { type: 'small-talk', kind: 'greeting' }],
  ['good morning!', { type: 'small-talk', kind: 'greeting' }],
  ['hey there 👋', { type: 'small-talk', kind: 'greeting' }],
  ['thanks!', { type: 'small-talk', kind: 'thanks' }],
  ['cheers, that helps', { type: 'small-talk', kind: 'thanks' }],
  ['thank you so much', { type: 'small-talk', kind: 'thanks' }],
  ['great, thanks', { type: 'small-talk', kind: 'thanks' }],
  ['thanks mate, super useful', { type: 'small-talk', kind: 'thanks' }],
  // Context about why people ask is not what they ask for.
  ["yo what's the deal with smart cities", search('smart cities')],
  ['need inspo for a hackathon on public services', search('hackathon on public services')],
  ["I'm writing a report on AI ethics in govt, got anything?", search('AI ethics')],
  ['help me find cases on waste reduction in cities', search('waste reduction', { level: 'local' })],
  ['help search', { type: 'help', reason: 'asked', topic: 'search' }],
  // Chat spellings and hedges.
  ['any cool hackathons or challenges run by governments?', search('hackathons or challenges')],
  ['ok what does ACE stand for', search('ACE')],
  ['I need something on citizen engagement for my presentation tomorrow', search('citizen engagement')],
  ['Could I see the cases that deal with employment?', list({ topic: 'Employment & skills' })],
  ['hey! doing my thesis on e-participation, what do you have?', search('e-participation')],
  ['list every single case', list()],
  ['cases from the african continent', list({ region: 'africa' })],
  ['how many of the cases are national vs local', count('level')],
  [':wave: any gov innovation re: housing?', search('housing')],
  [':flag-kr: digital government :+1:', list({ countries: ['KR'], topic: 'Digital government' })],
  ['<:party:123456789> open data', search('open data')],
  [
    "I'm after case studies on social inclusion, ideally local",
    list({ topic: 'Social inclusion', level: 'local' }),
  ],
  ['idk what to ask, surprise me', random()],
  [
    'Is it possible to see cases of co-creation with citizens at the municipal level?',
    search('co-creation with citizens', { level: 'local' }),
  ],
  ['anything newer than 2020?', list({ years: { from: 2021 } })],
  ['Could you tell me which topics are most common?', count('topic')],
  ['the most common topic in Korea', count('topic', { countries: ['KR'] })],
  ['thanks a lot for your help', { type: 'small-talk', kind: 'thanks' }],
  ['which initiatives were started during covid', list({ years: { from: 2020, to: 2021 } })],
  [
    'health projects during the pandemic',
    list({ years: { from: 2020, to: 2021 }, topic: 'Health' }, { sort: 'relevance' }),
  ],
  ['covid response', search('covid response')],
  ['which cases involve several countries', list({ level: 'international' })],
  // About casebot's collection, or how to use it: not searches.
  ['how up to date is your data', { type: 'small-talk', kind: 'about' }],
  ['when was the collection last updated?', { type: 'small-talk', kind: 'about' }],
  ["do you have anything that isn't in english", { type: 'small-talk', kind: 'about' }],
  ['whats in your database on education', list({ topic: 'Education' }, { sort: 'relevance' })],
  ['the data on health', search('data on health')],
  ['can i search by organisation', { type: 'help', reason: 'asked' }],
  ['can i filter by country?', { type: 'help', reason: 'asked' }],
  ['what filters can i use', { type: 'help', reason: 'asked' }],
  ['can i see cases from chile', list({ countries: ['CL'] })],
  ['any options for elderly care', search('elderly care')],
  ['anything for small municipalities', list({ level: 'local' })],
  ['large cities using ai', list({ level: 'local', topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['small business support', search('small business support')],
  ['how many cases mention citizens', count(undefined, {}, 'citizens')],
  ['how many different levels of government', count('level')],
  // A question about a case it names shows that case; cases in the plural are those like it.
  ['what impact did AI Friends have', () => ({ type: 'show', id: idOf('AI Friends') })],
  ['how was the cardiac telerehabilitation evaluated', () => ({ type: 'show', id: idOf('Cardiac') })],
  ['what did the DMS service achieve', () => ({ type: 'show', id: idOf('Personalized feedback') })],
  // A synthesis asked of cases is what the data can say of them: counted, by year for trends.
  ['what do the Korean cases have in common?', count('topic', { countries: ['KR'] })],
  ['main themes in the health cases', count('topic', { topic: 'Health' })],
  ['summarise the AI cases in 3 bullets', count('topic', { topic: 'AI & emerging tech' })],
  ['key lessons from the climate cases', count('topic', { topic: 'Climate & environment' })],
  ["what's typical of local-level innovation", count('topic', { level: 'local' })],
  ['trends over time in participation', count('year', { topic: 'Participation & democracy' })],
  [
    'how has digital government changed since 2015',
    count('year', { topic: 'Digital government', years: { from: 2015 } }),
  ],
  [
    'is there a pattern in when the climate cases started?',
    count('year', { topic: 'Climate & environment' }),
  ],
  ['high-level takeaways from the Latin American cases pls', count('topic', { region: 'latin-america' })],
  ['give me an overview of open data initiatives', count('topic', {}, 'open data')],
  ['pros and cons of the Ghent approach', () => ({ type: 'show', id: idOf('Collections of Ghent') })],
  ['what are the lessons learned from bifidex', () => ({ type: 'show', id: idOf('BIFIDEX') })],
  ['can you summarize ace for me', () => ({ type: 'show', id: idOf('Accelerated Capability') })],
  [
    'how much did the presidential employment stimulus cost',
    () => ({ type: 'show', id: idOf('Presidential Employment') }),
  ],
  [
    'which cases are related to the gwanak platform',
    () => ({ type: 'similar', id: idOf('365 Online Gwanak'), filters: {}, page: 1 }),
  ],
  [
    'similar initiatives to My France 2022 in other countries',
    () => ({ type: 'similar', id: idOf('My France'), filters: {}, page: 1 }),
  ],
  ['Quick q: has anyone done participatory budgeting online?', search('participatory budgeting online')],
  ['how many initiatives involve artificial intelligence', count(undefined, { topic: 'AI & emerging tech' })],
  [
    'hi, I work at a ministry of finance. any cases on tax or public finance?',
    search('tax or public finance'),
  ],
  ["I'm a policy officer. Health cases in France?", list({ topic: 'Health', countries: ['FR'] })],
  [
    'looking for examples of AI used by local governments',
    list({ level: 'local', topic: 'AI & emerging tech' }),
  ],
  ['could you point me to work on algorithmic transparency', search('algorithmic transparency')],
  [
    "I'd love to see what Colombia has done on urban mobility",
    search('urban mobility', { countries: ['CO'] }),
  ],
  ['which country has the most', count('country')],
  ['which topic has the most cases?', count('topic')],
  ['sup casebot 👋 anything cool w/ blockchain?', search('blockchain')],
  ['nah something else, maybe open data', search('open data')],
  ['is there smth about mental health for young ppl', search('mental health for young people')],
  [
    'we r a city council looking at citizen participation tools, examples?',
    search('city council citizen participation tools'),
  ],
  [
    'Give me initiatives of e-government in Serbia and Balkans region',
    list({ countries: ['RS'], region: 'western-balkans', topic: 'Digital government' }),
  ],
  ['really helpful, cheers', { type: 'small-talk', kind: 'thanks' }],
  ['super apps for citizens', search('super apps for citizens')],
  ['thx', { type: 'small-talk', kind: 'thanks' }],
  ['who are you?', { type: 'small-talk', kind: 'about' }],
  ['what is this bot', { type: 'small-talk', kind: 'about' }],
  ['are you a bot', { type: 'small-talk', kind: 'about' }],
  ['bye', { type: 'small-talk', kind: 'bye' }],
  ['ok', { type: 'small-talk', kind: 'ack' }],
  ['nope', { type: 'small-talk', kind: 'no' }],
  ["that's not what i asked", { type: 'small-talk', kind: 'complaint' }],
  ['what do you mean', { type: 'small-talk', kind: 'confused' }],
  ['huh?', { type: 'small-talk', kind: 'confused' }],
  ['i dont understand', { type: 'small-talk', kind: 'confused' }],
  ['how does this work?', { type: 'help', reason: 'asked' }],
  // Chat spellings stand for their words ("u", "r", "wat", "thx")
  ['what can u do', { type: 'help', reason: 'asked' }],
  ['wat is this', { type: 'small-talk', kind: 'about' }],
  ['thx mate 🙏', { type: 'small-talk', kind: 'thanks' }],
  ['r u a bot', { type: 'small-talk', kind: 'about' }],
  ['how do I use this', { type: 'help', reason: 'asked' }],
  ['what can you do?', { type: 'help', reason: 'asked' }],
  ['what can I ask', { type: 'help', reason: 'asked' }],
  ['help', { type: 'help', reason: 'asked' }],
  ['?', { type: 'help', reason: 'asked' }],
  ['search', { type: 'help', reason: 'asked', topic: 'search' }],
  // How casebot is: a command, unless the message asks about something else
  ['status', { type: 'status' }],
  ['Status?', { type: 'status' }],
  ['/status', { type: 'status' }],
  ['bot status', { type: 'status' }],
  ['are you healthy?', { type: 'status' }],
  ['are you up?', { type: 'status' }],
  ['uptime', { type: 'status' }],
  ['how are you', { type: 'small-talk', kind: 'greeting' }],
  ['status of digital identity projects', search('digital identity')],
  ['what is the status of open data in Korea', search('open data', KR)],
  ['health', list({ topic: 'Health' }, { sort: 'relevance' })],
  // Asking for an order is no subject
  ['sort by oldest', list({}, { sort: 'oldest' })],
  ['health sorted by oldest', list({ topic: 'Health' }, { sort: 'oldest' })],
  // A random pick of several: the number beside "random" or before what is drawn
  ['3 random cases', random('', {}, 3)],
  ['give me 5 random ones', random('', {}, 5)],
  ['random 3', random('', {}, 3)],
  ['two random health cases', random('', { topic: 'Health' }, 2)],
  ['pick 3 at random', random('', {}, 3)],
  ['10 random cases', random('', {}, 5)],
  // Follow-ups with nothing before them
  ['next', { type: 'follow-up', asked: 'next' }],
  ['show more', { type: 'follow-up', asked: 'show more' }],
  ['page 3', { type: 'follow-up', asked: 'page 3' }],
  ['second page pls', { type: 'follow-up', asked: 'second page pls' }],
  ['page three', { type: 'follow-up', asked: 'page three' }],
  ['tell me more about the second', { type: 'follow-up', asked: 'tell me more about the second' }],
  ['more like this', { type: 'follow-up', asked: 'more like this' }],
  ['compare 1 and 3', { type: 'follow-up', asked: 'compare 1 and 3' }],
  ['both together?', { type: 'follow-up', asked: 'both together?' }],
  // Pointing back to earlier answers with none: said so, no words searched
  [
    'can we go back to the list from before?',
    { type: 'follow-up', asked: 'can we go back to the list from before?' },
  ],
  ['what were we talking about?', { type: 'follow-up', asked: 'what were we talking about?' }],
  ['go back two questions', { type: 'follow-up', asked: 'go back two questions' }],
  ['wait what did you show me first?', { type: 'follow-up', asked: 'wait what did you show me first?' }],
  // … or what the earlier answer is described as, asked anew
  ['the korean case from before', list({ countries: ['KR'] })],
  // Refinements with nothing before them still ask something on their own
  ['and for Japan?', list({ countries: ['JP'] })],
  ['only local ones', list({ level: 'local' })],
  ['what about since 2020', list({ years: { from: 2020 } })],
  // Digest commands
  ['digest', { type: 'digest', command: { type: 'help' } }],
  ['digest list', { type: 'digest', command: { type: 'list' } }],
  [
    'digest subscribe weekly mon 09:00 topic health',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly mon 09:00 topic health' } },
  ],
  ['digest unsubscribe ab12', { type: 'digest', command: { type: 'unsubscribe', id: 'ab12' } }],
  ['digest preview', { type: 'digest', command: { type: 'preview' } }],
  // A digest asked for in plain words is that subscription, when it says how often
  [
    'send me new cases every friday',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly fri 09:00' } },
  ],
  [
    'i want a monthly summary of new cases from korea',
    { type: 'digest', command: { type: 'subscribe', args: 'cron "0 9 1 * *" country South Korea' } },
  ],
  [
    'subscribe this channel to AI cases every monday',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly mon 09:00 topic AI' } },
  ],
  [
    'send us new health cases from Korea weekly on friday at 9',
    {
      type: 'digest',
      command: { type: 'subscribe', args: 'weekly fri 09:00 country South Korea topic health' },
    },
  ],
  [
    'can you post a monthly summary here?',
    { type: 'digest', command: { type: 'subscribe', args: 'cron "0 9 1 * *"' } },
  ],
  [
    'Is it possible to get a monthly summary of new cases from Latin America sent to this channel?',
    // A digest cannot keep a region: none is set up of every case (the reply says why).
    { type: 'digest', command: { type: 'help' } },
  ],
  [
    'Can you post a weekly digest of GovTech cases here every Thursday at 14:00?',
    { type: 'digest', command: { type: 'subscribe', args: 'weekly thu 14:00 topic GovTech' } },
  ],
  [
    'post a daily roundup of open data cases at 8am',
    { type: 'digest', command: { type: 'subscribe', args: 'daily 08:00 topic open data' } },
  ],
  ['pause the weekly update', { type: 'digest', command: { type: 'pause' } }],
  ['stop the weekly digest', { type: 'digest', command: { type: 'unsubscribe' } }],
  ['what digests are set up here', { type: 'digest', command: { type: 'list' } }],
  ['turn the monday roundup back on', { type: 'digest', command: { type: 'resume' } }],
  ['cancel digest k3m9xq', { type: 'digest', command: { type: 'unsubscribe', id: 'k3m9xq' } }],
  ['any newsletters on open data?', search('newsletters on open data')],
  ['health data collected every day', search('health data collected every day')],
  // An emoji's marks are no word; help asked as what to type; a level by its rank or "-wide"
  ['gm ☀️', { type: 'small-talk', kind: 'greeting' }],
  ['morning ❤️', { type: 'small-talk', kind: 'greeting' }],
  ['what should i type?', { type: 'help', reason: 'asked' }],
  ['smallest level of government', list({ level: 'local' })],
  ['highest level of government', list({ level: 'national' })],
  ['statewide programs', list({ level: 'regional' })],
  ['city-wide initiatives', list({ level: 'local' })],
  ['EU-wide initiatives', list({ region: 'eu' })],
  ['europe-wide projects on health', list({ region: 'europe', topic: 'Health' }, { sort: 'relevance' })],
  // Who asks, in a clause before the question with a comma for a full stop
  ['I work at a ministry of finance, any cases on tax?', search('tax')],
  [
    'im from ministry of health in vietnam, we want learn how other countries do vaccination reminders',
    search('vaccination reminders'),
  ],
  // How many to show: a number beside a word that lists or orders, or before what is listed
  ['the newest 3', list({}, { sort: 'newest', count: 3 })],
  ['top 3 cases on climate', list({ topic: 'Climate & environment' }, { sort: 'relevance', count: 3 })],
  ['show me 3 cases from korea', list(KR, { count: 3 })],
  ['give me the 2 most recent ones', list({}, { sort: 'newest', count: 2 })],
  ['first 3 cases about mental health', search('mental health', {}, { count: 3 })],
  ['oldest 3 local initiatives', list({ level: 'local' }, { sort: 'oldest', count: 3 })],
  ['just 2 examples from Finland', list({ countries: ['FI'] }, { count: 2 })],
  ['health cases, 2 at a time', list({ topic: 'Health' }, { sort: 'relevance', count: 2 })],
  ['gimme 4 from europe', list({ region: 'europe' }, { count: 4 })],
  // The piece of work it is for is not what is asked
  [
    'i need 3 examples of AI in public services for a briefing tomorrow',
    search('AI in public services', {}, { count: 3 }),
  ],
  ['open data for the board meeting on monday', search('open data')],
  ["health stuff for the minister's briefing", list({ topic: 'Health' }, { sort: 'relevance' })],
  ['any write-up on the finnish school thing?', () => ({ type: 'show', id: idOf('Ecosystem School') })],
  // A message that corrects itself is read as what was meant
  ['nah not AI, i meant blockchain', search('blockchain')],
  ['oops i meant open data', search('open data')],
  // Misspelt words of asking and countries read as the word meant; the place is offered as typed
  ['serch open data', search('open data')],
  [
    'waht do you have on helth in chilie',
    list({ countries: ['CL'], topic: 'Health' }, { sort: 'relevance' }),
  ],
  ['hw many cases u have', count(undefined)],
  ['Germny', list({ countries: ['DE'] })],
  ['cases from Belgum', list({ countries: ['BE'] })],
  ['compair Korea with Japan', { type: 'compare-places', countries: ['KR', 'JP'], query: '', filters: {} }],
  ['wat are newst cases', list({}, { sort: 'newest' })],
  // Two letters of a short stop word swapped: "teh" is the; "oen" is left to the search (open?)
  ['whats teh newest', list({}, { sort: 'newest' })],
  ['health adn education', list({ topics: { labels: ['Health', 'Education'] } }, { sort: 'relevance' })],
  ['oen data', search('oen data')],
  ['casses from norway in 2022', list({ countries: ['NO'], years: { from: 2022, to: 2022 } })],
  // Non-native phrasings: a verb of doing, the collection without its article, "last" cases
  [
    'what makes Finland in digital?',
    list({ countries: ['FI'], topic: 'Digital government' }, { sort: 'relevance' }),
  ],
  ['wich topics are in collection?', count('topic')],
  ['last cases from Spain', list({ countries: ['ES'] }, { sort: 'newest' })],
  ['any knowlege about blockchain', search('blockchain')],
  ['who made this collection?', { type: 'small-talk', kind: 'about' }],
  // Where the asker works, joined to the question by "and"
  [
    'Hello, I am working in the ministry of education of Chile and we search for innovative cases in the field of teachers training, can you help me please?',
    search('training', { topic: 'Education' }),
  ],
  ['I work at the city of Ghent and we are looking for open data examples', search('open data')],
  ["I'm from Kenya and I need cases on mobile money", search('mobile money')],
  // Lower-case codes in terse messages; the words they could be stay words
  ['kr ai', list({ countries: ['KR'], topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['cases fr health', list({ countries: ['FR'], topic: 'Health' }, { sort: 'relevance' })],
  ['jp', list({ countries: ['JP'] })],
  ['ai in cl', list({ countries: ['CL'], topic: 'AI & emerging tech' }, { sort: 'relevance' })],
  ['any de examples on open data?', search('open data', { countries: ['DE'] })],
  // A language's countries within a region are those in both
  ['francophone Africa', list({ region: 'french-speaking&africa' })],
  ['Spanish-speaking Latin America', list({ region: 'spanish-speaking&latin-america' })],
  ['French-speaking countries in Africa', list({ region: 'french-speaking&africa' })],
  // Non-native year phrasing, misspelt countries of several words, slips that are rare words
  ['cases from 2020 year', list({ years: { from: 2020, to: 2020 } })],
  ['projects of 2018 year', list({ years: { from: 2018, to: 2018 } })],
  ['south kora', list(KR)],
  ['cases from new zeland', list({ countries: ['NZ'] })],
  ['untied states digital', list({ countries: ['US'], topic: 'Digital government' }, { sort: 'relevance' })],
  ['costa rika health', list({ countries: ['CR'], topic: 'Health' }, { sort: 'relevance' })],
  ['pleas shwo me health cases', list({ topic: 'Health' }, { sort: 'relevance' })],
  // Hostile and odd input
  ['', { type: 'help', reason: 'empty' }],
  ['   \n\t ', { type: 'help', reason: 'empty' }],
  ['foo~2 bar^3 +baz -qux title:x', search('foo 2 bar 3 baz qux title x')],
  ['__proto__', search('proto')],
  ['constructor toString', search('constructor toString')],
  // Mentions point at people and channels, never at what to search
  // Two breakdowns asked: the first leads, the other is offered
  ['how many per topic? and per year?', count('topic')],
  ['how many cases by topic and year', count('topic')],
  ['@everyone <!channel> hi', { type: 'small-talk', kind: 'greeting' }],
  ['<@123456789012345678> anything on housing?', search('housing')],
  ['<@U0BOSS> health <#C024BE7LR|general>', list({ topic: 'Health' }, { sort: 'relevance' })],
  [
    '@sam asked about open data portals in latin america earlier, got any?',
    search('open data portals', { region: 'latin-america' }),
  ],
  [
    "@alex said there's a finnish school project?? link pls",
    list({ countries: ['FI'], topic: 'Education' }, { sort: 'relevance' }),
  ],
  // Rankings are counts, the fewest as much as the most
  ['which year had the fewest cases', count('year')],
  ['least covered topic?', count('topic')],
  ['which country is best represented in the database?', count('country')],
  ['rank the regions by number of initiatives', count('region')],
  ['which topic has the least cases', count('topic')],
  // A ranking asked without "which" is a count by what it ranks, with its filters and subject
  ['most active country in asia', count('country', { region: 'asia' })],
  ['biggest topic in europe', count('topic', { region: 'europe' })],
  ['the busiest year for open data?', count('year', {}, 'open data')],
  ['who leads on open data', count('country', {}, 'open data')],
  ["who's ahead on e-procurement in europe", count('country', { region: 'europe' }, 'e-procurement')],
  ['leading countries on digital identity', count('country', {}, 'digital identity')],
  ['most active region for health', count('region', { topic: 'Health' })],
  ['countries leading on open government', count('country', {}, 'open government')],
  ["what's the largest topic for Korea", count('topic', KR)],
  [
    'top 3 countries for AI projects',
    { type: 'count', query: '', filters: { topic: 'AI & emerging tech' }, by: 'country', top: 3 },
  ],
  // Amounts in words are how many cases to show, never searched (more than a page: a page, said so)
  ['gimme half a dozen cases on education', list({ topic: 'Education' }, { sort: 'relevance' })],
  ['a handful of examples from canada pls', list({ countries: ['CA'] })],
  ['show me a dozen cases on open data', search('open data')],
  ['twelve examples of open data', search('open data')],
  [
    'a dozen or so initiatives about transparency',
    list({ topic: 'Transparency & integrity' }, { sort: 'relevance' }),
  ],
  // A superlative with no measure ("most innovative", "coolest") is no search: how it was read is said
  ['whats the most innovative project in here?', list()],
  ['the coolest cases from asia', list({ region: 'asia' })],
  ['greatest example of participatory budgeting', search('participatory budgeting')],
  ['most inspiring open data cases', search('open data')],
  // What the collection's own words mean, and where it comes from, are asked of the collection
  ['what does OPSI stand for', { type: 'small-talk', kind: 'about' }],
  ["what's a case?", { type: 'small-talk', kind: 'about' }],
  ['what do you count as an "initiative"?', { type: 'small-talk', kind: 'about' }],
  ['define public sector innovation', { type: 'small-talk', kind: 'about' }],
  ['is this data up to date?', { type: 'small-talk', kind: 'about' }],
  ['where does this data come from', { type: 'small-talk', kind: 'about' }],
  ['who collected all these cases?', { type: 'small-talk', kind: 'about' }],
  // How to tell a case ("simply", "like I'm 5") is no subject; "explain" shows it
  ["explain the Bogota one like I'm 5", () => ({ type: 'show', id: idOf('Co-creation of public spaces') })],
  ['walk me through AI Friends in plain english', () => ({ type: 'show', id: idOf('AI Friends') })],
  // The piece of work, said without "I'm", or in the clause saying who asks, is context; what it is on stays
  ['writing an article about participatory budgeting, got anything?', search('participatory budgeting')],
  ['preparing a presentation on citizen assemblies, any examples?', search('citizen assemblies')],
  [
    'im a student writing my thesis on digital democracy, what would you recommend?',
    search('digital democracy'),
  ],
  ['for a school project on mental health', search('mental health')],
  // English with words of the asker's own language: Spanish, French, Portuguese, German, Korean
  ['ejemplos de educación en Chile', list({ countries: ['CL'], topic: 'Education' }, { sort: 'relevance' })],
  ['Beispiele aus Korea', list({ countries: ['KR'] })],
  // Whole messages in those languages, and Italian: years, counts, thanks, topics, open data
  ['iniciativas de Colombia desde 2020', list({ countries: ['CO'], years: { from: 2020 } })],
  ['projets en France avant 2021', list({ countries: ['FR'], years: { to: 2020 } })],
  ["qu'est-ce que vous avez sur l'éducation ?", list({ topic: 'Education' }, { sort: 'relevance' })],
  [
    'progetti sul clima in Italia',
    list({ countries: ['IT'], topic: 'Climate & environment' }, { sort: 'relevance' }),
  ],
  ['¿cuántos casos tienen de Corea?', count(undefined, { countries: ['KR'] })],
  ['quanti casi ci sono?', count(undefined)],
  ['¿qué proyectos hay sobre datos abiertos?', search('data open')],
  ['merci beaucoup', { type: 'small-talk', kind: 'thanks' }],
  ['grazie mille', { type: 'small-talk', kind: 'thanks' }],
  ['projetos de saúde do Chile', list({ countries: ['CL'], topic: 'Health' }, { sort: 'relevance' })],
  ['cas sur la santé en France', list({ countries: ['FR'], topic: 'Health' }, { sort: 'relevance' })],
  ['gibt es Beispiele für Gesundheit?', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['climate in Afrique', list({ region: 'africa', topic: 'Climate & environment' }, { sort: 'relevance' })],
  ['cases from Lateinamerika', list({ region: 'latin-america' })],
  [
    'Corée digital government',
    list({ countries: ['KR'], topic: 'Digital government' }, { sort: 'relevance' }),
  ],
  ['한국 open data', search('open data', KR)],
  ['open data since two years', search('open data', { years: { from: 2023 } })],
  ['open data 2019/20', search('open data', { years: { from: 2019, to: 2020 } })],
  [
    'health of the years 2018 until 2020',
    list({ topic: 'Health', years: { from: 2018, to: 2020 } }, { sort: 'relevance' }),
  ],
  ['Hello, I am from ministry in Chile, we want examples for open data', search('open data')],
  // A full name after a mention is the person's, as Slack labels it
  ['@Sam Smith asked about open data', search('open data')],
  ['hey @Sam Smith wants cases on mental health', search('mental health')],
  // A case's whole title typed wins over the place and year read from it
  ['show my france 2022', () => ({ type: 'show', id: idOf('My France 2022') })],
  ['show mi france 2022', () => ({ type: 'show', id: idOf('My France 2022') })],
  // The field's short forms are read as what they stand for; the UN goals by number or name
  ['any BI projects?', search('behavioural insights')],
  ['HCD examples from the nordics', search('human-centred design', { region: 'nordic' })],
  ['PB in brazil', search('participatory budgeting', { countries: ['BR'] })],
  ['RPA in public admin?', search('robotic process automation in public admin')],
  ['PPPs for infrastructure', search('public-private partnership for infrastructure')],
  ['OGP commitments from korea', search('Open Government Partnership commitments', KR)],
  ['civictech initiatives in africa', search('civic tech', { region: 'africa' })],
  ['what do you have on the SDGs', search('Sustainable Development Goals')],
  ['anything for goal 13?', search('', { topic: 'Climate & environment' })],
  ['sdg 3 cases', search('', { topic: 'Health' })],
  ['examples for the gender equality goal', search('gender equality')],
  ['3 cases on goal 5', search('gender equality', {}, { count: 3 })],
  ['cases contributing to SDG 5', search('gender equality')],
  [
    'projects aligned with goal 13 in europe',
    search('', { region: 'europe', topic: 'Climate & environment' }),
  ],
  // A US state's code that is no country's is searched by the state's name
  ['cases from NY', search('New York')],
  ['TX examples', search('Texas')],
  ['anything in WA', search('Washington')],
  // How chat colours a sentence is never its subject, nor small talk when it asks for cases
  [
    'tbh i just need like 2 examples of participatory budgeting, anything?',
    search('participatory budgeting', {}, { count: 2 }),
  ],
  ['lol is there literally anything from africa', list({ region: 'africa' })],
  ['whats the oldest case u got lol', list({}, { sort: 'oldest', count: 1 })],
  // Not knowing what to search is asking how, not a search for "search"
  ['idk what to search', { type: 'help', reason: 'asked' }],
  [
    'tbh idk what to search, maybe climate stuff in africa?',
    list({ region: 'africa', topic: 'Climate & environment' }, { sort: 'relevance' }),
  ],
  ['hey so im doing my thesis on co-creation w/ citizens', search('co-creation w/ citizens')],
  [
    'srsly need smth on procurement innovation for a uni assignment due tmrw 😭',
    list({ topic: 'Innovation labs & procurement' }, { sort: 'relevance' }),
  ],
  // Advice, a method or lessons asked for: the thing to do or the problem is the subject
  ["what's the best way to run a citizens assembly?", search('citizens assembly')],
  ['any tips for getting started with service design?', search('service design')],
  ['how can we improve digital inclusion in rural areas?', search('digital inclusion in rural areas')],
  [
    "what's the smartest way to set up a participatory budgeting process for a small town",
    search('participatory budgeting process', { level: 'local' }),
  ],
  [
    'any advice on running co-design workshops with people with disabilities?',
    search('co-design workshops with people with disabilities'),
  ],
  ['lessons learned from rolling out e-invoicing in Europe', search('e-invoicing', { region: 'europe' })],
  [
    'what works for reducing loneliness among older people?',
    search('reducing loneliness among older people'),
  ],
  ['is a citizen assembly on climate worth it?', search('citizen assembly on climate')],
  ['tips on procuring AI tools responsibly in the public sector?', search('procuring AI tools responsibly')],
  [
    'how would you recommend we approach a four day week pilot for council staff',
    search('four day week pilot for council staff'),
  ],
  [
    "we're a consultancy advising a health agency - how to best reduce hospital waiting lists?",
    search('reduce hospital waiting lists'),
  ],
  [
    "I'm a masters student - what are good practices for digital identity schemes in Africa?",
    search('digital identity schemes', { region: 'africa' }),
  ],
  [
    'where should we start with open data if our department has basically nothing published?',
    search('open data'),
  ],
  ['best practice library', search('best practice library')],
  // Question scaffolding around a subject is not the subject
  ['what impact did AI have on health', search('AI health')],
  [
    'what difference did participatory budgeting make for residents?',
    search('participatory budgeting residents'),
  ],
  ['what effect has open data had on transparency', search('open data transparency')],
  [
    'How did Korea use digital tools to improve citizen participation?',
    search('digital tools citizen participation', KR),
  ],
  ['any evidence on outcomes of telehealth for rural patients?', search('telehealth for rural patients')],
  [
    'Has anyone tried co-creation with residents? Keen to hear about outcomes.',
    search('co-creation with residents'),
  ],
  [
    'what programmes have been run for youth mental health in schools',
    search('youth mental health in schools'),
  ],
  // A pronoun's contracted verb, an apology opening the message, the programme someone scopes
  [
    "I've been asked to look at workforce reskilling for civil servants",
    search('workforce reskilling for civil servants'),
  ],
  ["we've been looking at chatbots", search('chatbots')],
  [
    'Apologies if this has been asked before - is there anything on business registries?',
    search('business registries'),
  ],
  [
    "We're scoping a cross-government programme on open data; what have other governments done?",
    search('open data'),
  ],
  // A correction takes back what it is meant instead of
  ['oops I meant telerehab not telehealth', search('telerehab')],
  // …to the end of its clause only: what follows still counts
  [
    'I meant health not education, from korea',
    list({ topic: 'Health', countries: ['KR'] }, { sort: 'relevance' }),
  ],
  // Cases in the plural whose words a title holds are a search, unless asked for cases like it
  ['Are there examples where AI was used in education?', search('AI education')],
  // "for countries in" (or dictated "four countries in") a place: the place says where
  ['open data for countries in asia', search('open data', { region: 'asia' })],
  ['health for countries like korea', search('', { topic: 'Health', ...KR })],
  ['open data in four countries in africa', search('open data', { region: 'africa' })],
  // Updates and developments about a subject: that subject, newest first
  ['any updates on AI?', search('', { topic: 'AI & emerging tech' }, { sort: 'newest' })],
  ['recent developments in digital identity', search('digital identity', {}, { sort: 'newest' })],
  ['updates on participatory budgeting in korea', search('participatory budgeting', KR, { sort: 'newest' })],
  // Cases asked for as a file: casebot sends none, and says what can be done
  ['can you export these', { type: 'help', reason: 'asked', topic: 'export' }],
  ['give me a csv of health cases', { type: 'help', reason: 'asked', topic: 'export' }],
  ['download this list', { type: 'help', reason: 'asked', topic: 'export' }],
  [
    'okay so can you send me a spreadsheet of all the climate ones',
    { type: 'help', reason: 'asked', topic: 'export' },
  ],
  // Things casebot has no feature for: read as what they ask, their words never searched
  ['save these', { type: 'help', reason: 'asked', topic: 'save' }],
  ['can u bookmark thes for later', { type: 'help', reason: 'asked', topic: 'save' }],
  ['what did I save?', { type: 'help', reason: 'asked', topic: 'save' }],
  ['share this with @maria', { type: 'help', reason: 'asked', topic: 'share' }],
  ['share these', { type: 'help', reason: 'asked', topic: 'share' }],
  // …but sharing asked of casebot, with nothing said of where, asks for cases
  ['could you share a few examples of open data?', search('open data', {}, { count: 3 })],
  ['can you share some cases on health', list({ topic: 'Health' }, { sort: 'relevance' })],
  ['send this to #general', { type: 'help', reason: 'asked', topic: 'share' }],
  // …and as Slack sends a channel, or with the mention taken out and a courtesy after it
  ['send this to <!channel> please', { type: 'help', reason: 'asked', topic: 'share' }],
  ['share it with <@U123ABC>', { type: 'help', reason: 'asked', topic: 'share' }],
  ['send this to @maria pls', { type: 'help', reason: 'asked', topic: 'share' }],
  ['dm this to @john.smith', { type: 'help', reason: 'asked', topic: 'share' }],
  ['could you forward these to my team?', { type: 'help', reason: 'asked', topic: 'share' }],
  ['can you email me these', { type: 'help', reason: 'asked', topic: 'share' }],
  ['remind me about this tomorrow', { type: 'help', reason: 'asked', topic: 'remind' }],
  ['this case is outdated', { type: 'help', reason: 'asked', topic: 'report' }],
  ['the info here is wrong, the project ended in 2020', { type: 'help', reason: 'asked', topic: 'report' }],
  ['how can I flag this as out of date?', { type: 'help', reason: 'asked', topic: 'report' }],
  ['can I add our project?', { type: 'help', reason: 'asked', topic: 'add' }],
  ['how do I submit a case to OPSI', { type: 'help', reason: 'asked', topic: 'add' }],
  ["i'd like to propose a new case from our municipality", { type: 'help', reason: 'asked', topic: 'add' }],
  ['print this', { type: 'help', reason: 'asked', topic: 'print' }],
  ['translate this to french', { type: 'help', reason: 'asked', topic: 'translate' }],
  ['rate this 5 stars', { type: 'help', reason: 'asked', topic: 'rate' }],
  ['give it 4/5', { type: 'help', reason: 'asked', topic: 'rate' }],
  ['forget what I asked', { type: 'help', reason: 'asked', topic: 'forget' }],
  ['clear my history please', { type: 'help', reason: 'asked', topic: 'forget' }],
  // The same words as a subject stay searches
  ['data sharing', search('data sharing')],
  ['digital reminders for patients', search('digital reminders for patients')],
  ['print media', search('print media')],
  ['translation services', search('translation services')],
  ['citizen reporting app', search('citizen reporting app')],
  ['email newsletters for citizens', search('email newsletters for citizens')],
  ['reducing medical errors', search('reducing medical errors')],
  ['send me health cases', search('', { topic: 'Health' })],
  // Questions about casebot, even naming a topic or a group
  ['are you an AI', { type: 'small-talk', kind: 'about' }],
  ['is this the OECD', { type: 'small-talk', kind: 'about' }],
  ['do you guys use chat gpt', { type: 'help', reason: 'asked', topic: 'workings' }],
  ['are you connected to the OECD', { type: 'small-talk', kind: 'about' }],
  ['hey are you like a bot or a real person', { type: 'small-talk', kind: 'about' }],
  // Years left out, a year or a relative one
  ['AI cases not 2020', search('', { topic: 'AI & emerging tech', exceptYears: { from: 2020, to: 2020 } })],
  ['health cases except last year', search('', { topic: 'Health', exceptYears: { from: 2024, to: 2024 } })],
  ['anything but 2019', list({ exceptYears: { from: 2019, to: 2019 } })],
  // Years as dictation writes them
  [
    'climate cases from twenty twenty one',
    search('', { topic: 'Climate & environment', years: { from: 2021, to: 2021 } }),
  ],
  [
    'show me health stuff from two thousand and nineteen',
    search('', { topic: 'Health', years: { from: 2019, to: 2019 } }),
  ],
  [
    'ai cases except for two thousand twenty three',
    search('', { topic: 'AI & emerging tech', exceptYears: { from: 2023, to: 2023 } }),
  ],
  ['open data since twenty nineteen', search('open data', { years: { from: 2019 } })],
  // A case named with a second question about it
  [
    'Could you summarise the Future Tech Challenge and who ran it?',
    () => ({ type: 'show', id: idOf('Future Tech Challenge') }),
  ],
  // A practitioner's problem and who solved it: the problem is searched, not its frame
  [
    'our council struggles to get young people to take part in consultations - has any other local authority cracked this?',
    search('young people to take part in consultations', { level: 'local' }),
  ],
  [
    'Hi all, I work in a regional health authority. Has anyone found a way to get more heart patients to finish rehab?',
    search('heart patients to finish rehab'),
  ],
  [
    'Our municipality wants to involve residents in redesigning public spaces. Who else has done this and how did it go?',
    search('residents in redesigning public spaces'),
  ],
  // What it must take (cost, staff, time) is not recorded: the subject is searched, said so
  [
    'any low budget ideas for improving digital inclusion in small towns?',
    search('improving digital inclusion', { level: 'local' }),
  ],
  [
    'looking for quick wins on citizen engagement that a city hall could pilot in 6 months',
    search('citizen engagement', { level: 'local' }),
  ],
  [
    "We're a small municipality in Portugal, no data team at all. Has anyone done something with open data that didn't need a lot of staff?",
    search('open data'),
  ],
  ['anything we could pilot in a small town with no budget?', list({ level: 'local' })],
  // What a named case achieved or took: that case, shown with what the collection has
  ['is the Ghent project still running?', () => ({ type: 'show', id: idOf('Collections of Ghent') })],
  [
    'how long did it take to set up the Gwanak platform?',
    () => ({ type: 'show', id: idOf('365 Online Gwanak') }),
  ],
  // Pasted over several lines: a letter's greeting, sign-off and signature, a quote passed on
  [
    'Hi all,\n\nDoes anyone know of examples where governments have used AI to personalise services for job seekers?\n\nThanks in advance,\nMaria\nPolicy Officer | Ministry of Labour, Portugal',
    search('AI to personalise services for job seekers'),
  ],
  [
    'Hello casebot,\n\nI am preparing a briefing note for our Director on public employment programmes after COVID. Could you share 2-3 relevant cases?\n\nBest regards,\nJohn',
    search('public employment', { years: { from: 2020 } }, { count: 3 }),
  ],
  [
    '> Looking for cases on mental health for young people\nforwarding this from the #policy channel, any ideas?',
    search('mental health for young people'),
  ],
  [
    "Reposting from #general:\n> @casebot what's new in digital government?\n(nobody answered)",
    list({ topic: 'Digital government' }, { sort: 'newest' }),
  ],
  [
    'Background: our city is rolling out a new permit system in 2026.\nQuestion: any cases on open data?',
    search('open data'),
  ],
  // "this" pointing back at what the message said before it
  [
    "We're redesigning our building permit process. Who else has done this?",
    search('building permit process'),
  ],
  [
    'our ministry is piloting chatbots for tax questions - has anyone tried this?',
    search('chatbots for tax questions'),
  ],
  ["I'm working on open data, is there anything like it?", search('open data')],
  [
    '"Co-creation of public spaces for the improvement of neighbourhoods in Bogota" — who ran this and when?',
    () => ({ type: 'show', id: idOf('Co-creation of public spaces') }),
  ],
  [
    'Re: Future Tech Challenge\n\nWas this evaluated? Any results published?',
    () => ({ type: 'show', id: idOf('Future Tech Challenge') }),
  ],
  // A label that ends at its colon after words that say why, and topics listed after it
  [
    "Topics I'm interested in:\n• health\n• education\n• skills",
    list({ topics: { labels: ['Health', 'Education', 'Employment & skills'] } }, { sort: 'relevance' }),
  ],
  ['topics: health, education', list({ topics: { labels: ['Health', 'Education'] } }, { sort: 'relevance' })],
  // Times that are not years, read as the years cases carry (the clock is 1 June 2025)
  ['any new cases added this week?', list()],
  ["what's new since my last visit", list()],
  ['what changed recently in the collection?', list()],
  ['cases from Q3 2021', list({ years: { from: 2021, to: 2021 } })],
  ['open data projects from march 2022', search('open data', { years: { from: 2022, to: 2022 } })],
  [
    'AI stuff from the past 18 months',
    list({ years: { from: 2023, to: 2025 }, topic: 'AI & emerging tech' }, { sort: 'relevance' }),
  ],
  [
    'health initiatives since January',
    list({ years: { from: 2025 }, topic: 'Health' }, { sort: 'relevance' }),
  ],
  [
    'e-government in the early 2000s',
    list({ years: { from: 2000, to: 2003 }, topic: 'Digital government' }, { sort: 'relevance' }),
  ],
  ['smart city pilots from the mid 2010s', search('smart city pilots', { years: { from: 2014, to: 2016 } })],
  ['anything from late 2019?', list({ years: { from: 2019, to: 2019 } })],
  [
    'participatory budgeting around 2020',
    search('participatory budgeting', { years: { from: 2019, to: 2021 } }),
  ],
  [
    'what did governments do on fintech during the financial crisis',
    search('fintech', { years: { from: 2007, to: 2009 } }),
  ],
  ['uk cases before brexit', list({ countries: ['GB'], years: { to: 2015 } })],
  [
    'education projects this fiscal year',
    list({ years: { from: 2025, to: 2025 }, topic: 'Education' }, { sort: 'relevance' }),
  ],
  [
    'climate cases FY2022',
    list({ years: { from: 2022, to: 2022 }, topic: 'Climate & environment' }, { sort: 'relevance' }),
  ],
  ['cases from the last election cycle', list({ years: { from: 2021, to: 2025 } })],
  [
    'mobility projects from a couple of years back',
    list({ years: { from: 2023, to: 2023 }, topic: 'Mobility & urban' }, { sort: 'relevance' }),
  ],
  ["show me last month's cases", list({ years: { from: 2025, to: 2025 } })],
  ['new this month?', list()],
  [
    'health in recent months',
    list({ years: { from: 2025, to: 2025 }, topic: 'Health' }, { sort: 'relevance' }),
  ],
  ['within the last 2 years', list({ years: { from: 2023 } })],
  ['new stuff from the last couple weeks', list()],
  ['what arrived since last week', list()],
  [
    'education cases before january 2021',
    list({ years: { to: 2020 }, topic: 'Education' }, { sort: 'relevance' }),
  ],
  // A demonym before a case's noun, with no case so named, says where the cases are from.
  ['the Danish thing on housing', search('housing', { countries: ['DK'] })],
  // Asking casebot to look is no subject.
  ['can you check for housing cases', search('housing')],
  // Asking why the last answer is what it is, with nothing asked before: said so, never a search.
  ['why these?', { type: 'follow-up', asked: 'why these?' }],
  ['how did you pick these?', { type: 'follow-up', asked: 'how did you pick these?' }],
  ['what matched?', { type: 'follow-up', asked: 'what matched?' }],
  ['how come these came up', { type: 'follow-up', asked: 'how come these came up' }],
  ['is that relevant?', { type: 'follow-up', asked: 'is that relevant?' }],
  // Outside what casebot does: said plainly, with what it does; never a failed search
  ['whats the weather like in berlin tomorrow', { type: 'help', reason: 'asked', topic: 'weather' }],
  ["what's the weather today", { type: 'help', reason: 'asked', topic: 'weather' }],
  ['who won the world cup in 2018?', { type: 'help', reason: 'asked', topic: 'facts' }],
  ["what's the capital of France?", { type: 'help', reason: 'asked', topic: 'facts' }],
  ['can u tell me a funny joke pls', { type: 'help', reason: 'asked', topic: 'joke' }],
  ['tell me a joke', { type: 'help', reason: 'asked', topic: 'joke' }],
  ["write an email to my boss saying I'm sick", { type: 'help', reason: 'asked', topic: 'write' }],
  ['can you help me write a policy brief?', { type: 'help', reason: 'asked', topic: 'write' }],
  ['write me a poem about open data', { type: 'help', reason: 'asked', topic: 'write' }],
  ['write me a python script that scrapes twitter', { type: 'help', reason: 'asked', topic: 'code' }],
  ["what's 15% of 2400", { type: 'help', reason: 'asked', topic: 'maths' }],
  ['any news about the election today?', { type: 'help', reason: 'asked', topic: 'news' }],
  [
    "what do you think of the new government's immigration policy?",
    { type: 'help', reason: 'asked', topic: 'opinion' },
  ],
  // About casebot where it runs: what is true of this code
  ['how do I add you to another channel?', { type: 'help', reason: 'asked', topic: 'channel' }],
  ['how do I get you into #digital-team?', { type: 'help', reason: 'asked', topic: 'channel' }],
  ['what permissions do you need?', { type: 'help', reason: 'asked', topic: 'permissions' }],
  ['what scopes does the slack app need', { type: 'help', reason: 'asked', topic: 'permissions' }],
  ['who can see my questions?', { type: 'help', reason: 'asked', topic: 'privacy' }],
  ['can my manager see what I ask you?', { type: 'help', reason: 'asked', topic: 'privacy' }],
  ['do you store what I type?', { type: 'help', reason: 'asked', topic: 'privacy' }],
  ['how long do you keep my messages?', { type: 'help', reason: 'asked', topic: 'privacy' }],
  ['where is my data stored', { type: 'help', reason: 'asked', topic: 'privacy' }],
  ['is this free? how much does it cost', { type: 'help', reason: 'asked', topic: 'cost' }],
  ['do you understand spanish?', { type: 'help', reason: 'asked', topic: 'languages' }],
  ['do you learn from what we type?', { type: 'help', reason: 'asked', topic: 'workings' }],
  ['what model are you running on, chatgpt?', { type: 'help', reason: 'asked', topic: 'workings' }],
  // Pasted content asked about: a link no case's page is read by what it says of itself, a
  // pasted text by its words; the places in them are what was pasted, not filters.
  [
    'saw this https://www.gov.uk/government/news/new-digital-mental-health-support-for-young-people any cases like it?',
    { type: 'similar', text: 'new digital mental health support for young people', filters: {}, page: 1 },
  ],
  [
    '<https://www.gov.uk/government/publications/digital-identity-scheme|GOV.UK: digital identity scheme> any similar?',
    { type: 'similar', text: 'digital identity scheme', filters: {}, page: 1 },
  ],
  [
    'https://medium.com/@govtech/how-we-used-virtual-reality-to-train-nurses-7f3a2b1c do you know similar projects?',
    { type: 'similar', text: 'how we used virtual reality to train nurses', filters: {}, page: 1 },
  ],
  [
    'my boss sent me this: Barcelona launches a platform for citizen proposals. anything like it?',
    { type: 'similar', text: 'Barcelona launches a platform for citizen proposals', filters: {}, page: 1 },
  ],
  [
    'from a newsletter: Denmark pilots remote rehabilitation for heart patients at home. Are there comparable cases?',
    {
      type: 'similar',
      text: 'Denmark pilots remote rehabilitation for heart patients at home',
      filters: {},
      page: 1,
    },
  ],
  [
    'headline I saw today - Estonia rolls out personalised career advice for jobseekers using AI. got anything similar?',
    {
      type: 'similar',
      text: 'Estonia rolls out personalised career advice for jobseekers using AI',
      filters: {},
      page: 1,
    },
  ],
  [
    '"Seoul district uses AI chatbots to check on elderly residents" - do we have anything on this?',
    {
      type: 'similar',
      text: 'Seoul district uses AI chatbots to check on elderly residents',
      filters: {},
      page: 1,
    },
  ],
  [
    'Forwarded email: "The city council will involve young people in redesigning the school." Have other governments done this?',
    {
      type: 'similar',
      text: 'The city council will involve young people in redesigning the school',
      filters: {},
      page: 1,
    },
  ],
  [
    'is this one of yours? https://oecd-opsi.org/innovations/ai-friends/',
    () => ({ type: 'show', id: idOf('AI Friends') }),
  ],
  // Figures no case records: no search, no year filter ("lasted more than 2 years" is no count by year)
  ['cases that lasted more than 2 years', list()],
  ['projects that ran for 3 years', list()],
  ['projects with a budget under 100k', list()],
  [
    'small municipalities under 50,000 inhabitants doing participation',
    list({ level: 'local', topic: 'Participation & democracy' }, { sort: 'relevance' }),
  ],
  ['any initiatives with a budget below 1 million euros on digital health?', search('digital health')],
  ['which open data projects reached over 1 million users', search('open data')],
  ['show me AI pilots that ran for at least 2 years', search('AI pilots')],
  ['cost under $50k, citizen engagement tools', search('citizen engagement tools')],
  ['long-running programmes (10+ years) on education', list({ topic: 'Education' }, { sort: 'relevance' })],
  [
    'digital id schemes covering over 50 million citizens in Asia',
    search('digital id schemes', { region: 'asia' }),
  ],
  // … and the number of countries, which cases record, a filter
  ['cases with more than 3 countries', list({ countryCount: { min: 4 } })],
  // The countries' part in it is no subject.
  ['cases with more than 3 countries involved', list({ countryCount: { min: 4 } })],
  [
    'projects with at least 2 countries participating on health',
    list({ topic: 'Health', countryCount: { min: 2 } }, { sort: 'relevance' }),
  ],
  ['how many cases have more than one country?', count(undefined, { countryCount: { min: 2 } })],
  [
    'multi-country collaborations on climate',
    search('collaborations on climate', { countryCount: { min: 2 } }),
  ],
  // Place names are never respelt into English words.
  [
    'cases in Paris',
    { type: 'search', query: '', filters: { countries: ['FR'] }, sort: 'newest', page: 1, country: 'FR' },
  ],
  // A chat channel says where something was seen, never what to search.
  [
    'hey, someone in #random was asking about participatory budgeting, what have you got?',
    { type: 'search', query: 'participatory budgeting', filters: {}, sort: 'relevance', page: 1 },
  ],
  [
    'posting in #general: does anyone know cases on procurement reform?',
    { type: 'search', query: 'procurement reform', filters: {}, sort: 'relevance', page: 1 },
  ],
  // A list of cases asked to be made is the cases.
  [
    'make a list of health cases',
    { type: 'search', query: '', filters: { topic: 'Health' }, sort: 'relevance', page: 1 },
  ],
  [
    'could you compile the mental health cases into a list?',
    { type: 'search', query: 'mental health', filters: {}, sort: 'relevance', page: 1 },
  ],
  // "plain language" as what is asked about.
  [
    'any pointers for a newbie on plain language in government letters',
    { type: 'search', query: 'plain language letters', filters: {}, sort: 'relevance', page: 1 },
  ],
  // Asked to find cases like a link, "cases related" names no case.
  [
    'can you find cases related to this article: https://example.org/news/participatory-budgeting',
    { type: 'similar', text: 'participatory budgeting', filters: {}, page: 1 },
  ],
  // Cases relative to a case named: its facts are the filters, never searched, the case left out.
  [
    'anything else from the same country as AI Friends?',
    () => list({ countries: ['KR'], besides: [idOf('AI Friends')] }),
  ],
  [
    'other stuff from the same year as the Ghent project',
    () => list({ years: { from: 2020, to: 2020 }, besides: [idOf('Collections of Ghent')] }),
  ],
  [
    'cases from around the same time as Connectoo',
    () => list({ years: { from: 2021, to: 2023 }, besides: [idOf('Connectoo')] }),
  ],
  [
    'same topics as Cardiac Telerehabilitation pls',
    () => list({ topic: 'Health', besides: [idOf('Cardiac Telerehabilitation')] }),
  ],
  ['anything from before My France 2022?', () => list({ years: { to: 2020 }, besides: [idOf('My France')] })],
  [
    'any more from the same countries as bifidex?',
    () => list({ countries: ['MK', 'AL', 'BA', 'ME', 'RS'], besides: [idOf('BIFIDEX')] }),
  ],
  [
    'stuff from the same year as the south african one',
    () => list({ years: { from: 2020, to: 2020 }, besides: [idOf('Presidential Employment')] }),
  ],
  // A city far larger than its namesakes is the one meant: Barcelona is Spain's, not Venezuela's.
  [
    'anything from Lisbon or Barcelona on housing?',
    { type: 'search', query: 'housing', filters: { countries: ['PT', 'ES'] }, sort: 'relevance', page: 1 },
  ], // Countries as people name them in chat: "the States", "ROK", "Aussie"; "the states of" is not the US.
  ['cases from the states', search('', { countries: ['US'] }, { sort: 'newest' })],
  ['any ROK innovations?', search('', { countries: ['KR'] }, { sort: 'newest' })],
  ['aussie projects on health', list({ countries: ['AU'], topic: 'Health' })],
  ['the states of brazil', search('states', { countries: ['BR'] })],
  ['what are the member states doing on AI', search('member states AI')], // A question that names nothing is about what the asker said they are doing, or their background.
  ['our ministry is redesigning benefits. examples?', search('benefits')],
  ["we're redesigning our benefits system. any examples?", search('benefits system')],
  ['Context: we are a council in Leeds working on loneliness.\nany cases?', search('loneliness')],
  ['Background - our ministry is redesigning benefits.\nexamples?', search('benefits')],
  ['Context: we are a council working on loneliness. any cases?', search('loneliness')],
  // Said of the asker, with nothing done to anything: no subject.
  ['We are a small city in Spain. any examples?', list()],
  ["I'm writing a report. any examples from Japan?", list({ countries: ['JP'] })], // A funder is no place to filter by: its name is searched, as no case records who paid.
  ['projects funded by the EU', search('EU')],
  ['any cases financed through the World Bank since 2020', search('World Bank', { years: { from: 2020 } })],
  ['EU-funded projects in Africa', search('EU', { region: 'africa' })],
  ['how many projects were funded by the EU', count(undefined, {}, 'EU')],
  // How it was paid for, not who paid: searched as before.
  ['publicly funded health cases', search('publicly funded health')], // Lines of a breakdown by how many cases each has: no "top 3", no word searched.
  [
    'countries with more than 3 cases',
    { type: 'count', query: '', filters: {}, by: 'country', having: { min: 4 } },
  ],
  [
    'which topics have exactly 2 cases',
    { type: 'count', query: '', filters: {}, by: 'topic', having: { min: 2, max: 2 } },
  ],
  [
    'countries with fewer than 2 cases',
    { type: 'count', query: '', filters: {}, by: 'country', having: { max: 1 } },
  ], // Years as people write them: short with an apostrophe, "onwards" after a part of a year, a
  // range with a dash after "between", an age counted back from now (2025 here).
  ["open data since '19", search('open data', { years: { from: 2019 } })],
  ['mid-2020 onwards', list({ years: { from: 2020 } })],
  ['cases between 2019-2021 in europe', list({ years: { from: 2019, to: 2021 }, region: 'europe' })],
  ['cases older than 5 years', list({ years: { to: 2020 } })],
  ['AI cases less than 3 years old', list({ topic: 'AI & emerging tech', years: { from: 2022 } })],
];

describe('understanding what people type', () => {
  it('has at least 200 phrasings', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(200);
  });

  it.each(PHRASINGS)('%j', async (text, expected) => {
    conversation += 1;
    const reply = await bot.answer(text, {
      platform: 'cli',
      surface: { type: 'console' },
      channelId: `table-${conversation}`,
    });
    expect(reply.intent).toEqual(typeof expected === 'function' ? expected() : expected);
  });
});
