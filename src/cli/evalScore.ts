import type { Film, Scene } from '../model';
import { occurrences, type Gold } from './evalGold';

/**
 * The measures of /work/shared/EVAL-FORMAT.md, as pure functions of (film, gold, document text).
 * Shapes: an anchor is located at its text offset, then in the scene whose span (for the gold's
 * file) holds that offset; pairs of located anchors are then judged by the film's indices.
 */

/** Folds a name or field for comparison: accents and case ignored, spacing collapsed. */
export const fold = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/** One gold event placed in the document and in the film. */
export interface LocatedEvent {
  anchor: string;
  chrono: number;
  /** UTF-16 offset of the anchor's first character in the document. */
  offset: number;
  /** The scene whose span holds the offset, or null when no scene does. */
  scene: Scene | null;
}

/** A pair the film gets wrong, with what a developer needs to see why. */
export interface WrongPair {
  a: LocatedEvent;
  b: LocatedEvent;
  /** Why it is wrong: a missing scene, the chronoIndex order, or the order inside one scene. */
  reason: 'no-scene' | 'chrono-order' | 'same-scene-order';
}

/** Right pairs out of all pairs, with the accuracy (1 when there are no pairs). */
export interface Ratio {
  right: number;
  total: number;
  value: number;
}

/** How one film character or gold character fared in the matching. */
export interface CharacterScore {
  precision: Ratio;
  recall: Ratio;
  /** Gold characters (their names) no film character matches. */
  missed: string[];
  /** Film characters (their names) matching no gold character; `notCharacter` marks named non-people. */
  spurious: { name: string; notCharacter: boolean }[];
  /** Gold characters matched by more than one film character (the film split one person). */
  split: string[];
}

/** A metadata field the gold states, the film's value and whether they agree. */
export interface MetadataCheck {
  field: 'title' | 'year' | 'director' | 'runtimeMinutes';
  gold: string | number;
  film: string | number | null;
  ok: boolean;
}

/** Every measure for one document. */
export interface DocumentScore {
  file: string;
  chrono: Ratio;
  /** Baseline: the same pairs scored as if chronoIndex were storyIndex (the film left in text order). */
  baseline: Ratio;
  /** The document's own text-order baseline: anchors in text order, whatever the film's scenes. */
  textOrder: Ratio;
  /** Story-order check: pairs in different scenes whose storyIndex follows text order. */
  storyOrder: Ratio;
  characters: CharacterScore;
  /** Boilerplate occurrences whose first character lies inside a scene's span. */
  leaks: { text: string; offset: number; sceneId: string }[];
  /** Anchors found in the document whose offset lies in no scene: story text the film lost. */
  lost: number;
  metadata: MetadataCheck[];
  /** Scenes with a span in this document. */
  scenes: number;
  wrongPairs: WrongPair[];
  events: LocatedEvent[];
}

const ratio = (right: number, total: number): Ratio => ({
  right,
  total,
  value: total === 0 ? 1 : right / total,
});

/** The first scene, in story order, with a span of `file` holding `offset` (end exclusive). */
export const sceneAt = (film: Film, file: string, offset: number): Scene | null =>
  film.scenes.find((s) =>
    s.sources.some((sp) => sp.file === file && sp.start <= offset && offset < sp.end),
  ) ?? null;

/** Places every gold event at its anchor's (first) offset and in its scene. */
export const locateEvents = (film: Film, gold: Gold, text: string): LocatedEvent[] =>
  gold.events.map((e) => {
    const offset = occurrences(text, e.anchor)[0] ?? -1;
    return {
      anchor: e.anchor,
      chrono: e.chrono,
      offset,
      scene: offset < 0 ? null : sceneAt(film, gold.file, offset),
    };
  });

/**
 * Pairwise chronological accuracy, and the pairs it counts wrong. `order` picks the scene index
 * that stands for story-world time: `chronoIndex` for the score, `storyIndex` for the baseline
 * that scores the film as if it had not reordered anything.
 */
export const chronoAccuracy = (
  events: readonly LocatedEvent[],
  order: 'chronoIndex' | 'storyIndex' = 'chronoIndex',
): { ratio: Ratio; wrong: WrongPair[] } => {
  let right = 0;
  let total = 0;
  const wrong: WrongPair[] = [];
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i];
      const b = events[j];
      if (!a || !b || a.chrono === b.chrono) continue;
      total++;
      const goldSign = Math.sign(a.chrono - b.chrono);
      if (!a.scene || !b.scene) wrong.push({ a, b, reason: 'no-scene' });
      else if (a.scene !== b.scene) {
        if (Math.sign(a.scene[order] - b.scene[order]) === goldSign) right++;
        else wrong.push({ a, b, reason: 'chrono-order' });
      } else if (Math.sign(a.offset - b.offset) === goldSign) right++;
      else wrong.push({ a, b, reason: 'same-scene-order' });
    }
  return { ratio: ratio(right, total), wrong };
};

/** The text-order baseline: pairs with different ranks judged right when text order agrees with gold. */
export const textOrderBaseline = (events: readonly LocatedEvent[]): Ratio => {
  let right = 0;
  let total = 0;
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i];
      const b = events[j];
      if (!a || !b || a.chrono === b.chrono) continue;
      total++;
      if (Math.sign(a.offset - b.offset) === Math.sign(a.chrono - b.chrono)) right++;
    }
  return ratio(right, total);
};

/** Story-order check: over pairs of anchors in different scenes, storyIndex must follow text order. */
export const storyOrderCheck = (events: readonly LocatedEvent[]): Ratio => {
  let right = 0;
  let total = 0;
  for (let i = 0; i < events.length; i++)
    for (let j = i + 1; j < events.length; j++) {
      const a = events[i];
      const b = events[j];
      if (!a?.scene || !b?.scene || a.scene === b.scene) continue;
      total++;
      if (Math.sign(a.scene.storyIndex - b.scene.storyIndex) === Math.sign(a.offset - b.offset))
        right++;
    }
  return ratio(right, total);
};

const namesOf = (c: { name: string; aliases: readonly string[] }): Set<string> =>
  new Set([c.name, ...c.aliases].map(fold).filter(Boolean));

const meets = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
  for (const n of x) if (y.has(n)) return true;
  return false;
};

/**
 * Character precision and recall: a film character matches a gold character when any of its
 * names equals any of the gold's names (folded); characters naming an `alsoOk` entry are left
 * out of both counts, on the film side and on the gold side.
 */
export const scoreCharacters = (film: Film, gold: Gold): CharacterScore => {
  const alsoOk = new Set(gold.alsoOk.map(fold));
  const notChars = new Set(gold.notCharacters.map(fold));
  const goldChars = gold.characters
    .map((c) => ({ name: c.name, names: namesOf(c) }))
    .filter((c) => !meets(c.names, alsoOk));
  const filmChars = film.characters
    .map((c) => ({ name: c.name, names: namesOf(c) }))
    .filter((c) => !meets(c.names, alsoOk));

  const matchCount = new Map<string, number>();
  const spurious: CharacterScore['spurious'] = [];
  let filmMatched = 0;
  for (const fc of filmChars) {
    const hits = goldChars.filter((gc) => meets(fc.names, gc.names));
    if (hits.length) filmMatched++;
    else spurious.push({ name: fc.name, notCharacter: meets(fc.names, notChars) });
    for (const gc of hits) matchCount.set(gc.name, (matchCount.get(gc.name) ?? 0) + 1);
  }
  const missed = goldChars.filter((gc) => !matchCount.has(gc.name)).map((gc) => gc.name);
  const split = goldChars.filter((gc) => (matchCount.get(gc.name) ?? 0) > 1).map((gc) => gc.name);
  // A film with no characters has not earned a perfect precision against a gold that lists some.
  const precision =
    filmChars.length === 0 && goldChars.length > 0
      ? { right: 0, total: 0, value: 0 }
      : ratio(filmMatched, filmChars.length);
  return {
    precision,
    recall: ratio(goldChars.length - missed.length, goldChars.length),
    missed,
    spurious,
    split,
  };
};

/** Boilerplate leaks: every occurrence of a boilerplate string whose first character lies in a scene. */
export const findLeaks = (film: Film, gold: Gold, text: string): DocumentScore['leaks'] =>
  gold.boilerplate.flatMap((b) =>
    occurrences(text, b).flatMap((offset) => {
      const scene = sceneAt(film, gold.file, offset);
      return scene ? [{ text: b, offset, sceneId: scene.id }] : [];
    }),
  );

const METADATA_FIELDS = ['title', 'year', 'director', 'runtimeMinutes'] as const;

/** The metadata fields the gold states (non-null), each compared after case and accent folding. */
export const checkMetadata = (film: Film, gold: Gold): MetadataCheck[] =>
  METADATA_FIELDS.flatMap((field) => {
    const want = gold[field];
    if (want === null) return [];
    const got = film[field];
    const ok = got !== null && fold(String(got)) === fold(String(want));
    return [{ field, gold: want, film: got, ok }];
  });

/** Scores one document's gold file against the film that the document fed. */
export const scoreDocument = (film: Film, gold: Gold, text: string): DocumentScore => {
  const events = locateEvents(film, gold, text);
  const { ratio: chrono, wrong } = chronoAccuracy(events);
  return {
    file: gold.file,
    chrono,
    baseline: chronoAccuracy(events, 'storyIndex').ratio,
    textOrder: textOrderBaseline(events),
    storyOrder: storyOrderCheck(events),
    characters: scoreCharacters(film, gold),
    leaks: findLeaks(film, gold, text),
    lost: events.filter((e) => e.offset >= 0 && e.scene === null).length,
    metadata: checkMetadata(film, gold),
    scenes: film.scenes.filter((s) => s.sources.some((sp) => sp.file === gold.file)).length,
    wrongPairs: wrong,
    events,
  };
};

/** The score of a document no film came from: every pair wrong, every gold character missed. */
export const scoreMissingFilm = (gold: Gold, text: string): DocumentScore => {
  const empty: Film = {
    schemaVersion: 1,
    id: 'missing',
    title: 'missing',
    aka: [],
    year: null,
    runtimeMinutes: null,
    director: null,
    language: null,
    genres: [],
    premise: null,
    sources: [],
    characters: [],
    scenes: [],
  };
  return scoreDocument(empty, gold, text);
};
