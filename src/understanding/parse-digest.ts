import type { DigestCommand } from '../intents/intent.js';

/** `digest …`: the words after "digest" as a digest command; anything unknown is digest help. */
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
      return id ? { type: 'unsubscribe', id } : { type: 'help' };
    case 'pause':
      return id ? { type: 'pause', id } : { type: 'help' };
    case 'resume':
      return id ? { type: 'resume', id } : { type: 'help' };
    case 'preview':
      return id ? { type: 'preview', id } : { type: 'preview' };
    default:
      return { type: 'help' };
  }
}
