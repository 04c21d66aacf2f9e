import { buildErrorReply, CONSOLE_CONTEXT } from '../../src/index.js';

/** The heading of the core's one apology, to assert that an answer was delivered instead of it. */
export const CORE_APOLOGY = buildErrorReply(CONSOLE_CONTEXT).heading;
