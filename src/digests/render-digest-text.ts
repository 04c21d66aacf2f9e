import type { DigestCase, DigestMessage } from './digest-poster.js';

function renderCase(item: DigestCase): string[] {
  const where = item.countries.map((country) => `${country.flag} ${country.name}`).join(', ');
  const facts = [where, item.year ? String(item.year) : ''].filter((fact) => fact !== '').join(', ');
  const head = `• ${item.title}${facts ? ` (${facts})` : ''}`;
  return [head, `  ${item.summary}`, ...(item.url ? [`  ${item.url}`] : [])];
}

/** A digest as plain text: for tests, logs and platforms' notification fallbacks. */
export function renderDigestText(message: DigestMessage): string {
  const lines = [message.heading];
  if (message.notice) lines.push(message.notice);
  if (message.newCases.length > 0) {
    lines.push('', 'New');
    for (const item of message.newCases) lines.push(...renderCase(item));
  }
  if (message.cases.length > 0) {
    lines.push('');
    if (message.newCases.length > 0) lines.push('More initiatives');
    for (const item of message.cases) lines.push(...renderCase(item));
  }
  lines.push('', message.footer);
  return lines.join('\n');
}
