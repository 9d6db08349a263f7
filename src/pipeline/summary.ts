/**
 * One summary -> one film, as the browser converts it (src/workers/convert.worker.ts runs this):
 * the same stages as the build step (markup blanking, convertDocuments, structure measures), for
 * a single document pasted or dropped by a viewer. Pure, so it runs in a Web Worker and in tests.
 */
import type { Film } from '../model/film';
import { slugify } from '../model/slug';
import { checkFilm } from '../model/validate';
import { convertDocuments } from './convert';
import { Diagnostics } from './diagnostics';
import { blankMarkup, looksLikeHtml } from './markup';
import { withStructure } from './measures';

/** The longest text converted as one film (a long recap page is about 100,000 characters). */
export const MAX_SUMMARY_CHARS = 500_000;
/** The longest title a viewer may give their film. */
export const MAX_TITLE_CHARS = 200;
/** The source name of a pasted summary (a dropped file keeps its own name). */
export const PASTED_FILE = 'pasted-summary.txt';

/** A summary to convert: its text, the name of its file, and an optional title set by the viewer. */
export interface SummaryInput {
  text: string;
  file: string;
  /** Overrides the title read from the text (or made from the file name); null keeps it. */
  title: string | null;
}

/** The film made from a summary, or the one-line reason there is none. */
export type SummaryResult =
  { ok: true; film: Film; warnings: string[] } | { ok: false; error: string };

const withoutFilePrefix = (message: string, file: string): string =>
  message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;

/** Converts one plain-text summary into a checked film with its structure measures. */
export function convertSummary(input: SummaryInput): SummaryResult {
  const { file } = input;
  if (!input.text.trim())
    return { ok: false, error: 'There is no text to convert: paste a plot summary first.' };
  if (input.text.length > MAX_SUMMARY_CHARS)
    return {
      ok: false,
      error: `This text is too long for one film (${input.text.length.toLocaleString('en')} characters; the limit is ${MAX_SUMMARY_CHARS.toLocaleString('en')}).`,
    };
  const title = input.title?.trim() || null;
  if (title !== null && title.length > MAX_TITLE_CHARS)
    return {
      ok: false,
      error: `The title is too long (the limit is ${MAX_TITLE_CHARS} characters).`,
    };
  const text = looksLikeHtml(input.text) ? blankMarkup(input.text) : input.text;
  const diagnostics = new Diagnostics();
  const [converted] = convertDocuments([{ file, text }], diagnostics);
  if (!converted) {
    const first = diagnostics.errors[0];
    const reason = first ? withoutFilePrefix(first.message, file) : 'no story found';
    return { ok: false, error: `No film could be made from ${file}: ${reason}.` };
  }
  const titled =
    title === null ? converted : { ...converted, title, id: slugify(title) || converted.id };
  const checked = checkFilm(withStructure(titled));
  if (!checked.ok)
    return { ok: false, error: `No film could be made from ${file}: ${checked.error}.` };
  const warnings = diagnostics.items
    .filter((d) => d.severity === 'warning')
    .map((d) => withoutFilePrefix(d.message, file));
  return { ok: true, film: checked.value, warnings };
}
