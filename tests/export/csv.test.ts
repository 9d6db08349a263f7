import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/export/csv';
import { readCsv } from '../fixtures/readCsv';

/** The rows a strict RFC 4180 reader finds in `text`. */
const parseCsv = (text: string): string[][] => readCsv(text).rows;

describe('csvCell', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('Floorboards')).toBe('Floorboards');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes a field with a comma', () => {
    expect(csvCell('Ada, Bruno')).toBe('"Ada, Bruno"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(csvCell('She said "no"')).toBe('"She said ""no"""');
  });

  it('quotes line breaks and edge spaces', () => {
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each(['=SUM(A1:A9)', '+1', '-1+2', '@cmd', '\tTAB'])(
    'defuses a text cell a spreadsheet would run as a formula: %j',
    (value) => {
      const out = csvCell(value);
      expect(out.replace(/^"/, '').startsWith("'")).toBe(true);
      expect(parseCsv(`${out}\r\n`)[0]?.[0]).toBe(`'${value}`);
    },
  );

  it('writes a non-finite number as an empty cell', () => {
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips awkward cells through a strict reader', () => {
    const rows = [
      ['Title', 'Text'],
      ['A "quoted", comma', 'line one\nline two\r\nline three'],
      ['plain', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('writes an empty table as an empty string', () => {
    expect(toCsv([])).toBe('');
  });
});
