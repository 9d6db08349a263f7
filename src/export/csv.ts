/**
 * CSV text (RFC 4180): fields separated by commas, records by CRLF; a field holding a comma, a
 * quote, a line break or edge spaces is quoted, with quotes doubled. Text cells that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) get a leading apostrophe,
 * after OWASP's "CSV injection" advice; numbers are written as they are.
 */

/** One cell: numbers are written verbatim, strings are guarded and quoted as needed. */
export type CsvCell = string | number;

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force a field into quotes. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field as CSV text. */
export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A table (header first) as CSV text, CRLF after every record. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
