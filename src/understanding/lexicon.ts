import { foldText } from '../knowledge/countries/tokenize.js';
import { ORDINAL_WORDS } from './number-words.js';
import { AND_ABROAD, ASKING_ABROAD, HOW_MANY_ABROAD, THANKS_ABROAD } from './other-languages.js';
import type { Role } from './role.js';

/**
 * The words and phrases of requests about cases, by the role they play. Lower case, words
 * separated by spaces; an apostrophe splits a word ("what's" is "what s"). These are the
 * English of asking, which no maintained list holds; places, years, topics and case names come
 * from data instead (countries, regions, the taxonomy, the loaded cases).
 */
/** Ways of taking a filter off: "drop the year", "remove region", "forget that topic". */
export const DROP_VERBS = [
  'drop',
  'remove',
  'without',
  'forget',
  'ignore',
  'clear',
  'lose',
  'delete',
  'get rid of',
  'take off',
  'skip',
  'scrap',
];

/** The phrases that take off the filter these nouns name, for every verb of {@link DROP_VERBS}. */
function dropping(...nouns: string[]): string {
  const phrases = DROP_VERBS.flatMap((verb) =>
    nouns.flatMap((noun) => [`${verb} ${noun}`, `${verb} the ${noun}`, `${verb} that ${noun}`]),
  );
  return [...nouns.map((noun) => `no ${noun}`), ...phrases].join(' | ');
}

/** Asking for the link of the case in view: "is there a link?" points at it as "its link" does. */
export const LINK_ASKS = [
  'is there a link',
  'any link',
  'got a link',
  'have a link',
  'a link please',
  'link please',
  'link pls',
  'the website',
  'its website',
  'its link',
];

const ENTRIES: readonly [Role, string][] = [
  [{ type: 'filler' }, ASKING_ABROAD],
  [
    { type: 'filler' },
    'show me | show us | give me | give us | tell me | tell us | find me | get me | send me | let me see | ' +
      'i m looking for | im looking for | looking for | look for | i want | i d like | id like | i would like | ' +
      'would like | like to | i need | we need | need | want | wanna | interested in | curious about | ' +
      'do you have | do you know | have you got | you got | got any | got | have | has | had | know | ' +
      'is there | are there | there are | there is | any | some | all | every | each | ' +
      'cases | case studies | case study | initiatives | initiative | projects | programmes | programs | ' +
      'programme | program | innovations | innovation | innovative | ideas | stories | studies | examples | ' +
      'efforts | solutions | practices | practice | good practice | best practices | experiences | ' +
      'things | stuff | info | information | ' +
      'going on | happening | happened | done | doing | did | does | do | been | be | being | ' +
      'made | makes | making | been made | has been made | have been made | carried out | implemented | undertaken | ' +
      'give | gimme | provide | pick | choose | send | send over | pull together | put together | ' +
      'strong | solid | compelling | one liner | one liners | one-liner | one-liners | oneliner | a line | ' +
      'working on | worked on | work being done | what work | work done | ' +
      'please | pls | plz | kindly | can you | could you | would you | can i | could i | may i | can we | ' +
      'hey | hi | hello | yo | casebot | bot | um | uh | hmm | well | so | ok so | lol | ' +
      'see | view | find | search for | look up | lookup | learn | learn about | read | read about | ' +
      // Asking casebot to look: "can you also check Portugal?", "see if you have anything on …".
      'check | check out | check for | check if | check whether | double check | see if | see whether | ' +
      'related | related to | regarding | concerning | around | about | relating to | on the subject of | ' +
      'topic of | sector | area | field | domain | space | theme | category | ' +
      'government | governments | gov | govt | public sector | public sector innovation | public administration | ' +
      'administrations | public bodies | public agencies | administration | countries doing | ' +
      'cover | covers | covered | include | includes | contain | contains | hold | list of | ' +
      'interesting | cool | good | gud | great | best | top | notable | important | relevant | useful | ' +
      // How to tell it, not what: "explain it simply", "the Korean one like I'm 5".
      'simply | in simple terms | in simple words | simple terms | in plain english | plain english | ' +
      'in plain language | plain language | in layman s terms | in laymans terms | layman s terms | ' +
      'like i m 5 | like im 5 | like i m five | like im five | like i m 10 | like i m 12 | like im 12 | ' +
      'for a beginner | for beginners | for dummies | for a 5 year old | for a five year old | ' +
      'available | exist | exists | existing | out there | in here | on here | so far | currently | now | today | ' +
      'one | ones | result | results | pages | more about | more on | a bit | bit | quick | quickly | brief | ' +
      'actually | just | also | else | other | others | kind of | sort of | type of | types of | ' +
      'country | nation | place | places | world | question | quick question | wondering | i was wondering | ' +
      'i wonder | curious | recommend | recommendations | suggest | suggestions | inspiration | pointers | ' +
      'references | guys | folks | team | mate | mates | buddy | pal | dude | everyone | anyone | somebody | ' +
      'someone | share | fellow | sort by | sorted by | order by | ordered by | order them | sort them | arrange them | ' +
      'i meant | i mean | what i meant | i was asking | i asked for | help me | help us | help me with | ' +
      'what s the deal with | whats the deal with | the deal with | inspo | some inspo | ' +
      'i m writing a report on | im writing a report on | writing a report on | writing a paper on | ' +
      'for a report on | for my report | for a presentation on | i m researching | im researching | ' +
      'doing research on | maybe | perhaps | looking at | look at | looking into | look into | we are | ' +
      'work on | point me to work on | i d love to see | i d love | would love to see | love to see | both | ' +
      'quick q | q | used by | used in | used for | used | i work at | i work for | i work in | we work at | ' +
      'in general | generally | overall | started | launched | began | begun | involve | involves | involving | ' +
      'mention | mentions | mentioning | mentioned | different | distinct | various | ' +
      'during | is it possible to see | is it possible to | possible to see | we want to learn | want to learn | ' +
      // "for countries in Africa" as dictation writes it ("four countries"): the place says where.
      'for countries in | four countries in | for countries like | four countries like | ' +
      'learn how | other governments | other countries | specifically | in particular | particularly | ' +
      'especially | ideally | preferably | i m after | im after | what to ask | single | every single | ' +
      'go to | go | jump to | skip to | take me to | continent | the continent | wide | ' +
      'doing my thesis on | my thesis on | for my thesis | thesis on | my thesis | my dissertation on | ' +
      'my research on | for my research | smallest | largest | biggest | deal with | that deal with | ' +
      'dealing with | tackling | that tackle | addressing | that address | focused on | focusing on | ' +
      'trending | what s trending | run by | led by | organised by | organized by | stand for | stands for | ' +
      'sorted | sort | ordered | region | regions | ' +
      'let s see | let me know | tell me what | what kind of | what sort of | happen | ' +
      'seen | heard | heard of | aware of | familiar with | point me to | refer me to | dig up | pull up | bring up | ' +
      'u | ur | r | ya | y all | tho | btw | fyi | imo | rn | asap | up to | been up to | working with | ' +
      'whats | wats | wat | whos | re | in re | what is there | what s there | whats there | ' +
      'that use | that uses | using | use of | make use of | database | data base | db | the collection | ' +
      'one of yours | of yours | yours | one of your cases | knowledge base | knowledge about | knowledge on | knowledge of | in collection | in database | your records | your database | your collection | this collection | this database | this knowledge base | this dataset | the dataset | your dataset | you ve got | ve got | got there | ' +
      'filter | filters | the filter | that filter | the filters | ' +
      'come from | comes from | came from | originate | originates | based in | whether | if any | ' +
      'tried | has tried | have tried | ever tried | anybody | somebody | exploring | explore | considering | ' +
      'handle | handles | handling | handled | ' +
      // How chat colours a sentence, never what it is about.
      'tbh | tbf | ngl | srsly | literally | honestly | lmao | lmk | omg | imho | iirc | afaik | ' +
      'kinda | sorta | basically | im | i m | i am | pls help | ' +
      // A pronoun's contracted verb ("I've been asked", "we'll need"): never a word of the subject.
      'i ve | we ve | i ll | we ll | i d | we d | ' +
      // Who else asked or said it ("@sam asked about …", "someone said there's …"): not the subject.
      'asked about | was asking about | were asking about | asked | said | says | mentioned | told me | ' +
      'told us | earlier | recommended | any idea | any idea what | anyone know | does anyone know | ' +
      'anybody know',
  ],
  [
    { type: 'randomish' },
    'anything | something | an example | one example | a case | an initiative | a project | ' +
      'anything at all | something interesting | anything interesting | whatever',
  ],
  [
    { type: 'subject' },
    'open government | digital government | e government | local food | state of the art | welfare state | ' +
      'city planning | smart city | smart cities | public health | public service | public services | ' +
      'public spaces | public space | public works | first responders | first nations | first aid | ' +
      'one stop shop | one stop shops | one stop',
  ],
  [{ type: 'command', command: 'search' }, 'search | find | lookup | look up | look for | search for'],
  [
    { type: 'command', command: 'random' },
    'random | randomly | at random | surprise | surprise me | surprise us | feeling lucky | i m feeling lucky | ' +
      'im feeling lucky | lucky | pick one | pick a | pick any | random one | random case | shuffle | roll the dice | ' +
      'any one | just one | a random',
  ],
  [
    { type: 'command', command: 'show' },
    'show | details | detail | details about | details of | details on | more details | more detail | more info | ' +
      'more information | tell me more | tell me more about | tell me about | more about | expand on | describe | ' +
      'full text | full case | read more | zoom in on | what is | what was | what s | where is | where s | where was | ' +
      'where does | where do | summarise | summarize | summary of | a summary of | sum up | recap | ' +
      'link to | link for | link of | the link | the link to | the link of | url of | url for | the url | ' +
      'writeup on | write-up on | write up on | writeup of | write-up of | write up of | writeup about | ' +
      'write-up about | explain | explain to me | explain me | eli5 | walk me through',
  ],
  [
    { type: 'command', command: 'similar' },
    'similar | similar to | similar ones | similar cases | similar initiatives | similar projects | similar to the | ' +
      'alike | more like | more like this | more like that | more like it | others like | other like | ' +
      'like this | like that | like it | cases like | initiatives like | projects like | anything like | ' +
      'something like | stuff like | examples like | same kind | same as | who else | who else did | who else has | ' +
      'anyone else | others who did | comparable to | resembling | related cases | related to this | ' +
      'related to that | related to it | like the | comparable | comparable cases | comparable ones | ' +
      'relate to it | relate to this | relates to it | relates to this | done this | done that | did this | ' +
      'did that | tried this | tried that',
  ],
  [
    { type: 'command', command: 'compare' },
    'compare | comparison | comparing | compare with | compared to | compared with | versus | vs | ' +
      'difference between | differences between | side by side | contrast | differ | differs | different from',
  ],
  [
    { type: 'command', command: 'count' },
    'how many | how much | number of | count | counts | total | totals | tally | statistics | stats | ' +
      `${HOW_MANY_ABROAD} | ` +
      'breakdown | break down | how big | how large | size of | has the most | have the most | has most | ' +
      'have most | the most cases | most cases | with the most | with most | most common | the most common | ' +
      'most often | appear most often | appear the most | most frequent | the most frequent | most popular | ' +
      'percentage | percent | per cent | proportion | what share | share of | ratio | fraction | ' +
      // Rankings are counts too, the fewest as much as the most: "rank countries by …", "least covered topic".
      'rank | ranked | ranking | rank by | ranked by | most represented | best represented | ' +
      'least represented | most covered | least covered | least common | the least common | least popular | ' +
      'has the fewest | have the fewest | had the fewest | the fewest cases | fewest cases | has the least | ' +
      'have the least | had the least | the least cases | least cases',
  ],
  [
    { type: 'command', command: 'list' },
    'list | list all | list every | show all | show everything | everything | all cases | all of them | ' +
      'everything you have | everything you ve got | browse | full list | whole list | complete list | ' +
      'catalogue | catalog | overview | all initiatives | all projects | every case | every initiative',
  ],
  [
    { type: 'command', command: 'new' },
    'what s new | whats new | what is new | anything new | something new | news | new cases | new ones | ' +
      'new initiatives | new projects | new stuff | new examples | added recently | recently added | ' +
      'latest news | what s happening lately | lately | ' +
      // "any updates on AI?", "developments in open data": that subject, newest first.
      'updates | update | any updates | latest updates | recent updates | update on | updates on | ' +
      'developments | latest developments | recent developments | new developments | progress on',
  ],
  [
    { type: 'command', command: 'status' },
    'status | bot status | casebot status | your status | uptime | are you healthy | are you ok | ' +
      'are you okay | are you up | are you alive | are you running | are you working | is the bot up | ' +
      'is casebot up | is casebot healthy | bot health | casebot health | is casebot down | is the bot down | ' +
      'are you down | is it down | casebot down | bot down | are you broken | is casebot broken | ' +
      'is casebot working | is the bot working',
  ],
  [
    { type: 'command', command: 'help' },
    'help | help me | commands | command list | usage | manual | instructions | options | menu',
  ],
  [
    { type: 'social', kind: 'greeting' },
    'hi | hello | hey | heya | hiya | howdy | yo | sup | what s up | whats up | wassup | good morning | ' +
      'good afternoon | good evening | good day | morning | afternoon | evening | greetings | hallo | hola | ' +
      'bonjour | ciao | salut | hi there | hello there | hey there | hey casebot | hi casebot | hello casebot | ' +
      'how are you | how are you doing | how s it going | hows it going | how r u | gm',
  ],
  [
    { type: 'social', kind: 'thanks' },
    'thanks | thank you | thank u | thx | thnx | ty | tysm | cheers | much appreciated | appreciated | ' +
      'appreciate it | that helps | that helped | this helps | very helpful | helpful | super helpful | ' +
      'thanks a lot | many thanks | thanks so much | thank you so much | ta | merci | gracias | danke | ' +
      `${THANKS_ABROAD} | ` +
      'thanks for your help | thanks a lot for your help | thank you for your help | thanks for the help | ' +
      'for your help | for the help | ' +
      'great | perfect | awesome | brilliant | excellent | nice | cool | wonderful | amazing | fantastic | ' +
      'that s great | that s perfect | good job | well done | love it | nice one | neat | ' +
      'super useful | very useful | really useful | so useful | really helpful | so helpful | ' +
      // Praise of what was shown: "the second one is exactly what I need", "looks interesting".
      'exactly what i need | exactly what i needed | just what i need | just what i needed | what i need | ' +
      'what i needed | what i was looking for | exactly it | that s exactly it | spot on | looks interesting | ' +
      'looks good | looks great | looks useful | looks promising | sounds good | sounds great | ' +
      'would use again | 10 10 | love the',
  ],
  [
    { type: 'social', kind: 'bye' },
    'bye | goodbye | good bye | bye bye | see you | see ya | cya | later | good night | goodnight | ' +
      'have a good day | have a nice day | that s all | that is all | i m done | im done | farewell | ' +
      'gtg | g2g | got to go | gotta go | ttyl | talk later | talk to you later | catch you later',
  ],
  [
    { type: 'social', kind: 'about' },
    'who are you | what are you | what is this | what s this | whats this | what is casebot | ' +
      'what s casebot | who is casebot | are you a bot | are you human | are you real | are you ai | ' +
      'what s your name | whats your name | your name | who made you | who made this | who made this collection | ' +
      'who made the collection | who built this | who maintains this | who collected these cases | who collects the cases | ' +
      ' who built you | who created you | ' +
      'what do you know | what is this bot | what does this bot do | where does your data come from | ' +
      'where do the cases come from | where do you get your data | where do you get the data | ' +
      'where do you get your cases | where does the data come from | what are your sources | ' +
      'what is your source | what s your source | where is your data from | what is opsi | what s opsi | tell me about yourself | about you',
  ],
  [
    { type: 'social', kind: 'howto' },
    'how do i use | how do i use this | how do i use you | how does this work | how does it work | ' +
      'how do you work | how to use | how to use this | how can you help | how can i use | what can you do | ' +
      'what can i ask | what can i ask you | what should i ask | what do you do | what can you tell me | ' +
      'what can you help with | what are you for | what is this for | how does this bot work | ' +
      'what can this bot do | what can this do | what can it do | what does it do | what do you offer | ' +
      'getting started | get started | how do i start | where do i start | what questions | example questions | ' +
      'how do i search for | how do i find | how can i search | how can i find | ' +
      'tutorial | guide | how do i search | how to search | how do i ask | how do i filter | how can i filter | ' +
      'how to filter | how do i narrow | how can i narrow | how do i sort | how can i sort | how to sort | ' +
      'how do i compare | how do i page | how do i get more | what should i type | what do i type | ' +
      'what can i type | what to type | what should i write | what do i write | what should i say | ' +
      'what do i say | how do i talk to you | how should i ask | what to search | what to search for | ' +
      'what to look for | what should i search | what should i search for | what should i look for',
  ],
  [
    { type: 'social', kind: 'ack' },
    'ok | okay | k | kk | okie | got it | alright | all right | fine | understood | i see | noted | right | ' +
      'hmm ok | oh | ah | wow | interesting | lol | haha | don t know | dunno | idk | not sure | whatever you think | ' +
      'brb | be right back | one sec | one second | just a sec | just a second | hold on | give me a sec | give me a second',
  ],
  [
    { type: 'social', kind: 'no' },
    'no | nope | nah | no thanks | no thank you | never mind | nevermind | nvm | not now',
  ],
  [
    { type: 'social', kind: 'complaint' },
    'wrong | that s wrong | not right | that s not right | not what i asked | not what i meant | useless | ' +
      'not helpful | unhelpful | doesn t work | does not work | you re wrong | bad answer | stupid | dumb | ' +
      'that s not it | not it | irrelevant | not relevant | none of these are relevant | none of them are relevant | ' +
      'these aren t relevant | not what i m looking for | not what i was looking for | not really what i wanted | ' +
      'meh',
  ],
  [
    { type: 'social', kind: 'confused' },
    'what do you mean | what does that mean | what does this mean | what is that supposed to mean | huh | eh | ' +
      'i don t understand | i dont understand | don t understand | dont understand | i m confused | im confused | ' +
      'come again | pardon | sorry what | i don t get it | i dont get it | don t get it',
  ],
  [
    { type: 'yes' },
    'yes | yeah | yep | yup | sure | yes please | sure thing | please do | go ahead | go on | do it | ' +
      'of course | absolutely | definitely | why not | ' +
      // "closest thing?" after nothing was found: what the answer offered instead.
      'closest thing | the closest thing | closest one | closest match | the closest | nearest thing | ' +
      'nearest one | next best thing | next best | anything close | something close | whatever is closest | ' +
      // "broader please" after nothing was found: the wider question the answer offered.
      'broader please | go broader | something broader | broader search | search broader | go wider | wider search | ' +
      'search wider | widen it | widen the search | ' +
      'less specific | zoom out | more general | broaden it | broaden the search | ' +
      // "no, the other one" after a case shown with another offered: that other one.
      'the other one | the other | other one | the other case | the other ones',
  ],
  [
    { type: 'again' },
    'again | once more | one more time | repeat | repeat that | repeat it | say that again | say again | ' +
      'show that again | show it again | show me that again | show me again | come back to that | ' +
      'where were we | where was i | where did we leave off | where did we stop | what was my last question | ' +
      'what did i ask | what did i just ask | what did i last ask | i m back | im back | i am back | back again | ' +
      // "none?", "really?" after an answer: surprise at it, answered by showing it again.
      'none | nothing | nothing at all | none at all | zero | nada | no results | really | seriously',
  ],
  [
    { type: 'undo' },
    'undo | undo that | undo it | undo this | undo the last one | undo last | take that back | revert | revert that | ' +
      'revert it | go back to before | back to before | back to what i had | back to the question before | ' +
      'the question before | my question before | the one before that | previous question | my previous question | ' +
      'back to my previous question | go back to my previous question',
  ],
  [
    { type: 'together' },
    'both | both together | together | combined | both combined | all together | altogether | taken together | ' +
      'the two together | both of them together | both at once | together please',
  ],
  [
    { type: 'sort', sort: 'newest' },
    'newest | newest first | latest | latest first | most recent | most recent first | recent | recently | ' +
      'recent ones | newer | new to old | by date | sorted by date | sort by date | order by date | ' +
      'ordered by date | by newest | up to date | ' +
      'last cases | the last cases | last added | added last | recently added | ' +
      'freshest | newest ones | latest ones | last few | the latest | these days | nowadays | ' +
      'currently | at the moment | right now | at present | presently | is more recent | the more recent | ' +
      'the more recent one | is later | started later | came later',
  ],
  [
    { type: 'sort', sort: 'oldest' },
    'oldest | oldest first | earliest | earliest first | older ones | older cases | old to new | chronological | ' +
      'chronologically | in chronological order | by oldest | first ones | anything older | something older | ' +
      'older than that | even older | older stuff | is older | the older | the older one | came first | started first | ' +
      'is earlier | started earlier',
  ],
  [
    { type: 'sort', sort: 'relevance' },
    'by relevance | most relevant | best match | best matches | sorted by relevance | relevance',
  ],
  [
    { type: 'sort', sort: 'title' },
    'by title | by titles | by name | by names | alphabetically | alphabetical | alphabetical order | ' +
      'in alphabetical order | a to z | a z | a-z | sorted by title | sort by title | order by title | ' +
      'sort by name | order by name | sorted by name | by title a z',
  ],
  [
    { type: 'level', level: 'local', strong: true },
    'municipalities | cities | towns | local governments | local government | local authorities | ' +
      'local authority | city governments | city government | city halls | city hall | local councils | ' +
      'councils | municipal governments | municipal level | local level | city level | town level | ' +
      'local scale | at the local level | at local level | grassroots | ' +
      // The level closest to people, by its rank: "the smallest level of government".
      'smallest level | lowest level | lowest tier | smallest tier | closest to citizens | ' +
      'city wide | citywide | town wide | municipality wide',
  ],
  [
    { type: 'level', level: 'local', strong: false },
    'local | locally | municipal | municipality | city | town | urban level | county | district | borough',
  ],
  [
    { type: 'level', level: 'regional', strong: true },
    'state level | states level | regional level | provincial level | state governments | state government | ' +
      'regional governments | regional government | provinces | subnational governments | ' +
      'sub national | subnational level | at the state level | at the regional level | at regional level | ' +
      'state wide | statewide | province wide | provincewide | region wide | regionwide',
  ],
  [
    { type: 'level', level: 'regional', strong: false },
    'regional | regionally | provincial | province | state | subnational | devolved',
  ],
  [
    { type: 'level', level: 'national', strong: true },
    'national level | national governments | national government | central government | central governments | ' +
      'federal government | federal governments | federal level | country level | nationwide | ministries | ' +
      'national agencies | at the national level | at national level | highest level | ' +
      'country wide | countrywide | nation wide',
  ],
  [
    { type: 'level', level: 'national', strong: false },
    'national | nationally | federal | central | ministry | national agency',
  ],
  [
    { type: 'level', level: 'international', strong: true },
    'cross border | crossborder | cross national | multi country | multinational | transnational | ' +
      'supranational | international level | at international level | at the international level | ' +
      'international cooperation | between countries | multilateral | more than one country | ' +
      'multiple countries | two or more countries | across countries | across borders | ' +
      'several countries | numerous countries | multiple nations | several nations | more than one nation | ' +
      'several governments | multiple governments | neighbouring countries | neighboring countries',
  ],
  [{ type: 'level', level: 'international', strong: false }, 'international | internationally | global'],
  [
    { type: 'level-noun' },
    'level | levels | government | governments | gov | govt | authorities | authority | administrations | ' +
      'agencies | agency | scale | tier | bodies | councils | sector',
  ],
  [
    { type: 'facet', facet: 'topic' },
    'topics | subjects | themes | categories | tags | sectors | areas | fields | domains | policy areas | ' +
      'kinds of cases | types of cases | what kinds | what types',
  ],
  [
    { type: 'facet', facet: 'country' },
    'countries | nations | countries covered | which countries | country list',
  ],
  [
    { type: 'facet', facet: 'region' },
    'regions | world regions | continents | parts of the world | which regions | regions covered',
  ],
  [{ type: 'facet', facet: 'year' }, 'years | dates | timeline | year by year | time period | time periods'],
  [{ type: 'facet', facet: 'level' }, 'levels of government | government levels | levels'],
  [
    { type: 'per' },
    'per | by | each | for each | for every | in each | broken down by | grouped by | split by | ' +
      'break down by | break it down by | break them down by | breakdown by | split it by | split them by | ' +
      'break that down by | break this down by | break these down by | break those down by | ' +
      'split that by | split this by | split those by | split these by | group by | group them by | ' +
      'group it by | group that by | group these by | group those by | group this by | group the cases by',
  ],
  [
    { type: 'move', move: 'next' },
    'next | next page | next one | next ones | next results | next five | more | more results | more please | ' +
      'show more | see more | load more | keep going | continue | carry on | moar | more of these | ' +
      'more of those | more of them | and more | what else | anything else | others | another | another one | ' +
      'a different one | different one | a different case | not that one | even more | still more | some more | ' +
      'a few more | any more | anymore | go on | nothing else | different ones | other ones | any others | some others | some other ones | any other ones',
  ],
  [
    { type: 'move', move: 'previous' },
    'previous | prev | previous page | back | go back | page back | earlier results',
  ],
  [
    { type: 'years-beside', side: 'before' },
    'before that | before then | before those | earlier than that | prior to that',
  ],
  [
    { type: 'years-beside', side: 'after' },
    'after that | after then | after those | later than that | since then',
  ],
  [
    { type: 'move', move: 'first-page' },
    'first page | start again from the top | back to the top | back to the start',
  ],
  [
    { type: 'move', move: 'last-page' },
    'last page | final page | very last page | end of the list | the end of the list | skip to the end | go to the end',
  ],
  [{ type: 'page' }, 'page | pg | p'],
  [
    { type: 'follow-up', mode: 'switch' },
    'and | what about | how about | what of | and what about | and how about | same for | same in | ' +
      'same but | the same for | the same in | now | instead | but | then | ok and | and for | ' +
      'and in | and from | now for | now in | how about in | what about in | what if | ' +
      'widen | widen it | widen it to | widen to | broaden | broaden it | broaden it to | broaden to | ' +
      'expand it to | extend it to | open it up to | change it to | switch it to | switch to | ' +
      'widen that to | broaden that to | expand that to | change that to | try | try with | lets try | let s try | ' +
      `maybe try | ${AND_ABROAD}`,
  ],
  [
    { type: 'follow-up', mode: 'narrow' },
    'only | just | narrow to | narrow it to | narrow down to | filter by | filter to | limit to | restrict to | ' +
      'limited to | restricted to | ' +
      'narrow | narrow down | narrow it | narrow it down | narrow it down to | narrow that | narrow that to | ' +
      'narrow that down to | narrow this to | narrow them to | narrow those to | limit it to | limit that to | ' +
      'only the | just the | only those | just those | of those | of these | of them | among them | ' +
      'among those | which ones | which of them | which of those | which of these | any of them | any of those',
  ],
  [
    { type: 'follow-up', mode: 'add' },
    'also | and also | plus | as well as | as well | too | add | including | include | add back | put back | ' +
      // "put mental health back in", "bring AI back": what was left out is in again.
      'back in | bring back | bring in',
  ],
  [
    { type: 'drop', key: 'years' },
    'any year | any years | all years | any time | anytime | any date | whenever | regardless of year | ' +
      dropping('year', 'years', 'date', 'dates', 'time frame', 'timeframe', 'period', 'year filter'),
  ],
  [
    { type: 'drop', key: 'countries' },
    'any country | all countries | anywhere | everywhere | anywhere in the world | all over the world | ' +
      'any place | any region | other countries | elsewhere | not just there | ' +
      dropping(
        'country',
        'countries',
        'region',
        'regions',
        'place',
        'places',
        'location',
        'country filter',
        'region filter',
      ),
  ],
  [
    { type: 'drop', key: 'level' },
    'any level | all levels | every level | any level of government | ' +
      dropping('level', 'levels', 'level of government', 'level filter'),
  ],
  [
    { type: 'drop', key: 'topic' },
    'any topic | all topics | every topic | any subject | ' +
      dropping('topic', 'topics', 'subject', 'theme', 'topic filter'),
  ],
  [
    { type: 'drop', key: 'all' },
    'no filter | no filters | any filter off | filters off | without filters | without any filter | ' +
      'remove filters | remove the filters | remove all filters | clear filters | clear the filters | ' +
      'reset filters | reset | start over | start again | unfiltered | all of it | remove the filter | ' +
      'remove filter | clear the filter | drop the filter | drop the filters | drop filters | no more filters',
  ],
  [
    { type: 'pronoun' },
    'it | its | this | that | this one | that one | these | those | them | this case | that case | the case | ' +
      'all of them | all of those | all of these | they | these ones | those ones | ' +
      `${LINK_ASKS.join(' | ')} | ` +
      'the writeup | the write-up | the write up | the original | the original writeup | the original write-up | ' +
      'the case study | the original source | the article | the original article',
  ],
  [
    { type: 'case-noun' },
    'one | case | project | initiative | example | programme | program | thing | story | result | item | entry',
  ],
  [
    { type: 'topic-word' },
    'topic | theme | tagged | tagged with | tag | category | on the topic | on the topic of | about the topic | ' +
      'in the area of | in the field of | in the sector',
  ],
  [{ type: 'joiner' }, 'and | with | vs | versus | or | to | against | plus'],
];

/** Every phrase with its roles, a phrase may have several ("and": follow-up and joiner). */
export function lexiconEntries(): [phrase: string, role: Role][] {
  const entries: [string, Role][] = [];
  for (const [role, phrases] of ENTRIES) {
    // Folded as message words are: "für", "Fälle" are read as typed with or without accents.
    for (const phrase of phrases.split('|')) entries.push([foldText(phrase.trim()), role]);
  }
  for (const [word, index] of ORDINAL_WORDS) entries.push([word, { type: 'ordinal', index }]);
  entries.push(['last', { type: 'ordinal', index: -1 }], ['last one', { type: 'ordinal', index: -1 }]);
  entries.push(['top one', { type: 'ordinal', index: 0 }], ['top result', { type: 'ordinal', index: 0 }]);
  return entries;
}
