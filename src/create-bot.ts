import type { Bot } from './bot.js';
import { type ChatContext, CONSOLE_CONTEXT } from './chat-context.js';
import type { DigestHandler } from './digests/digest-handler.js';
import type { BotDeps } from './intents/bot-deps.js';
import { countCountries } from './intents/count-countries.js';
import { handleIntent } from './intents/handle-intent.js';
import { rankSearch } from './intents/handle-search.js';
import { parseIntent } from './intents/parse-intent.js';
import type { KnowledgeBase } from './knowledge/case.js';
import { type Logger, silentLogger } from './logger.js';
import { buildErrorReply } from './replies/build-error-reply.js';
import { withAudience } from './replies/decide-audience.js';
import type { Reply } from './replies/reply.js';
import type { SearchIndex } from './search/search-index.js';

export interface CreateBotOptions {
  knowledge: KnowledgeBase;
  index: SearchIndex;
  logger?: Logger;
  /** A number in [0, 1); injected so random cases are reproducible in tests. */
  random?: () => number;
  now?: () => Date;
  /** Answers `digest …` messages; without it they get "Digests need a chat channel". */
  digests?: DigestHandler;
}

/** The bot over a loaded knowledge base and its search index. */
export function createBot(options: CreateBotOptions): Bot {
  const { knowledge, index } = options;
  const logger = options.logger ?? silentLogger;
  const countries = countCountries(knowledge.cases);
  const matchCases = (filter: { country?: string; topic?: string }) => {
    const { country, topic } = filter;
    if (topic) return rankSearch(deps, topic, country).map((r) => r.case);
    return knowledge.cases.filter((c) => !country || c.countries.includes(country));
  };
  const deps: BotDeps = {
    cases: knowledge.cases,
    byId: new Map(knowledge.cases.map((c) => [c.id, c])),
    countries,
    index,
    logger,
    random: options.random ?? Math.random,
    now: options.now ?? (() => new Date()),
    matchCases,
  };
  if (options.digests) deps.digests = options.digests;
  const bot: Bot = {
    knowledge,
    countries: () => countries,
    matchCases,
    async answer(text: string, ctx: ChatContext = CONSOLE_CONTEXT): Promise<Reply> {
      const intent = parseIntent(text);
      try {
        return withAudience(await handleIntent(intent, deps, ctx), { ctx, text });
      } catch (err) {
        // User text never causes this; a bug or a failing store does. Keep answering.
        logger.error({ err, intent: intent.type, platform: ctx.platform }, 'failed to answer a message');
        return buildErrorReply(ctx, intent);
      }
    },
  };
  return bot;
}
