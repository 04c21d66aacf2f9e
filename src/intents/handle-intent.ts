import type { ChatContext } from '../chat-context.js';
import type { ReplyContent } from '../replies/reply.js';
import type { BotDeps } from './bot-deps.js';
import { handleCompare } from './handle-compare.js';
import { handleComparePlaces } from './handle-compare-places.js';
import { handleCount } from './handle-count.js';
import { handleHelp } from './handle-help.js';
import { handleRandom } from './handle-random.js';
import { handleSearch } from './handle-search.js';
import { handleShow } from './handle-show.js';
import { handleSimilar } from './handle-similar.js';
import { handleFollowUp, handleSmallTalk } from './handle-small-talk.js';
import { handleStatus } from './handle-status.js';
import type { Intent } from './intent.js';

async function handleDigest(
  intent: Extract<Intent, { type: 'digest' }>,
  deps: BotDeps,
  ctx: ChatContext,
): Promise<ReplyContent> {
  if (deps.digests && ctx.platform !== 'cli') return deps.digests.handle(intent.command, ctx, deps);
  return {
    type: 'digest',
    intent,
    heading: 'Digests need a chat channel',
    lines: [
      'Digests post cases to a Slack or Discord channel on a schedule. Ask me there: “digest subscribe weekly mon 09:00”.',
    ],
    scope: 'asker',
    cases: [],
    total: 0,
    actions: [],
  };
}

export async function handleIntent(intent: Intent, deps: BotDeps, ctx: ChatContext): Promise<ReplyContent> {
  switch (intent.type) {
    case 'search':
      return handleSearch(intent, deps);
    case 'random':
      return handleRandom(intent, deps);
    case 'show':
      return handleShow(intent, deps);
    case 'similar':
      return handleSimilar(intent, deps);
    case 'compare':
      return handleCompare(intent, deps);
    case 'compare-places':
      return handleComparePlaces(intent, deps);
    case 'count':
      return handleCount(intent, deps);
    case 'help':
      return handleHelp(intent, deps);
    case 'small-talk':
      return handleSmallTalk(intent, deps);
    case 'follow-up':
      return handleFollowUp(intent, deps);
    case 'digest':
      return handleDigest(intent, deps, ctx);
    case 'status':
      return handleStatus(intent, deps);
    default: {
      const unreachable: never = intent;
      return unreachable;
    }
  }
}
