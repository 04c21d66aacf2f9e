import type { Intent } from '../intents/intent.js';

/** Commands remembered per bot: a conversation's last question and offer, for many people at once. */
const REMEMBERED = 256;

/**
 * `parse` for the commands a conversation keeps (its last question, what it offered): every
 * follow-up reads the last one again, so a command is parsed once while it stays among the
 * most recently read. Each read gets its own copy: callers may build on what they get.
 */
export function createCommandReader(parse: (command: string) => Intent, size = REMEMBERED) {
  const remembered = new Map<string, Intent>();
  return (command: string): Intent => {
    let intent = remembered.get(command);
    if (intent === undefined) {
      intent = parse(command);
      if (remembered.size >= size) remembered.delete(remembered.keys().next().value ?? '');
    } else remembered.delete(command);
    remembered.set(command, intent);
    return structuredClone(intent);
  };
}
