/**
 * A viewer's own films (converted from their summaries or opened from film files), kept in the
 * browser: the fetchers the film queries use beside the bundled JSON. Everything read back is
 * checked against the film contract, like the bundled films.
 */
import type { Film, FilmIndex, FilmSummary } from '../model/film';
import { DataLoadError, fetchFilm } from './fetchers';
import { indexedDbFilmStore, type FilmEntry, type FilmStore } from './filmStore';

/** Every local film id starts with this, and is never the id of a bundled film. */
export const LOCAL_PREFIX = 'my-';
const MAX_ID_LENGTH = 80;

/** A film as the picker lists it: bundled, or the viewer's own (`local`). */
export type ListedFilm = FilmSummary & { local?: true };
/** The film list: the bundled index with the viewer's own films added. */
export interface FilmList extends FilmIndex {
  films: ListedFilm[];
}

// The contract (zod) stays out of the initial bundle, as in fetchers.ts: it loads with the data.
const loadValidators = () => import('../model/validate');
const loadModel = () => import('../model/film');

let store: FilmStore | null = null;
/** The store local films live in (IndexedDB unless a test sets another). */
export const localFilmStore = (): FilmStore => (store ??= indexedDbFilmStore());
/** Replaces the store (tests pass memoryFilmStore()); null returns to IndexedDB. */
export const setLocalFilmStore = (next: FilmStore | null): void => {
  store = next;
};

/** True when an id has the local prefix (a bundled id may too: check the list to be sure). */
export const hasLocalPrefix = (id: string): boolean => id.startsWith(LOCAL_PREFIX);

/** cyrb53, a fast 53-bit string hash: enough to recognise a film saved before. */
const hash53 = (text: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
};

/** The content fingerprint of a film: the same film under another id has the same one. */
export const fingerprintOf = (film: Film): string => hash53(JSON.stringify({ ...film, id: '' }));

/** A local id for a film that no id in `taken` uses: `my-<its id>`, then `-2`, `-3`… */
export const localIdFor = (filmId: string, taken: ReadonlySet<string>): string => {
  const base = (hasLocalPrefix(filmId) ? filmId : `${LOCAL_PREFIX}${filmId}`)
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, '');
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  return id;
};

/** The valid entries of the store, newest first (a damaged entry is left out of the list). */
const validEntries = async (from: FilmStore): Promise<(FilmEntry & { summary: FilmSummary })[]> => {
  const [entries, { checkFilmIndex }] = await Promise.all([from.list(), loadValidators()]);
  return entries
    .filter((e): e is FilmEntry & { summary: FilmSummary } => {
      const checked = checkFilmIndex({ schemaVersion: 1, films: [e.summary] });
      return checked.ok && (e.summary as FilmSummary).id === e.id;
    })
    .sort((a, b) => b.savedAt - a.savedAt || a.id.localeCompare(b.id));
};

/** The viewer's own films, newest first, marked `local`. */
export async function listLocalFilms(from: FilmStore = localFilmStore()): Promise<ListedFilm[]> {
  return (await validEntries(from)).map((e) => ({ ...e.summary, local: true }));
}

/** A local film by id, checked against the contract; null when there is none. */
export async function readLocalFilm(
  id: string,
  from: FilmStore = localFilmStore(),
): Promise<Film | null> {
  const [data, { checkFilm }] = await Promise.all([from.get(id), loadValidators()]);
  if (data === undefined) return null;
  const checked = checkFilm(data);
  if (!checked.ok)
    throw new DataLoadError(
      `Your film “${id}” stored in this browser is damaged (${checked.error}).`,
      id,
    );
  return checked.value;
}

/** The bundled index with the local films added: local ids never collide (see localIdFor). */
export async function fetchFilmList(
  bundled: Promise<FilmIndex>,
  from: FilmStore = localFilmStore(),
): Promise<FilmList> {
  const [index, local] = await Promise.all([bundled, listLocalFilms(from).catch(() => [])]);
  const bundledIds = new Set(index.films.map((f) => f.id));
  return { ...index, films: [...local.filter((f) => !bundledIds.has(f.id)), ...index.films] };
}

/** A film by id: a local one when stored in this browser, else the bundled JSON. */
export async function fetchAnyFilm(
  id: string,
  signal?: AbortSignal,
  from: FilmStore = localFilmStore(),
): Promise<Film> {
  if (hasLocalPrefix(id)) {
    const local = await readLocalFilm(id, from);
    if (local) return local;
  }
  return fetchFilm(id, signal);
}

/** Where a saved film ended up: its id, and whether the same film was stored already. */
export interface Saved {
  id: string;
  existed: boolean;
}

/**
 * Stores a film as the viewer's own under a fresh local id (clear of `bundledIds` and of the other
 * local films); a film stored before (same content) is not stored twice: its id comes back.
 */
export async function saveLocalFilm(
  film: Film,
  bundledIds: ReadonlySet<string>,
  from: FilmStore = localFilmStore(),
  now: () => number = Date.now,
): Promise<Saved> {
  const [{ checkFilm }, { summarizeFilm }] = await Promise.all([loadValidators(), loadModel()]);
  const checked = checkFilm(film);
  if (!checked.ok) throw new Error(`The film is not valid (${checked.error}).`);
  const fingerprint = fingerprintOf(checked.value);
  const entries = await from.list();
  const same = entries.find((e) => e.fingerprint === fingerprint && !bundledIds.has(e.id));
  if (same) return { id: same.id, existed: true };
  const taken = new Set([...bundledIds, ...entries.map((e) => e.id)]);
  const id = localIdFor(checked.value.id, taken);
  const stored: Film = { ...checked.value, id };
  await from.put({ id, summary: summarizeFilm(stored), fingerprint, savedAt: now() }, stored);
  return { id, existed: false };
}

/** Removes one of the viewer's films. */
export async function deleteLocalFilm(
  id: string,
  from: FilmStore = localFilmStore(),
): Promise<void> {
  await from.delete(id);
}
