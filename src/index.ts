// The core's public surface: adapters import only from here.
export type { ChatContext } from './chat-context.js';
export type { DigestCommand, HelpReason, Intent, IntentType } from './intents/intent.js';
export type { Case, CaseSource, KnowledgeBase, KnowledgeProblem } from './knowledge/case.js';
export { type Logger, silentLogger } from './logger.js';
export type { CaseHit, CountryCount, HelpEntry, Reply, ReplyAction, ReplyType } from './replies/reply.js';
export { PAGE_SIZE } from './replies/reply.js';
