/**
 * The words of asking that people whose first language is Spanish, French, Portuguese, German or
 * Korean bring into their English ("ejemplos de salud en Colombia", "Beispiele aus Deutschland",
 * "cas sur l'inclusion numérique"), as the lexicon's filler: they ask for cases, never are the
 * search. Only words that are no English word, so an English message reads as before; an
 * apostrophe splits a word ("l'inclusion" is "l inclusion").
 */
export const ASKING_ABROAD =
  // Spanish
  'ejemplos | ejemplo | casos | caso | proyectos | proyecto | iniciativas | iniciativa | experiencias | ' +
  'hay | tienen | tiene | tienes | sobre | para | con | del | los | las | el | en | de | por favor | ' +
  'busco | buscamos | quiero | queremos | necesito | necesitamos | algo | algunos | algunas | ' +
  // French
  'exemples | exemple | cas | projets | projet | expériences | il y a | y a t il | avez vous | vous avez | ' +
  'je cherche | nous cherchons | cherche | s il vous plait | s il vous plaît | svp | merci de | ' +
  'des | du | les | le | la | l | d | dans | sur | pour | avec | quelque chose | quelques | ' +
  // Portuguese
  'exemplos | exemplo | projetos | projeto | experiências | vocês têm | voces tem | há | tem | ' +
  'procuro | procuramos | preciso | precisamos | quero | da | do | das | dos | em | nos | nas | com | ' +
  // German
  'beispiele | beispiel | fälle | projekte | initiativen | gibt es | es gibt | habt ihr | haben sie | ' +
  'ich suche | wir suchen | suche | bitte | etwas | einige | über | für | mit | aus | von | im | zum | ' +
  'zur | der | das | den | dem | und | ' +
  // Italian
  'esempi | esempio | casi | progetti | progetto | iniziative | iniziativa | esperienze | ci sono | c è | ' +
  'avete | cerco | cerchiamo | qualcosa | alcuni | alcune | sul | sulla | sui | sulle | nel | nella | ' +
  'nei | della | delle | dei | degli | il | gli | per favore | che cosa | quali | quale | ' +
  // Questions: "qué proyectos hay…", "qu'est-ce que vous avez…", "welche Projekte…"
  'qué | que | cuáles | cuál | qu est ce que | qu est ce qu | est ce que | quels | quelles | quel | ' +
  'quelle | avez | welche | welches | ' +
  // Korean
  '사례 | 예시 | 프로젝트 | 있나요 | 알려주세요';

/** "cuántos casos…", "combien de projets…", "wie viele…", "quanti casi…": how many, in those languages. */
export const HOW_MANY_ABROAD =
  'cuántos | cuántas | combien | combien de | quantos | quantas | wie viele | wieviele | quanti | quante';

/** Thanks in those languages beyond a single word ("merci", "gracias" and "danke" are the lexicon's). */
export const THANKS_ABROAD =
  'muchas gracias | merci beaucoup | merci bien | obrigado | obrigada | muito obrigado | muito obrigada | ' +
  'vielen dank | danke schön | grazie | grazie mille';

/**
 * "y en Europa?", "et pour la France ?", "und in Japan?": the "and" that opens a follow-up in those
 * languages, as "and in" does in English (a lone "y", "et" or "e" is left alone: "y not", "et al").
 */
export const AND_ABROAD =
  'y en | y para | y de | y desde | et en | et pour | et dans | et du | et de | e em | e para | e no | e na | ' +
  'und in | und für | und aus';

/**
 * Topics named in those languages, each with the English word of its name: "salud", "governo
 * digital", "künstliche Intelligenz" name the topic as "health", "digital government", "AI" do.
 */
export const TOPIC_NAMES_ABROAD: Readonly<Record<string, string>> = {
  salud: 'health',
  sanidad: 'health',
  santé: 'health',
  saúde: 'health',
  gesundheit: 'health',
  educación: 'education',
  éducation: 'education',
  educação: 'education',
  bildung: 'education',
  'inteligencia artificial': 'ai',
  'intelligence artificielle': 'ai',
  'inteligência artificial': 'ai',
  'künstliche intelligenz': 'ai',
  ki: 'ai',
  'gobierno digital': 'digital',
  'governo digital': 'digital',
  'gouvernement numérique': 'digital',
  'administration numérique': 'digital',
  'digitale verwaltung': 'digital',
  'medio ambiente': 'environment',
  'meio ambiente': 'environment',
  environnement: 'environment',
  umwelt: 'environment',
  clima: 'climate',
  climat: 'climate',
  klima: 'climate',
  empleo: 'employment',
  emprego: 'employment',
  emploi: 'employment',
  beschäftigung: 'employment',
  participación: 'participation',
  participação: 'participation',
  bürgerbeteiligung: 'participation',
  democracia: 'democracy',
  démocratie: 'democracy',
  demokratie: 'democracy',
  cultura: 'culture',
  kultur: 'culture',
  movilidad: 'mobility',
  mobilidade: 'mobility',
  mobilité: 'mobility',
  mobilität: 'mobility',
  salute: 'health',
  istruzione: 'education',
  'intelligenza artificiale': 'ai',
  'governo digitale': 'digital',
  ambiente: 'environment',
  occupazione: 'employment',
  partecipazione: 'participation',
  'participation citoyenne': 'participation',
  'participación ciudadana': 'participation',
  democrazia: 'democracy',
  mobilità: 'mobility',
};

/**
 * Words of a subject in those languages searched as their English word, where the collection's
 * English has them: "datos abiertos", "données ouvertes", "offene Daten" are open data.
 */
export const SUBJECT_WORDS_ABROAD: ReadonlyMap<string, string> = new Map([
  ['datos', 'data'],
  ['dados', 'data'],
  ['donnees', 'data'],
  ['dati', 'data'],
  ['daten', 'data'],
  ['abiertos', 'open'],
  ['abiertas', 'open'],
  ['abertos', 'open'],
  ['ouvertes', 'open'],
  ['ouverts', 'open'],
  ['aperti', 'open'],
  ['offene', 'open'],
]);

/**
 * "desde 2020", "depuis 2019", "seit 2021", "antes de 2018", "hasta 2022": the bounds of years
 * in the other languages whose words of asking are read, as their English word. None is an
 * English word, so an English message reads as before.
 */
export const LEADS_ABROAD: ReadonlyMap<string, string> = new Map([
  ['desde', 'since'],
  ['depuis', 'since'],
  ['seit', 'since'],
  ['dal', 'since'],
  ['dalla', 'since'],
  ['antes', 'before'],
  ['avant', 'before'],
  ['vor', 'before'],
  ['prima', 'before'],
  ['hasta', 'until'],
  ['jusqu', 'until'],
  ['bis', 'until'],
  ['fino', 'until'],
]);
