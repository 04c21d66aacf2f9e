import { nameTopic } from './name-topic.js';
import type { Word } from './words.js';

/** Words that say where in the chat something was seen: "posted in #general", "over on #random". */
const WHERE = new Set(['in', 'on', 'from', 'over', 'at', 'to', 'into']);

/**
 * The words of the chat channels a message mentions, as Slack labels them ("#general",
 * "#policy-lab") and Discord users type them: where something was seen or asked, never what to
 * search nor a filter ("#random" asks for no random case). The word before it that says where
 * ("in #general") goes with it, and what comes before "#general:" at the start of a message. A "#" before a topic ("#health") is the topic as a hashtag.
 */
export function readChannelMentions(words: readonly Word[], claimed: readonly boolean[]): number[] {
  const taken: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (claimed[i] || !/(?:^|[\s(])#$/u.test(words[i]!.gap)) continue;
    let last = i;
    while (last + 1 < words.length && /^[-_]$/u.test(words[last + 1]!.gap)) last += 1;
    const name = words
      .slice(i, last + 1)
      .map((w) => w.raw)
      .join(' ');
    if (nameTopic(name) !== undefined) continue;
    const before = words[i - 1];
    // "cross-posting from #random: …": what comes before the channel and its colon only says where.
    const opens = words[last + 1]?.gap.trimStart().startsWith(':') === true;
    const from = opens ? 0 : before && WHERE.has(before.folded) ? i - 1 : i;
    for (let k = from; k < i; k += 1) if (!claimed[k]) taken.push(k);
    for (let k = i; k <= last; k += 1) if (!claimed[k]) taken.push(k);
  }
  return taken;
}
