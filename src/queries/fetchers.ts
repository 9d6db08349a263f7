import type { Film, FilmIndex } from '../model/film';

/**
 * The contract checks (zod) load beside the first fetch, not in the initial bundle: they are about
 * a fifth of the app's JavaScript and nothing can be drawn before the data arrives anyway.
 */
const loadValidators = () => import('../model/validate');

/** Where the build step's JSON is served from (public/data in the repository). */
export const DATA_BASE = '/data';

/** A failed load, with a message a viewer can read (naming the film when there is one). */
export class DataLoadError extends Error {
  /** The film id the load was for, or null for the index. */
  readonly filmId: string | null;
  /** HTTP status, when the server answered with an error. */
  readonly status: number | null;
  constructor(message: string, filmId: string | null, status: number | null = null) {
    super(message);
    this.name = 'DataLoadError';
    this.filmId = filmId;
    this.status = status;
  }
}

const getJson = async (
  url: string,
  what: string,
  filmId: string | null,
  signal?: AbortSignal,
): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DataLoadError(`Could not reach the server for ${what}.`, filmId);
  }
  if (!response.ok) {
    const message =
      response.status === 404
        ? `${what} was not found (HTTP 404).`
        : `${what} failed to load (HTTP ${response.status}).`;
    throw new DataLoadError(message, filmId, response.status);
  }
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(`${what} is not valid JSON.`, filmId, response.status);
  }
};

/** Fetches and validates /data/index.json, the list of films. */
export async function fetchFilmIndex(signal?: AbortSignal): Promise<FilmIndex> {
  const [data, { checkFilmIndex }] = await Promise.all([
    getJson(`${DATA_BASE}/index.json`, 'The film list', null, signal),
    loadValidators(),
  ]);
  const checked = checkFilmIndex(data);
  if (!checked.ok)
    throw new DataLoadError(
      `The film list does not match the data contract (${checked.error}).`,
      null,
    );
  return checked.value;
}

/** Fetches and validates /data/films/<id>.json; a schema mismatch is an error naming the film. */
export async function fetchFilm(id: string, signal?: AbortSignal): Promise<Film> {
  const what = `The film “${id}”`;
  const [data, { checkFilm }] = await Promise.all([
    getJson(`${DATA_BASE}/films/${encodeURIComponent(id)}.json`, what, id, signal),
    loadValidators(),
  ]);
  const checked = checkFilm(data);
  if (!checked.ok)
    throw new DataLoadError(`${what} does not match the data contract (${checked.error}).`, id);
  if (checked.value.id !== id)
    throw new DataLoadError(`${what} holds another film (“${checked.value.id}”).`, id);
  return checked.value;
}
