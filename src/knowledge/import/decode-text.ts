/** Text decoded from bytes, and how (for the import report). */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Spreadsheet exports come in several encodings: UTF-8 with or without a BOM, UTF-16 with a BOM
 * (Excel's "Unicode text"), and Windows-1252 (Excel's "CSV" on Windows). A BOM decides; otherwise
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252, whose every byte is a character.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    // A UTF-8 BOM is dropped by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a delimited text: an Excel "sep=;" first line says it; otherwise the candidate
 * (comma, semicolon, tab, bar) that splits the header row into the most columns, outside quotes.
 * A header is used because data cells hold commas and semicolons of their own ("EE; LV").
 */
export function detectDelimiter(text: string): { delimiter: string; body: string } {
  const sep = /^\ufeff?sep=(.)\r?\n/u.exec(text);
  if (sep?.[1] !== undefined) return { delimiter: sep[1], body: text.slice(sep[0].length) };
  const header = text.replace(/^\ufeff/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/gu, '');
  let best: string = ',';
  let most = 0;
  for (const candidate of CANDIDATES) {
    const count = outsideQuotes.split(candidate).length - 1;
    if (count > most) {
      best = candidate;
      most = count;
    }
  }
  return { delimiter: best, body: text };
}
