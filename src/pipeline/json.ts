/** The outcome of parsing JSON text: the value, or a message with line and column. */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; error: string };

/** Turns a UTF-16 offset into a 1-based `line N, column M` of the text. */
export const lineColumn = (text: string, offset: number): string => {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${(lines[lines.length - 1] ?? '').length + 1}`;
};

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/** True when a prefix of the text already holds a syntax error (not just "the text stops here"). */
const prefixBreaks = (text: string, length: number): boolean => {
  try {
    JSON.parse(text.slice(0, length));
    return false;
  } catch (error) {
    const message = messageOf(error);
    if (/end of JSON input/.test(message)) return false;
    const position = /at position (\d+)/.exec(message);
    return !position?.[1] || Number(position[1]) < length;
  }
};

/**
 * Finds the offset of the first syntax error. V8 names a position for some errors only
 * ("Unexpected token '}', ... is not valid JSON" has none), so search for the shortest prefix
 * that is already broken: being broken is monotone in the prefix length.
 */
const errorOffset = (text: string): number => {
  let lo = 1;
  let hi = text.length;
  if (!prefixBreaks(text, hi)) return text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prefixBreaks(text, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
};

/** Parses JSON, naming where a syntax error lies as line and column. */
export const parseJson = (text: string): ParsedJson => {
  // read.ts keeps a UTF-8 byte-order mark in the text; JSON.parse rejects it, so parse past it.
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const reason = messageOf(error)
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*in JSON at position \d+.*$/, '')
      .replace(/,\s*".*" is not valid JSON$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'unexpected end of the text');
    const lower = reason.charAt(0).toLowerCase() + reason.slice(1);
    return { ok: false, error: `${lower} at ${lineColumn(text, errorOffset(body) + bom)}` };
  }
};
