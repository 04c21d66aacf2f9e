import { createInterface } from 'node:readline';
import { type Bot, CONSOLE_CONTEXT } from '../../src/index.js';
import { renderJson, renderTerminal } from './render.js';

export interface ChatStreams {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** A person at a terminal: prompt, welcome, width. Otherwise one reply per input line. */
  interactive: boolean;
  width?: number;
  json?: boolean;
}

const PROMPT = 'casebot> ';
const QUIT = /^(?:quit|exit|bye|:q)$/iu;

/**
 * Answers each line of input. Interactive: a welcome with help, a prompt, wrapped output.
 * Piped: one reply per line (JSON lines with `json`), nothing else on stdout.
 */
export async function runConsoleChat(bot: Bot, streams: ChatStreams): Promise<void> {
  const { input, output, interactive } = streams;
  const write = (text: string) => output.write(`${text}\n`);
  const render = async (line: string) => {
    const reply = await bot.answer(line, CONSOLE_CONTEXT);
    return streams.json ? renderJson(reply) : renderTerminal(reply, streams.width);
  };
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  // Take the iterator before the first await: lines read meanwhile would otherwise be lost.
  const pending = lines[Symbol.asyncIterator]();
  if (interactive) {
    write(await render('help'));
    write('\nType a question, or “quit” to leave.');
    output.write(PROMPT);
  }
  for await (const line of { [Symbol.asyncIterator]: () => pending }) {
    if (interactive && QUIT.test(line.trim())) break;
    if (interactive || line.trim() !== '' || streams.json) {
      write(await render(line));
      if (interactive) output.write(`\n${PROMPT}`);
      else if (!streams.json) write('');
    }
  }
  lines.close();
}
