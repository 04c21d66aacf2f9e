import { answerTwoQuestions } from './answer-two-questions.js';
import type { Bot } from './bot.js';
import { type ChatContext, CONSOLE_CONTEXT } from './chat-context.js';
import { answerCaseFacts } from './conversation/answer-case-facts.js';
import { titleWordsOf } from './conversation/case-named-in.js';
import { createCommandReader } from './conversation/command-reader.js';
import { conversationKey } from './conversation/conversation-key.js';
import {
  CONVERSATION_TTL_MS,
  type ConversationState,
  createMemoryConversationStore,
  readConversationState,
} from './conversation/conversation-store.js';
import type { Decision } from './conversation/decision.js';
import { explainAnswer } from './conversation/explain-answer.js';
import { nextState } from './conversation/next-state.js';
import { withReading } from './conversation/reading-on-reply.js';
import { resolveIntent } from './conversation/resolve-intent.js';
import { casesByTitleWord } from './conversation/title-typed-in.js';
import { withoutWhoAsked } from './conversation/two-questions.js';
import type { DigestHandler } from './digests/digest-handler.js';
import type { BotDeps } from './intents/bot-deps.js';
import { countCountries } from './intents/count-countries.js';
import { labelOf, nameOf } from './intents/facet-values.js';
import { handleIntent } from './intents/handle-intent.js';
import { parseIntent } from './intents/parse-intent.js';
import { buildPositionOfDoc } from './intents/search-result.js';
import {
  buildSortRanks,
  byNewest,
  byOldest,
  byTitleOrder,
  createSearchMemo,
  selectCases,
} from './intents/select-cases.js';
import type { Case, KnowledgeBase } from './knowledge/case.js';
import { caseLinksOf } from './knowledge/case-links.js';
import { getCountry } from './knowledge/countries/index.js';
import { nameKey } from './knowledge/countries/tokenize.js';
import { normaliseLevel } from './knowledge/levels.js';
import { type Logger, silentLogger } from './logger.js';
import { buildErrorReply } from './replies/build-error-reply.js';
import { withAudience } from './replies/decide-audience.js';
import type { Reply } from './replies/reply.js';
import {
  buildSearchIndexData,
  type SearchIndexData,
  type TransferredSearchIndexData,
} from './search/build-search-index.js';
import { buildCaseFacets } from './search/case-facets.js';
import type { SearchIndex } from './search/search-index.js';
import { countryStems, createSimilarCases, type SimilarCases } from './search/similar-cases.js';
import type { StatusProvider } from './status/status-report.js';
import type { ConversationStore } from './store/store.js';
import { parseMessage } from './understanding/parse-message.js';
import { readFactAsk } from './understanding/read-fact-ask.js';
import { readWhy } from './understanding/read-why.js';

export interface CreateBotOptions {
  knowledge: KnowledgeBase;
  index: SearchIndex;
  /**
   * The index's data, for similar cases; rebuilt from the cases when absent, which at 10,000
   * cases takes seconds (the whole lunr index again).
   */
  searchData?: SearchIndexData | TransferredSearchIndexData;
  /** Where conversations are remembered; in memory (30 minutes, LRU) by default. */
  conversations?: ConversationStore;
  logger?: Logger;
  /** A number in [0, 1); injected so random cases are reproducible in tests. */
  random?: () => number;
  now?: () => Date;
  /** Answers `digest …` messages; without it they get "Digests need a chat channel". */
  digests?: DigestHandler;
  /** Answers `status` with how the running process is. */
  status?: StatusProvider;
  /** `false` leaves filter menus off lists of results: the benchmark's reference for their cost. */
  filterMenus?: boolean;
  /** Told each time the similarity index is built (once per bot): tests and the bench count it. */
  onSimilarBuilt?: () => void;
}

/** Lets the event loop run what is waiting (requests, timers) before the next step of a warm-up. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Ids a word may be: an exact id, or the unambiguous start of one long enough not to be a word. */
function caseIdTest(byId: ReadonlyMap<string, unknown>, ids: readonly string[]) {
  return (word: string) =>
    byId.has(word) ||
    (word.length >= 6 &&
      /\d/u.test(word) &&
      ids.filter((id) => id.startsWith(word)).slice(0, 2).length === 1);
}

/** The collection's tags by their folded name: "topic zebra farming" names the tag "Zebra farming". */
function tagNames(tags: Iterable<string>): (text: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const tag of tags) {
    const name = nameKey(tag);
    if (name !== '' && !byName.has(name)) byName.set(name, tag);
  }
  return (text) => byName.get(nameKey(text));
}

/**
 * Each of the index's documents' position among the loaded cases, whether every document is
 * a loaded case (then a search's matches need no check) and whether each is at its own number
 * (an index built from these cases in order); nothing when the index does not tell its ids.
 */
function searchPositions(refs: readonly string[] | undefined, positionOf: ReadonlyMap<string, number>) {
  if (refs === undefined) return {};
  const positionOfDoc = buildPositionOfDoc(refs, positionOf);
  return {
    positionOfDoc,
    everyDocIsACase: positionOfDoc.every((position) => position >= 0),
    docsArePositions: positionOfDoc.every((position, doc) => position === doc),
  };
}

/** The bot over a loaded knowledge base and its search index. */
export function createBot(options: CreateBotOptions): Bot {
  const { knowledge, index } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => new Date());
  const countries = countCountries(knowledge.cases);
  let similar: SimilarCases | undefined;
  let searchData = options.searchData;
  const buildSimilar = () => {
    searchData ??= buildSearchIndexData(knowledge.cases);
    const built = createSimilarCases(
      searchData,
      countryStems(countries.flatMap((c) => [c.name, ...(getCountry(c.code)?.aliases ?? [])])),
    );
    options.onSimilarBuilt?.();
    return built;
  };
  let warming: Promise<void> | undefined;
  const byId = new Map(knowledge.cases.map((c) => [c.id, c]));
  const matchCases = (filter: { country?: string; topic?: string }) => {
    const filters = filter.country ? { countries: [filter.country] } : {};
    return [...selectCases(deps, filter.topic ?? '', filters, 'relevance').cases()];
  };
  const levels = new Map(knowledge.cases.map((c) => [c.id, normaliseLevel(c.level)]));
  const facets = buildCaseFacets(
    knowledge.cases,
    (c) => levels.get(c.id),
    (facet, key) => ({
      name: nameOf(facet, key),
      label: labelOf(facet, key),
    }),
  );
  const refs = options.searchData?.refs ?? index.refs;
  const newest = [...knowledge.cases].sort(byNewest);
  const oldest = [...knowledge.cases].sort(byOldest);
  let titleOrder: { cases: readonly Case[]; ranks: Uint32Array } | undefined;
  const deps: BotDeps = {
    cases: knowledge.cases,
    newest,
    oldest,
    byTitle: () => {
      if (titleOrder === undefined) {
        const cases = [...knowledge.cases].sort(byTitleOrder);
        titleOrder = { cases, ranks: buildSortRanks(facets, cases, byTitleOrder) };
      }
      return titleOrder;
    },
    facets,
    ranks: {
      newest: buildSortRanks(facets, newest, byNewest),
      oldest: buildSortRanks(facets, oldest, byOldest),
    },
    byId,
    search: createSearchMemo(
      { index, facets, cases: knowledge.cases },
      searchPositions(refs, facets.positionOf),
    ),
    countries,
    levels,
    index,
    // Asked before the warm-up finished: built here, once, and the warm-up then has nothing to do.
    similar: () => {
      similar ??= buildSimilar();
      return similar;
    },
    conversations: options.conversations ?? createMemoryConversationStore({ now: () => now().getTime() }),
    logger,
    random: options.random ?? Math.random,
    now,
    matchCases,
  };
  if (options.digests) deps.digests = options.digests;
  if (options.status) deps.status = options.status;
  if (options.filterMenus === false) deps.filterMenus = false;
  const ids = knowledge.cases.map((c) => c.id);
  const links = caseLinksOf(knowledge.cases);
  const parseOptions = {
    now,
    isCaseId: caseIdTest(deps.byId, ids),
    tagNamed: tagNames(facets.byTag.keys()),
    caseOfLink: (url: string) => links.find(url)?.id,
  };
  const read = createCommandReader((command) => parseIntent(command, { ...parseOptions, deps }));

  async function recall(key: string | undefined, nowMs: number): Promise<ConversationState | undefined> {
    if (key === undefined) return undefined;
    try {
      return readConversationState(await deps.conversations.get(key), nowMs);
    } catch (err) {
      // A failing store costs the follow-ups, never the answer.
      logger.warn({ err }, 'could not read the conversation');
      return undefined;
    }
  }

  async function remember(key: string | undefined, state: ConversationState): Promise<void> {
    if (key === undefined) return;
    try {
      await deps.conversations.set(key, state, CONVERSATION_TTL_MS);
    } catch (err) {
      logger.warn({ err }, 'could not save the conversation');
    }
  }

  const bot: Bot = {
    knowledge,
    countries: () => [...countries],
    matchCases,
    warmUp() {
      warming ??= (async () => {
        // Its steps run between requests, never in the middle of one: the first reads a message
        // (the lexicon's, places' and regions' tables are built on first use: most of a fresh
        // bot's first answer), the next builds the index's data when the caller did not give
        // it, then the words of the titles and the cases by them (what a question naming a case,
        // or typing a whole title, is checked against),
        // the last the similarity index.
        await yieldToEventLoop();
        parseMessage('anything on open data from Paris in the EU since 2020?', parseOptions);
        await yieldToEventLoop();
        titleWordsOf(deps);
        casesByTitleWord(deps);
        await yieldToEventLoop();
        if (similar === undefined) searchData ??= buildSearchIndexData(knowledge.cases);
        await yieldToEventLoop();
        similar ??= buildSimilar();
      })();
      return warming;
    },
    async answer(text: string, ctx: ChatContext = CONSOLE_CONTEXT): Promise<Reply> {
      const nowMs = now().getTime();
      const key = conversationKey(ctx);
      const state = await recall(key, nowMs);
      let decision: Decision | undefined;
      try {
        const asked = withoutWhoAsked(text);
        const question = asked?.question ?? text;
        const why = readWhy(question);
        if (why) {
          const placesIn = (named: string) => parseMessage(named, parseOptions).filters;
          const content = explainAnswer(why, question, { ...(state ? { state } : {}), deps, read, placesIn });
          await remember(key, nextState(state, content, nowMs));
          return withAudience(content, ctx);
        }
        // "who ran them?", "which ones have a link?": a fact no facet counts, case by case.
        const fact = readFactAsk(question);
        const facts =
          fact === 'organisation' || fact === 'link'
            ? answerCaseFacts(fact, question, state, deps)
            : undefined;
        if (facts) {
          await remember(key, nextState(state, facts, nowMs));
          return withAudience(facts, ctx);
        }
        const two = await answerTwoQuestions(question, { state, ctx, nowMs, deps, read, parseOptions });
        decision =
          two?.decision ??
          resolveIntent(parseMessage(question, parseOptions), question, {
            ...(state ? { state } : {}),
            deps,
            read,
          });
        if (asked) decision.notes.unshift(`Read without “${asked.remark}”, which says who asks.`);
        const content = withReading(
          two?.content ?? (await handleIntent(decision.intent, deps, ctx)),
          two ? { ...decision, alternatives: [] } : decision,
        );
        await remember(key, nextState(state, content, nowMs));
        return withAudience(content, ctx);
      } catch (err) {
        // User text never causes this; a bug or a failing store does. Keep answering.
        logger.error(
          { err, intent: decision?.intent.type, platform: ctx.platform },
          'failed to answer a message',
        );
        return buildErrorReply(ctx, decision?.intent);
      }
    },
  };
  return bot;
}
