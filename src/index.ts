// The core's public surface: adapters import only from here.

export type { Bot } from './bot.js';
export { type ChatContext, CONSOLE_CONTEXT, type Surface } from './chat-context.js';
export { conversationKey } from './conversation/conversation-key.js';
export {
  CONVERSATION_TTL_MS,
  type ConversationState,
  conversationStateSchema,
  createMemoryConversationStore,
} from './conversation/conversation-store.js';
export { type CreateBotOptions, createBot } from './create-bot.js';
export { type CreateCasebotOptions, createCasebot } from './create-casebot.js';
export * from './digests/index.js';
export { exampleQuestions } from './intents/example-questions.js';
export { formatCommand } from './intents/format-command.js';
export type {
  DigestCommand,
  Facet,
  FilterKey,
  Filters,
  HelpReason,
  Intent,
  Level,
  SmallTalk,
  Sort,
  YearRange,
} from './intents/intent.js';
export { MAX_MESSAGE_LENGTH, parseIntent } from './intents/parse-intent.js';
export { relatedCommands } from './intents/related-commands.js';
export { searchCommand } from './intents/search-command.js';
export type {
  Case,
  CaseMerge,
  CaseSource,
  CaseSplit,
  KnowledgeBase,
  KnowledgeMerge,
  KnowledgeProblem,
  ProblemSeverity,
} from './knowledge/case.js';
export { buildCaseLinks, type CaseLinks, caseLinkKey, caseLinksOf } from './knowledge/case-links.js';
export { getCountry, resolveCountry, suggestCountries } from './knowledge/countries/index.js';
export { countProblems, describeMerge, describeProblemPlace } from './knowledge/describe-knowledge.js';
export {
  ImportError,
  type ImportedCollection,
  importCollection,
  renderJsonl,
} from './knowledge/import/import-collection.js';
export { KnowledgeDirError, loadKnowledge } from './knowledge/load-knowledge.js';
export { findTopic, TAXONOMY, type TaxonomyTag, tagsFor } from './knowledge/taxonomy.js';
export { type Logger, silentLogger } from './logger.js';
export {
  type CreateReloadingBotOptions,
  createReloadingBot,
  type ReloadingBot,
  type ReloadOutcome,
} from './reload/create-reloading-bot.js';
export { buildErrorReply } from './replies/build-error-reply.js';
export {
  caseFacts,
  countryLabel,
  renderPlainText,
  resultsFooter,
  whyMatched,
  whyRelated,
} from './replies/render-plain-text.js';
export type {
  CaseHit,
  CaseMenu,
  CaseOption,
  CompareRow,
  CountGroup,
  CountryCount,
  FilterMenu,
  FilterOption,
  HelpEntry,
  Reply,
  ReplyAction,
} from './replies/reply.js';
export { PAGE_SIZE } from './replies/reply.js';
export { describeStatus, describeUptime } from './status/describe-status.js';
export type { AdapterStatus, DigestStatus, StatusProvider, StatusReport } from './status/status-report.js';
export * from './store/index.js';
