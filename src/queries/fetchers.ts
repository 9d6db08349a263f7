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

/** How long one data file may take, headers and body, before the load counts as failed. */
export const FETCH_TIMEOUT_MS = 15_000;

const getJson = async (
  url: string,
  what: string,
  filmId: string | null,
  signal?: AbortSignal,
): Promise<unknown> => {
  // A server that never answers must not leave the viewer on a skeleton forever. The timer is a
  // plain setTimeout (not AbortSignal.timeout) so tests can drive it with a fake clock.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, FETCH_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  const fail = (error: unknown, fallback: string, status: number | null): never => {
    if (signal?.aborted) throw error;
    if (timedOut) {
      throw new DataLoadError(
        `${what} took too long to load (no answer within ${FETCH_TIMEOUT_MS / 1000}\u00a0s).`,
        filmId,
      );
    }
    throw new DataLoadError(fallback, filmId, status);
  };
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      return fail(error, `Could not reach the server for ${what}.`, null);
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
    } catch (error) {
      return fail(error, `${what} is not valid JSON.`, response.status);
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
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
