/**
 * Things people ask a chat bot to do with its answers that casebot has no feature for: each is
 * read as help on that topic (`help save`), answered with what casebot can do instead.
 */
export const ACTION_TOPICS = [
  'export',
  'save',
  'share',
  'remind',
  'report',
  'add',
  'print',
  'translate',
  'rate',
  'forget',
] as const;
export type ActionTopic = (typeof ACTION_TOPICS)[number];

export function isActionTopic(topic: string | undefined): topic is ActionTopic {
  return (ACTION_TOPICS as readonly (string | undefined)[]).includes(topic);
}

/**
 * Requests outside what casebot does (writing a text, code, a joke, the weather or news, facts of
 * the world, maths, an opinion): each is read as help on that topic (`help write`), answered plainly
 * with what casebot does, the cases on what it names offered.
 */
export const OUTSIDE_TOPICS = [
  'write',
  'code',
  'joke',
  'weather',
  'news',
  'facts',
  'maths',
  'opinion',
] as const;
export type OutsideTopic = (typeof OUTSIDE_TOPICS)[number];

export function isOutsideTopic(topic: string | undefined): topic is OutsideTopic {
  return (OUTSIDE_TOPICS as readonly (string | undefined)[]).includes(topic);
}

/**
 * Questions about casebot where it runs: adding it to a channel, its permissions, who sees what and
 * what it keeps, its cost, the languages it reads, how it works: each read as help on that topic
 * (`help privacy`), answered with what is true of this code.
 */
export const WORKSPACE_TOPICS = [
  'channel',
  'permissions',
  'privacy',
  'cost',
  'languages',
  'workings',
] as const;
export type WorkspaceTopic = (typeof WORKSPACE_TOPICS)[number];

export function isWorkspaceTopic(topic: string | undefined): topic is WorkspaceTopic {
  return (WORKSPACE_TOPICS as readonly (string | undefined)[]).includes(topic);
}
