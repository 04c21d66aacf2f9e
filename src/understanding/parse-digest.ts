import type { DigestCommand } from '../intents/intent.js';

/**
 * `digest …`: the words after "digest" as a digest command; anything unknown is digest help. Without
 * an id, unsubscribe, pause and resume act on the channel's one digest (or ask which).
 */
export function parseDigest(rest: string): DigestCommand {
  const [action = '', ...args] = rest.split(' ').filter((w) => w !== '');
  const id = args[0] ?? '';
  switch (action.toLowerCase()) {
    case 'subscribe':
    case 'add':
      return { type: 'subscribe', args: args.join(' ') };
    case 'list':
    case 'ls':
      return { type: 'list' };
    case 'unsubscribe':
    case 'remove':
    case 'delete':
      return id ? { type: 'unsubscribe', id } : { type: 'unsubscribe' };
    case 'pause':
      return id ? { type: 'pause', id } : { type: 'pause' };
    case 'resume':
      return id ? { type: 'resume', id } : { type: 'resume' };
    case 'preview':
      return id ? { type: 'preview', id } : { type: 'preview' };
    case 'info':
      return id ? { type: 'info', id } : { type: 'info' };
    default:
      return { type: 'help' };
  }
}
