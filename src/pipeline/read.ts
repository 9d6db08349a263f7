import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from './diagnostics';
import type { SourceText } from './source';

/**
 * The only module that reads the file system (besides write.ts writing). It turns a seeds folder
 * into SourceText documents and rejects, with one located line each, what is not UTF-8 text.
 *
 * Choices, so the lead can quote them:
 * - Inputs are the `*.txt` and `*.json` files directly in the folder (not recursive), sorted by
 *   name in code-unit order (not locale order, so every machine agrees); other files are ignored.
 * - UTF-8 with a byte-order mark is kept as is: the text keeps U+FEFF at offset 0, exactly as
 *   `fs.readFileSync(path, 'utf8')` gives it, so span offsets stay valid for every reader.
 * - UTF-16 (with a BOM) is rejected: decoding it would make offsets disagree with the contract's
 *   `readFileSync(path, 'utf8')` reading, so the message asks for the file to be saved as UTF-8.
 * - Windows line endings are kept: offsets index the raw text, \r included.
 * - HTML markup is passed through unchanged; the text stages' cleaner deals with it.
 */

/** Per-document size limit: larger files are rejected before they are read. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** File name endings the seeds folder may hold. */
export const INPUT_EXTENSIONS = ['.txt', '.json'] as const;

/** Share of control characters (besides tab, newline, carriage return, form feed) that marks a binary file. */
const CONTROL_SHARE_LIMIT = 0.1;
/** How many leading bytes the binary sniffing looks at. */
const SNIFF_BYTES = 8192;

/** Well-known magic numbers, so a renamed file is named for what it is. */
const MAGIC: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive or Office document', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'RTF document', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** Formats a byte count the way the messages do: `50.0 MB`, `10 MB` for whole limits. */
export const formatMegabytes = (bytes: number): string =>
  `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

const sniffBinary = (bytes: Uint8Array): string | null => {
  for (const magic of MAGIC) if (startsWith(bytes, magic.bytes)) return magic.name;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return 'NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  }
  return n > 0 && controls / n > CONTROL_SHARE_LIMIT ? 'control characters' : null;
};

/** Finds the byte offset of the first byte that breaks UTF-8, or -1 when all of it is valid. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return -1;
};

/**
 * Decodes one document's bytes as strict UTF-8, reporting (and returning null for) anything that
 * is not usable text: empty, whitespace only, binary, UTF-16, invalid UTF-8.
 */
export const decodeDocument = (
  file: string,
  bytes: Uint8Array,
  diagnostics: Diagnostics,
): string | null => {
  if (bytes.length === 0) {
    diagnostics.error(file, 'empty-file', 'is empty');
    return null;
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    diagnostics.error(file, 'utf16', 'is UTF-16 (byte-order mark); save it as UTF-8');
    return null;
  }
  const binary = sniffBinary(bytes);
  if (binary) {
    diagnostics.error(file, 'binary-file', `looks binary (${binary}), not text`);
    return null;
  }
  let text: string;
  try {
    // ignoreBOM keeps U+FEFF in the text, as readFileSync(path, 'utf8') does.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    diagnostics.error(
      file,
      'invalid-utf8',
      `is not valid UTF-8 (first bad byte at byte offset ${Math.max(at, 0)}); save it as UTF-8`,
    );
    return null;
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    diagnostics.error(file, 'whitespace-only', 'holds only whitespace');
    return null;
  }
  return text;
};

/** True for a file name the seeds folder may hold as input. */
export const isInputFile = (name: string): boolean =>
  INPUT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/** Lists the input files of a folder, sorted by name in code-unit order. */
export const listInputFiles = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && isInputFile(entry.name))
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Reads one input file of a folder, reporting why it cannot be used; null when it cannot. */
export const readDocument = (
  folder: string,
  file: string,
  diagnostics: Diagnostics,
  maxBytes: number = MAX_DOCUMENT_BYTES,
): SourceText | null => {
  const path = join(folder, file);
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      diagnostics.error(
        file,
        'file-too-large',
        `is ${formatMegabytes(size)}; the limit is ${Math.round(maxBytes / (1024 * 1024))} MB per document`,
      );
      return null;
    }
    const text = decodeDocument(file, readFileSync(path), diagnostics);
    return text === null ? null : { file, text };
  } catch (error) {
    diagnostics.error(file, 'unreadable', `cannot be read (${errorMessage(error)})`);
    return null;
  }
};

/** Reads every usable input document of a seeds folder, in name order. */
export const readSeeds = (
  folder: string,
  diagnostics: Diagnostics,
  onDocument?: (done: number, total: number, bytes: number) => void,
): SourceText[] => {
  const files = listInputFiles(folder);
  const docs: SourceText[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    const doc = readDocument(folder, file, diagnostics);
    if (doc) {
      docs.push(doc);
      bytes += Buffer.byteLength(doc.text, 'utf8');
    }
    onDocument?.(i + 1, files.length, bytes);
  });
  return docs;
};

/** One annotation file as read: its name (`<film-id>.json`) and text, not yet parsed. */
export interface AnnotationText {
  file: string;
  text: string;
}

/** Reads every `*.json` file of an annotations folder (none when the folder does not exist). */
export const readAnnotationFiles = (folder: string, diagnostics: Diagnostics): AnnotationText[] => {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch {
    return [];
  }
  const out: AnnotationText[] = [];
  for (const name of names) {
    const file = `annotations/${name}`;
    try {
      const text = decodeDocument(file, readFileSync(join(folder, name)), diagnostics);
      if (text !== null) out.push({ file, text });
    } catch (error) {
      diagnostics.error(file, 'unreadable', `cannot be read (${errorMessage(error)})`);
    }
  }
  return out;
};

/** The message of a thrown value, whatever was thrown. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);
