import type { BotDeps } from './bot-deps.js';

/**
 * Questions worth trying, made from what the knowledge really holds: its biggest country and
 * topic, its years. `countries` is `bot.countries()` (most cases first).
 */
export function exampleQuestions(deps: Pick<BotDeps, 'cases' | 'countries'>): string[] {
  const country = deps.countries[0]?.name;
  const topics = new Map<string, number>();
  for (const c of deps.cases) for (const tag of c.tags) topics.set(tag, (topics.get(tag) ?? 0) + 1);
  const topic = [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  const years = deps.cases.flatMap((c) => (c.year === undefined ? [] : [c.year])).sort((a, b) => a - b);
  const year = years[Math.floor(years.length / 2)];
  const examples: string[] = [];
  if (topic && country) examples.push(`${topic.toLowerCase()} in ${country}`);
  else if (topic) examples.push(topic.toLowerCase());
  if (country && year !== undefined) examples.push(`what has ${country} done since ${year}?`);
  examples.push("what's new?", 'how many cases per country?');
  return examples;
}
