import { type Reply, renderPlainText } from '../../src/index.js';

/** Terminal width used when the output is not a terminal (pipes, files). */
export const DEFAULT_WIDTH = 100;
const MIN_WIDTH = 40;

/** Wraps one line at word boundaries, keeping its indentation on the continuation lines. */
export function wrapLine(line: string, width: number): string[] {
  const indent = /^\s*/u.exec(line)?.[0] ?? '';
  const words = line.trim().split(/\s+/u);
  const lines: string[] = [];
  let current = indent;
  for (const word of words) {
    if (current.trim() !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent;
    }
    current = current.trim() === '' ? `${indent}${word}` : `${current} ${word}`;
  }
  lines.push(current);
  return lines;
}

/**
 * Control characters other than the newline (C0, DEL and C1, ESC among them), and the Unicode
 * overrides that reorder text on screen. Case text comes from outside and user text is echoed:
 * either could otherwise clear the screen, retitle the terminal or hide what is shown.
 */
const TERMINAL_CONTROLS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/** Text safe to print on a terminal: a tab is a space, every other control is dropped. */
export function stripTerminalControls(text: string): string {
  return text.replace(TERMINAL_CONTROLS, (c) => (c === '\n' ? c : c === '\t' ? ' ' : ''));
}

/** The reply as readable terminal text: the core's plain text, wrapped to the terminal. */
export function renderTerminal(reply: Reply, width = DEFAULT_WIDTH): string {
  const columns = Math.max(MIN_WIDTH, width);
  return stripTerminalControls(renderPlainText(reply))
    .split('\n')
    .flatMap((line) => (line.trim() === '' ? [''] : wrapLine(line, columns)))
    .join('\n');
}

/** `--json`: the reply model plus its plain-text rendering, as one line. */
export function renderJson(reply: Reply): string {
  return JSON.stringify({ ...reply, text: renderPlainText(reply) });
}
