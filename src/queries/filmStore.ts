/**
 * Where a viewer's own films are kept: a tiny IndexedDB wrapper (two object stores, four
 * operations) and a Map-backed store with the same interface for tests. What comes out is
 * `unknown` on purpose: localFilms.ts validates it against the film contract before use.
 */

/** The small record listed for each stored film, so the list never reads whole films. */
export interface FilmEntry {
  id: string;
  /** A FilmSummary when written by Fabula; validated on reading. */
  summary: unknown;
  /** A hash of the film's content (its id aside), so the same film is not stored twice. */
  fingerprint: string;
  /** When it was saved (ms since 1970), to list the newest first. */
  savedAt: number;
}

/** The storage of local films. */
export interface FilmStore {
  /** Every entry; an empty list when the browser has no storage. */
  list(): Promise<FilmEntry[]>;
  /** The stored film data for an id, or undefined. */
  get(id: string): Promise<unknown>;
  /** Stores a film and its entry together (one transaction). */
  put(entry: FilmEntry, film: unknown): Promise<void>;
  /** Removes a film and its entry. */
  delete(id: string): Promise<void>;
}

/** Storage refused or unavailable, with a message a viewer can read. */
export class FilmStoreError extends Error {
  override readonly name = 'FilmStoreError';
}

const DB_NAME = 'fabula';
const DB_VERSION = 1;
const ENTRIES = 'entries';
const FILMS = 'films';

const done = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

const describe = (error: unknown): string =>
  error instanceof DOMException && error.name === 'QuotaExceededError'
    ? 'the browser’s storage is full'
    : error instanceof Error
      ? error.message
      : String(error);

/** The IndexedDB store (database `fabula`, stores `entries` and `films`), opened on first use. */
export function indexedDbFilmStore(): FilmStore {
  let opening: Promise<IDBDatabase> | null = null;
  const open = (): Promise<IDBDatabase> => {
    if (typeof indexedDB === 'undefined')
      return Promise.reject(
        new FilmStoreError('This browser has no storage for films (no IndexedDB).'),
      );
    opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION);
      request.onupgradeneeded = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains(ENTRIES))
          db.createObjectStore(ENTRIES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(FILMS)) db.createObjectStore(FILMS);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
      request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    }).catch((error: unknown) => {
      opening = null;
      throw new FilmStoreError(`This browser’s storage could not be opened (${describe(error)}).`);
    });
    return opening;
  };
  return {
    async list() {
      let db: IDBDatabase;
      try {
        db = await open();
      } catch {
        // No storage (private mode, an old browser): there are simply no local films.
        return [];
      }
      return (await done(db.transaction(ENTRIES).objectStore(ENTRIES).getAll())) as FilmEntry[];
    },
    async get(id) {
      const db = await open().catch(() => null);
      if (!db) return undefined;
      return done(db.transaction(FILMS).objectStore(FILMS).get(id));
    },
    async put(entry, film) {
      const db = await open();
      try {
        const tx = db.transaction([ENTRIES, FILMS], 'readwrite');
        tx.objectStore(FILMS).put(film, entry.id);
        tx.objectStore(ENTRIES).put(entry);
        await committed(tx);
      } catch (error) {
        throw new FilmStoreError(
          `The film could not be stored in this browser (${describe(error)}).`,
        );
      }
    },
    async delete(id) {
      const db = await open();
      const tx = db.transaction([ENTRIES, FILMS], 'readwrite');
      tx.objectStore(FILMS).delete(id);
      tx.objectStore(ENTRIES).delete(id);
      await committed(tx);
    },
  };
}

/** A store kept in memory (tests; the same behaviour as the IndexedDB one, copies included). */
export function memoryFilmStore(): FilmStore {
  const entries = new Map<string, FilmEntry>();
  const films = new Map<string, unknown>();
  return {
    list: async () => [...entries.values()].map((e) => structuredClone(e)),
    get: async (id) => (films.has(id) ? structuredClone(films.get(id)) : undefined),
    put: async (entry, film) => {
      entries.set(entry.id, structuredClone(entry));
      films.set(entry.id, structuredClone(film));
    },
    delete: async (id) => {
      entries.delete(id);
      films.delete(id);
    },
  };
}
