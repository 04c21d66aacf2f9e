import type { Reply } from '../../src/index.js';

/** The alternatives a reply offers as buttons: each label and the command it runs. */
export function offers(reply: Reply): { label: string; command: string }[] {
  return reply.actions.flatMap((a) =>
    a.type === 'alternative' ? [{ label: a.label, command: a.command }] : [],
  );
}
