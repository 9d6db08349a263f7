/**
 * A share link that carries a summary itself, in the URL fragment (never sent to a server):
 * `#summary=<base64url of the deflate-raw compressed text>&title=<title>&file=<source name>`.
 * Opening it converts the text again, which gives the same film (the converter is deterministic).
 */
import { MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, PASTED_FILE } from '../pipeline/summary';

/** The fragment parameter that holds the compressed summary. */
export const SUMMARY_PARAM = 'summary';
/** The largest compressed summary a link may carry: 6,000 bytes, 8,000 base64url characters. */
export const MAX_SHARE_BYTES = 6000;
const MAX_SHARE_CHARS = Math.ceil((MAX_SHARE_BYTES * 4) / 3);
const FORMAT = 'deflate-raw';
const MAX_FILE_CHARS = 200;
/** A source name a link may set: one plain name, no folders, no control characters. */
const isSafeFile = (name: string): boolean =>
  name.length > 0 &&
  name.length <= MAX_FILE_CHARS &&
  !/[\\/]/.test(name) &&
  [...name].every((c) => c.charCodeAt(0) >= 0x20);

/** What a share link carries. */
export interface SharedSummary {
  text: string;
  title: string | null;
  /** The source document's name; null is the default name of a pasted summary. */
  file: string | null;
}

/** A fragment made, or the one-line reason there is none. */
export type EncodedSummary =
  { ok: true; fragment: string; bytes: number } | { ok: false; bytes: number; error: string };

/** A fragment read, or the one-line reason it cannot be. */
export type DecodedSummary = { ok: true; value: SharedSummary } | { ok: false; error: string };

const kilobytes = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> | null => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
};

/** A stream of one chunk (Blob.stream() is missing from some environments, jsdom among them). */
const streamOf = (bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> =>
  new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

const compress = async (text: string): Promise<Uint8Array> => {
  const stream = streamOf(new TextEncoder().encode(text)).pipeThrough(
    new CompressionStream(FORMAT),
  );
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** Inflates at most `maxChars` characters of text: a tiny link cannot expand into megabytes. */
const decompress = async (
  bytes: Uint8Array<ArrayBuffer>,
  maxChars: number,
): Promise<string | null> => {
  const stream = streamOf(bytes)
    .pipeThrough(new DecompressionStream(FORMAT))
    .pipeThrough(new TextDecoderStream('utf-8', { fatal: true }));
  const reader = stream.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text;
    text += value;
    if (text.length > maxChars) {
      await reader.cancel();
      return null;
    }
  }
};

/** True when a location hash carries a shared summary. */
export const hasSharedSummary = (hash: string): boolean =>
  new URLSearchParams(hash.replace(/^#/, '')).has(SUMMARY_PARAM);

/** Makes the fragment (without `#`) for a summary, or says why it would be too long for a link. */
export async function encodeSummaryFragment(summary: SharedSummary): Promise<EncodedSummary> {
  const bytes = await compress(summary.text);
  if (bytes.length > MAX_SHARE_BYTES)
    return {
      ok: false,
      bytes: bytes.length,
      error: `This summary is too long to share in a link (${kilobytes(bytes.length)} compressed; the limit is ${kilobytes(MAX_SHARE_BYTES)}): download the film JSON instead.`,
    };
  const params = new URLSearchParams({ [SUMMARY_PARAM]: toBase64Url(bytes) });
  if (summary.title) params.set('title', summary.title);
  if (summary.file && summary.file !== PASTED_FILE) params.set('file', summary.file);
  return { ok: true, fragment: params.toString(), bytes: bytes.length };
}

/** Reads a shared summary from a location hash (with or without `#`). */
export async function decodeSummaryFragment(hash: string): Promise<DecodedSummary> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get(SUMMARY_PARAM);
  if (raw === null) return { ok: false, error: 'This link carries no summary.' };
  if (raw.length > MAX_SHARE_CHARS)
    return { ok: false, error: 'This link carries more than a shared summary can hold.' };
  const bytes = fromBase64Url(raw);
  if (bytes === null || bytes.length === 0)
    return { ok: false, error: 'The summary in this link is damaged (it is not base64url).' };
  let text: string | null;
  try {
    text = await decompress(bytes, MAX_SUMMARY_CHARS);
  } catch {
    return {
      ok: false,
      error: 'The summary in this link is damaged (it does not decompress): was it cut short?',
    };
  }
  if (text === null)
    return { ok: false, error: 'The summary in this link is longer than a summary may be.' };
  const title = params.get('title')?.trim().slice(0, MAX_TITLE_CHARS) || null;
  const rawFile = params.get('file')?.trim() ?? '';
  const file = isSafeFile(rawFile) ? rawFile : null;
  return { ok: true, value: { text, title, file } };
}
