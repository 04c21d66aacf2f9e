import type { Bot, DigestHandler } from './bot.js';
import type { ChatContext } from './chat-context.js';
import type { BotDeps } from './intents/bot-deps.js';
import { countCountries } from './intents/count-countries.js';
import { handleIntent } from './intents/handle-intent.js';
import { rankSearch } from './intents/handle-search.js';
import { parseIntent } from './intents/parse-intent.js';
import type { KnowledgeBase } from './knowledge/case.js';
import { type Logger, silentLogger } from './logger.js';
import type { Reply } from './replies/reply.js';
import type { SearchIndex } from './search/search-index.js';

export interface CreateBotOptions {
  knowledge: KnowledgeBase;
  index: SearchIndex;
  logger?: Logger;
  /** A number in [0, 1); injected so random cases are reproducible in tests. */
  random?: () => number;
  now?: () => Date;
  digests?: DigestHandler;
}

const CLI_CONTEXT: ChatContext = { platform: 'cli' };

function apology(text: string): Reply {
  return {
    type: 'not-found',
    intent: { type: 'search', query: text.slice(0, 100), page: 1 },
    heading: 'Sorry, something went wrong on my side',
    message: 'The problem was logged. Please try again, or ask something else.',
    suggestions: ['help'],
    cases: [],
    total: 0,
    actions: [],
  };
}

/** The bot over a loaded knowledge base and its search index. */
export function createBot(options: CreateBotOptions): Bot {
  const { knowledge, index } = options;
  const logger = options.logger ?? silentLogger;
  const countries = countCountries(knowledge.cases);
  const deps: BotDeps = {
    cases: knowledge.cases,
    byId: new Map(knowledge.cases.map((c) => [c.id, c])),
    countries,
    index,
    logger,
    random: options.random ?? Math.random,
    now: options.now ?? (() => new Date()),
  };
  if (options.digests) deps.digests = options.digests;
  const bot: Bot = {
    knowledge,
    countries: () => countries,
    useDigests(handler: DigestHandler) {
      deps.digests = handler;
    },
    async answer(text: string, ctx: ChatContext = CLI_CONTEXT): Promise<Reply> {
      const intent = parseIntent(text);
      try {
        return await handleIntent(intent, deps, ctx);
      } catch (err) {
        // User text never causes this; a bug or a failing store does. Keep answering.
        logger.error({ err, intent: intent.type, platform: ctx.platform }, 'failed to answer a message');
        return apology(text);
      }
    },
    matchCases(filter: { country?: string; topic?: string }) {
      const { country, topic } = filter;
      if (topic) return rankSearch(deps, topic, country).map((r) => r.case);
      return knowledge.cases.filter((c) => !country || c.countries.includes(country));
    },
  };
  return bot;
}
