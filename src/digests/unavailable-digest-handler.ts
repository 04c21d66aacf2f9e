import type { DigestCommand } from '../intents/intent.js';
import type { Logger } from '../logger.js';
import type { ReplyContent } from '../replies/reply.js';
import { StoreError, type StoreErrorCode } from '../store/store-error.js';
import type { DigestHandler } from './digest-handler.js';
import { digestHelpLines, digestReply } from './digest-reply.js';

/**
 * What went wrong, for the people in the channel: no path, server name or driver message (those
 * are for the operator, in the log), but specific enough to tell the operator what they saw.
 */
export function storeProblemForUsers(code: StoreErrorCode): string {
  switch (code) {
    case 'STORE_DAMAGED':
      return 'the digest database is damaged';
    case 'STORE_REFUSED':
      return 'the digest database cannot be opened or written';
    case 'STORE_TIMEOUT':
      return 'the digest database is busy (another program holds it)';
    case 'STORE_UNREACHABLE':
      return 'the digest database cannot be reached';
    case 'STORE_CONFIG_INVALID':
      return 'the digest database is not configured correctly';
    case 'STORE_CLOSED':
      return 'the digest database is closed while casebot stops';
    case 'STORE_FAILED':
      return 'the digest database failed';
    default: {
      const unknown: never = code;
      throw new Error(`unknown store error code ${String(unknown)}`);
    }
  }
}

/** Failures that may clear by themselves: worth "try again" rather than "ask the operator". */
const PASSING: ReadonlySet<StoreErrorCode> = new Set(['STORE_TIMEOUT', 'STORE_UNREACHABLE', 'STORE_CLOSED']);

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface UnavailableDigestHandlerOptions {
  /** Why the store could not be opened: any store's StoreError (SQLite, PostgreSQL). */
  error: StoreError;
  /** DIGEST_TZ, for `digest help`. */
  defaultTimezone: string;
}

/**
 * Answers every `digest …` command when the digest store could not be opened at start: digests
 * are disabled and each reply says why, while the rest of the bot keeps answering questions.
 * Works for any DigestStore implementation: it needs only the error's code.
 */
export function createUnavailableDigestHandler(options: UnavailableDigestHandlerOptions): DigestHandler {
  const problem = storeProblemForUsers(options.error.code);
  return {
    async overview() {
      return { type: 'unavailable', reason: `${capitalised(problem)}.` };
    },
    async handle(command: DigestCommand): Promise<ReplyContent> {
      const lines = [
        `${capitalised(problem)}, so digests cannot be listed, changed or posted until whoever runs casebot fixes it (the details are in casebot’s log).`,
        'Questions still work: ask me about initiatives as usual.',
      ];
      if (command.type === 'help') lines.push(...digestHelpLines(options.defaultTimezone));
      return digestReply(command, { heading: 'Digests are disabled', lines, scope: 'asker' });
    },
  };
}

/**
 * The handler, with a store failure met while running a command (the database damaged, locked,
 * unwritable or unreachable since start) answered in words and logged as an error (the
 * StoreError's message names the file or server), instead of becoming the bot's generic
 * apology. Other errors are left to the bot's one error handler.
 */
export function replyToStoreFailures(handler: DigestHandler, logger: Logger): DigestHandler {
  return {
    async overview(scope) {
      try {
        return await handler.overview(scope);
      } catch (err) {
        if (!(err instanceof StoreError)) throw err;
        logger.error(
          { err, code: err.code, platform: scope.platform },
          `digest overview failed: ${err.message}`,
        );
        return { type: 'unavailable', reason: `${capitalised(storeProblemForUsers(err.code))}.` };
      }
    },
    async handle(command, ctx, cases) {
      try {
        return await handler.handle(command, ctx, cases);
      } catch (err) {
        if (!(err instanceof StoreError)) throw err;
        logger.error(
          { err, code: err.code, command: command.type, platform: ctx.platform },
          `digest command failed: ${err.message}`,
        );
        const passing = PASSING.has(err.code);
        const lines = [
          `${capitalised(storeProblemForUsers(err.code))}, so this digest command did not run.`,
          passing
            ? 'Please try again in a minute.'
            : 'Whoever runs casebot has the details in its log; questions still work meanwhile.',
        ];
        return digestReply(command, { heading: 'Digests are not working right now', lines, scope: 'asker' });
      }
    },
  };
}
