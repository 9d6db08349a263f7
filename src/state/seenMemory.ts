import { PREMISE_ONLY, type RevealLimit } from './viewState';

/**
 * Spoiler memory, one localStorage entry per film: `fabula:seen:<film id>` holds `seen` (the
 * viewer has seen the film: everything shown) or `unseen:<N>` (not yet: reveal up to storyIndex N,
 * -1 = premise only). Storage can be missing or full (private windows): every access is guarded.
 */

/** The localStorage key prefix of the spoiler memory. */
export const SEEN_KEY_PREFIX = 'fabula:seen:';

/** The storage the memory uses; tests pass their own. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const defaultStorage = (): KeyValueStorage | null => {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
};

/** Encodes a reveal limit as stored ('seen' or 'unseen:<N>'); null is never stored. */
export const encodeSeen = (reveal: Exclude<RevealLimit, null>): string =>
  reveal === 'all' ? 'seen' : `unseen:${Math.max(PREMISE_ONLY, Math.floor(reveal))}`;

/** Decodes a stored value; anything unreadable counts as "never asked". */
export const decodeSeen = (raw: string | null): RevealLimit => {
  if (raw === 'seen') return 'all';
  const match = raw?.match(/^unseen:(-?\d{1,9})$/);
  if (!match?.[1]) return null;
  return Math.max(PREMISE_ONLY, Number(match[1]));
};

/** The remembered reveal limit of a film, or null on a first visit. */
export function readSeen(filmId: string, storage = defaultStorage()): RevealLimit {
  try {
    return decodeSeen(storage?.getItem(SEEN_KEY_PREFIX + filmId) ?? null);
  } catch {
    return null;
  }
}

/** Remembers the viewer's reveal limit for a film. */
export function writeSeen(
  filmId: string,
  reveal: Exclude<RevealLimit, null>,
  storage = defaultStorage(),
): void {
  try {
    storage?.setItem(SEEN_KEY_PREFIX + filmId, encodeSeen(reveal));
  } catch {
    // A full or disabled storage only costs the memory, never the page.
  }
}
