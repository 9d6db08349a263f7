/**
 * Film JSON files a viewer downloads and opens again: reading one (checked against the film
 * contract, every problem one line naming the file) and making one to download.
 */
import type { Film } from '../model/film';
import { checkFilm, type Checked } from '../model/validate';
import { withStructure } from '../pipeline/measures';

/** The largest film file opened (the longest bundled film is under 2 MB). */
export const MAX_FILM_FILE_BYTES = 20_000_000;
/** The largest summary file read as text. */
export const MAX_TEXT_FILE_BYTES = 2_000_000;

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** The one-line problem of a file too large to read, or null. */
export const fileTooLarge = (name: string, bytes: number, limit: number): string | null =>
  bytes > limit
    ? `“${name}” is too large (${megabytes(bytes)}; the limit is ${megabytes(limit)}).`
    : null;

/** Reads a film file's text: a checked film (measures added when missing) or the reason not. */
export function parseFilmFile(name: string, text: string): Checked<Film> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `“${name}” is not valid JSON (${detail}).` };
  }
  const checked = checkFilm(data);
  if (!checked.ok)
    return { ok: false, error: `“${name}” is not a Fabula film (${checked.error}).` };
  const film = checked.value;
  return { ok: true, value: film.measures && film.blocks ? film : withStructure(film) };
}

/** The file name a film downloads as. */
export const filmFileName = (film: Film): string => `${film.id}.json`;

/** The downloadable JSON of a film (the same shape the build step writes). */
export const filmFileBlob = (film: Film): Blob =>
  new Blob([`${JSON.stringify(film, null, 2)}\n`], { type: 'application/json' });
