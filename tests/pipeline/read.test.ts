import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import {
  decodeDocument,
  firstInvalidUtf8,
  listInputFiles,
  readDocument,
  readSeeds,
} from '../../src/pipeline/read';

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];

const decode = (bytes: Uint8Array) => {
  const d = new Diagnostics();
  const text = decodeDocument('doc.txt', bytes, d);
  return { text, messages: d.items.map((i) => i.message) };
};

describe('decodeDocument', () => {
  it('rejects an empty file', () => {
    expect(decode(new Uint8Array())).toEqual({ text: null, messages: ['is empty'] });
  });

  it('rejects a file holding only whitespace', () => {
    expect(decode(Buffer.from(' \n\t\r\n  '))).toEqual({
      text: null,
      messages: ['holds only whitespace'],
    });
  });

  it('names a PNG renamed to .txt as a PNG image', () => {
    expect(decode(Uint8Array.from([...PNG_HEADER, 1, 2, 3]))).toEqual({
      text: null,
      messages: ['looks binary (PNG image), not text'],
    });
  });

  it('rejects text holding NUL bytes as binary', () => {
    expect(decode(Buffer.from('abc\0def')).messages).toEqual([
      'looks binary (NUL bytes), not text',
    ]);
  });

  it('reports the byte offset of the first invalid UTF-8 byte', () => {
    const bytes = Buffer.concat([
      Buffer.from('Héllo '),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(' world'),
    ]);
    expect(decode(bytes).messages).toEqual([
      'is not valid UTF-8 (first bad byte at byte offset 7); save it as UTF-8',
    ]);
  });

  it('rejects UTF-16 with a byte-order mark, asking for UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Plot', 'utf16le')]);
    expect(decode(bytes).messages).toEqual(['is UTF-16 (byte-order mark); save it as UTF-8']);
  });

  it('keeps a UTF-8 byte-order mark so offsets match readFileSync utf8', () => {
    const bytes = Buffer.from('\uFEFFLeonard wakes.', 'utf8');
    expect(decode(bytes).text).toBe(bytes.toString('utf8'));
    expect(decode(bytes).text?.charCodeAt(0)).toBe(0xfeff);
  });

  it('keeps Windows line endings as they are', () => {
    expect(decode(Buffer.from('One.\r\n\r\nTwo.\r\n')).text).toBe('One.\r\n\r\nTwo.\r\n');
  });
});

describe('firstInvalidUtf8', () => {
  it('finds an overlong encoding', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf]))).toBe(1);
  });

  it('accepts four-byte sequences', () => {
    expect(firstInvalidUtf8(Buffer.from('a😀b'))).toBe(-1);
  });

  it('finds a truncated sequence at the end', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xe2, 0x82]))).toBe(1);
  });
});

describe('reading a seeds folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fabula-read-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lists only .txt and .json files, sorted by name', () => {
    for (const name of ['b.txt', 'a.json', 'c.md', 'A.txt', 'notes.TXT.bak'])
      writeFileSync(join(dir, name), 'x');
    expect(listInputFiles(dir)).toEqual(['A.txt', 'a.json', 'b.txt']);
  });

  it('rejects a file over the size limit without reading it', () => {
    writeFileSync(join(dir, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 0x61));
    const d = new Diagnostics();
    expect(readDocument(dir, 'big.txt', d, 1024 * 1024)).toBeNull();
    expect(d.items.map((i) => i.message)).toEqual(['is 3.0 MB; the limit is 1 MB per document']);
  });

  it('returns the good documents and reports the bad ones', () => {
    writeFileSync(join(dir, 'good.txt'), 'Anna meets Tom.');
    writeFileSync(join(dir, 'empty.txt'), '');
    const d = new Diagnostics();
    expect(readSeeds(dir, d)).toEqual([{ file: 'good.txt', text: 'Anna meets Tom.' }]);
    expect(d.items.map((i) => `${i.file}: ${i.message}`)).toEqual(['empty.txt: is empty']);
  });
});
