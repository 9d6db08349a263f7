import type { Film } from '../model/film';
import { AnnotationsSchema, applyAnnotations, type Annotations } from '../pipeline/annotations';
import { Diagnostics } from '../pipeline/diagnostics';
import { withStructure } from '../pipeline/measures';
import type { KeyValueStorage } from './seenMemory';
import { introducedCharacters, visibleName } from './spoiler';

/**
 * A viewer's corrections to one film, made in the browser: one `Annotations` object (the very
 * format of `data/annotations/<film-id>.json`, which the converter reads) per film, kept in
 * localStorage under `fabula:annotations:<film-id>` and applied to the loaded film with the
 * converter's own `applyAnnotations`, so what the browser shows is what a rebuild with the
 * downloaded file produces. Loaded on demand (it brings zod): see components/useCorrections.ts.
 */

/** The localStorage key prefix of the corrections. */
export const CORRECTIONS_KEY_PREFIX = 'fabula:annotations:';

/** The correction lists, in the order the converter applies them. */
export const CORRECTION_LISTS = [
  'renameCharacters',
  'mergeCharacters',
  'splitCharacters',
  'setKind',
  'moveScene',
] as const satisfies readonly Exclude<keyof Annotations, 'film'>[];
type ListKey = (typeof CORRECTION_LISTS)[number];
type Entry<K extends ListKey> = NonNullable<Annotations[K]>[number];

/** One correction: an entry of one of the annotation file's lists. */
export type Correction = { [K in ListKey]: { list: K; entry: Entry<K> } }[ListKey];

/** What reading the stored corrections gives: the corrections, and a notice when some were dropped. */
export interface StoredCorrections {
  annotations: Annotations;
  /** One line for the viewer when the stored entry was unreadable and has been dropped. */
  notice: string | null;
}

/** The outcome of applying corrections: the corrected film, or the film as loaded and why. */
export interface AppliedCorrections {
  film: Film;
  /** One line naming the first problem (and how many more) when nothing could be applied. */
  error: string | null;
}

const defaultStorage = (): (KeyValueStorage & { removeItem(key: string): void }) | null => {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
};

/** A storage that can also forget an entry (localStorage; tests pass their own). */
export type CorrectionStorage = KeyValueStorage & { removeItem(key: string): void };

/** No corrections for a film. */
export const emptyAnnotations = (filmId: string): Annotations => ({ film: filmId });

/** The corrections as one flat list, in the order the converter applies them. */
export const correctionsOf = (annotations: Annotations): Correction[] =>
  CORRECTION_LISTS.flatMap(
    (list) => (annotations[list] ?? []).map((entry) => ({ list, entry })) as Correction[],
  );

/** How many corrections there are. */
export const countCorrections = (annotations: Annotations): number =>
  CORRECTION_LISTS.reduce((n, list) => n + (annotations[list]?.length ?? 0), 0);

/** Rebuilds the annotations from a flat list, leaving out empty lists. */
const fromList = (filmId: string, corrections: readonly Correction[]): Annotations => {
  const result: Annotations = { film: filmId };
  for (const list of CORRECTION_LISTS) {
    const entries = corrections.filter((c) => c.list === list).map((c) => c.entry);
    if (entries.length > 0) (result as Record<ListKey, unknown[]>)[list] = entries;
  }
  return result;
};

/**
 * Adds a correction. A new kind or a new move for a scene replaces the scene's earlier one (the
 * latest wish wins; the converter would call a move undone by a later one a contradiction), and a
 * kind set back to the one the film was built with is no correction at all.
 */
export const withCorrection = (
  annotations: Annotations,
  correction: Correction,
  base: Film,
): Annotations => {
  let list = correctionsOf(annotations);
  if (correction.list === 'setKind') {
    const { scene, kind } = correction.entry;
    list = list.filter((c) => !(c.list === 'setKind' && c.entry.scene === scene));
    if (base.scenes.find((s) => s.id === scene)?.kind === kind)
      return fromList(annotations.film, list);
  }
  if (correction.list === 'moveScene') {
    const { scene } = correction.entry;
    list = list.filter((c) => !(c.list === 'moveScene' && c.entry.scene === scene));
  }
  return fromList(annotations.film, [...list, correction]);
};

/** Removes the correction at `index` of `correctionsOf(annotations)`. */
export const withoutCorrection = (annotations: Annotations, index: number): Annotations =>
  fromList(
    annotations.film,
    correctionsOf(annotations).filter((_, i) => i !== index),
  );

/**
 * The converter's message in a teacher's words: scene ids become scene numbers (as the panel
 * shows them; a number gives nothing away), and the move rules are said plainly.
 */
const readable = (message: string, base: Film): string => {
  const numbers = new Map(base.scenes.map((s) => [s.id, `scene ${s.storyIndex + 1}`]));
  return message
    .replace(/^moveScene asks for a cycle: /, 'the moves would contradict each other: ')
    .replace(
      /^moveScene\[\d+\] \((.+)\) is undone by a later move; the moves contradict each other$/,
      'a later move would undo an earlier one ($1)',
    )
    .replace(/[\w-]+/g, (word) => numbers.get(word) ?? word);
};

/**
 * Applies the corrections to the film as loaded, all or nothing (the converter's rule), and
 * recomputes the structure measures and blocks when the film carries them, so every view and the
 * summary describe the corrected orders.
 */
export const applyCorrections = (base: Film, annotations: Annotations): AppliedCorrections => {
  if (countCorrections(annotations) === 0) return { film: base, error: null };
  const diagnostics = new Diagnostics();
  const corrected = applyAnnotations(base, annotations, `${base.id}.json`, diagnostics);
  const errors = diagnostics.errors;
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return { film: base, error: `${readable(first.message, base)}${more}` };
  }
  return {
    film: base.measures || base.blocks ? withStructure(corrected) : corrected,
    error: null,
  };
};

/** The outcome of proposing a correction: the new annotations, or why it was refused. */
export type Proposal =
  { ok: true; annotations: Annotations; film: Film } | { ok: false; error: string };

/** Adds a correction only if the whole set still applies; otherwise says why, in one line. */
export const proposeCorrection = (
  base: Film,
  annotations: Annotations,
  correction: Correction,
): Proposal => {
  const next = withCorrection(annotations, correction, base);
  const applied = applyCorrections(base, next);
  if (applied.error !== null) return { ok: false, error: `Not applied: ${applied.error}.` };
  return { ok: true, annotations: next, film: applied.film };
};

/**
 * Reads a film's stored corrections. A missing entry is no corrections; an entry that is not
 * valid JSON, not in the annotation format, or for another film is dropped, with a notice.
 */
export function readCorrections(
  filmId: string,
  storage: CorrectionStorage | null = defaultStorage(),
): StoredCorrections {
  const key = CORRECTIONS_KEY_PREFIX + filmId;
  let raw: string | null = null;
  try {
    raw = storage?.getItem(key) ?? null;
  } catch {
    return { annotations: emptyAnnotations(filmId), notice: null };
  }
  if (raw === null) return { annotations: emptyAnnotations(filmId), notice: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const checked = AnnotationsSchema.safeParse(value);
  if (checked.success && checked.data.film === filmId)
    return { annotations: checked.data, notice: null };
  try {
    storage?.removeItem(key);
  } catch {
    // Dropping is best effort: the entry is ignored either way.
  }
  return {
    annotations: emptyAnnotations(filmId),
    notice: 'Corrections saved in this browser for this film could not be read and were dropped.',
  };
}

/** Keeps a film's corrections (or forgets them when there are none); false when storage refused. */
export function writeCorrections(
  annotations: Annotations,
  storage: CorrectionStorage | null = defaultStorage(),
): boolean {
  const key = CORRECTIONS_KEY_PREFIX + annotations.film;
  try {
    if (!storage) return false;
    if (countCorrections(annotations) === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(annotations));
    return true;
  } catch {
    return false;
  }
}

/** The annotation file's text, as `npm run build:data` reads it from data/annotations/<film-id>.json. */
export const annotationFileText = (annotations: Annotations): string =>
  `${JSON.stringify(fromList(annotations.film, correctionsOf(annotations)), null, 2)}\n`;

/**
 * One correction in words, for the corrections list. Scenes and characters beyond the spoiler
 * limit are not named: the list must not give away what the viewer has not seen yet.
 */
export const describeCorrection = (correction: Correction, base: Film, limit: number): string => {
  const introduced = new Set(introducedCharacters(base, limit).map((c) => c.id));
  const person = (id: string): string => {
    const c = base.characters.find((x) => x.id === id);
    return c && introduced.has(id) ? visibleName(c, limit) : 'a character not yet introduced';
  };
  const place = (id: string): string => {
    const s = base.scenes.find((x) => x.id === id);
    if (!s || s.storyIndex > limit) return 'a scene not yet revealed';
    // Titles repeat (Memento has many a "Motel Room"): the scene's number tells them apart.
    return s.title ? `“${s.title}” (scene ${s.storyIndex + 1})` : `scene ${s.storyIndex + 1}`;
  };
  switch (correction.list) {
    case 'setKind':
      return `${place(correction.entry.scene)} is a ${correction.entry.kind} scene`;
    case 'moveScene': {
      const { scene, before, after } = correction.entry;
      return before !== undefined
        ? `${place(scene)} happens just before ${place(before)}`
        : `${place(scene)} happens just after ${place(after ?? '')}`;
    }
    case 'mergeCharacters':
      return `${correction.entry.from.map(person).join(', ')} merged into ${person(correction.entry.into)}`;
    case 'renameCharacters':
      return `${person(correction.entry.character)} renamed ${
        introduced.has(correction.entry.character) ? `“${correction.entry.name}”` : ''
      }`.trim();
    case 'splitCharacters':
      return `${person(correction.entry.character)} split in ${correction.entry.scenes.length} ${
        correction.entry.scenes.length === 1 ? 'scene' : 'scenes'
      }`;
  }
};
