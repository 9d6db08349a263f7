import type { Film, Scene } from '../model/film';
import { mulberry32 } from './random';

/**
 * The reorder exercise's pure logic: which scenes an exercise holds (a teacher's subset, capped),
 * a seeded random subset, the student's answer as a compact URL value, and the score.
 *
 * Shapes: an exercise is `ExerciseItem[]`, the chosen scenes in story order; item i is "item i".
 * An answer is a permutation `order` of 0..k-1: order[p] = the item the student put at position p
 * (earliest event first). The film's answer is the items sorted by chronoIndex.
 */

/** Most scenes one exercise holds: more is a chore to reorder and too long a link. */
export const MAX_EXERCISE_SCENES = 40;
/** Fewest scenes that make an exercise (one pair to order). */
export const MIN_EXERCISE_SCENES = 2;
/** How many scenes "a random subset" picks by default. */
export const RANDOM_SUBSET_SIZE = 10;
/** Unknown scene ids a notice names before it says "and N more". */
const LISTED_UNKNOWN = 5;

/**
 * One character per position in an answer; 62 symbols cover MAX_EXERCISE_SCENES with room to spare
 * and stay readable and URL-safe.
 */
const ANSWER_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One scene of an exercise: only what the student may see, plus its place in time for scoring. */
export interface ExerciseItem {
  /** 0-based position among the exercise's scenes in story order (the order they are dealt). */
  index: number;
  sceneId: string;
  title: string;
  text: string;
  /** 0-based rank in time among the exercise's scenes (the right answer's position). */
  timeRank: number;
}

/** An exercise read against its film, with a line for every part of the link that was dropped. */
export interface ResolvedExercise {
  items: ExerciseItem[];
  /** The submitted answer when it fits these items, else null. */
  answer: number[] | null;
  ignored: string[];
}

/**
 * The exercise's scenes in story order: the listed ids (empty = every scene), unknown ids dropped,
 * at most MAX_EXERCISE_SCENES (the first ones in story order); an answer that does not fit them is
 * dropped too. Each dropped part is reported.
 */
export function resolveExercise(
  film: Pick<Film, 'scenes'>,
  sceneIds: readonly string[],
  answer: readonly number[] | null = null,
): ResolvedExercise {
  const ignored: string[] = [];
  let scenes: Scene[];
  if (sceneIds.length === 0) scenes = film.scenes;
  else {
    const wanted = new Set(sceneIds);
    const known = new Set(film.scenes.map((s) => s.id));
    const unknown = sceneIds.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const named = unknown.slice(0, LISTED_UNKNOWN).join(', ');
      const more =
        unknown.length > LISTED_UNKNOWN ? ` and ${unknown.length - LISTED_UNKNOWN} more` : '';
      ignored.push(`ex: ${named}${more} (not in this film)`);
    }
    scenes = film.scenes.filter((s) => wanted.has(s.id));
  }
  if (scenes.length > MAX_EXERCISE_SCENES) {
    ignored.push(
      `ex (${scenes.length} scenes: an exercise holds at most ${MAX_EXERCISE_SCENES}, so it keeps the first ${MAX_EXERCISE_SCENES})`,
    );
    scenes = scenes.slice(0, MAX_EXERCISE_SCENES);
  }
  const ranks = new Map(
    [...scenes].sort((a, b) => a.chronoIndex - b.chronoIndex).map((s, rank) => [s.id, rank]),
  );
  const items = scenes.map((s, index) => ({
    index,
    sceneId: s.id,
    title: s.title,
    text: s.text,
    timeRank: ranks.get(s.id) ?? 0,
  }));
  let fitting: number[] | null = null;
  if (answer !== null) {
    if (answer.length === items.length && isPermutation(answer)) fitting = [...answer];
    else
      ignored.push(`answer (it orders ${answer.length} scenes, this exercise has ${items.length})`);
  }
  return { items, answer: fitting, ignored };
}

/**
 * `count` scenes drawn at random with a seed (the same seed, the same draw), returned in story
 * order; all of them when the film has no more than `count`.
 */
export function randomSubset(film: Pick<Film, 'scenes'>, count: number, seed: number): string[] {
  const ids = film.scenes.map((s) => s.id);
  if (count >= ids.length) return ids;
  const random = mulberry32(seed);
  // Partial Fisher-Yates over positions, then back to story order.
  const positions = ids.map((_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (positions.length - i));
    const a = positions[i] as number;
    positions[i] = positions[j] as number;
    positions[j] = a;
  }
  return positions
    .slice(0, Math.max(0, count))
    .sort((a, b) => a - b)
    .map((i) => ids[i] as string);
}

/** Whether `order` holds each of 0..order.length-1 exactly once. */
export const isPermutation = (order: readonly number[]): boolean => {
  const seen = new Array<boolean>(order.length).fill(false);
  for (const v of order) {
    if (!Number.isInteger(v) || v < 0 || v >= order.length || seen[v]) return false;
    seen[v] = true;
  }
  return true;
};

/** Writes an answer as one character per position ("2031"). */
export function encodeAnswer(order: readonly number[]): string {
  if (!isPermutation(order) || order.length > ANSWER_ALPHABET.length)
    throw new Error('an answer must be a permutation of the exercise items');
  return order.map((i) => ANSWER_ALPHABET[i]).join('');
}

/**
 * Reads an answer written by encodeAnswer; undefined when it is not one (unknown characters, a
 * repeat, a gap, too short or too long).
 */
export function decodeAnswer(raw: string): number[] | undefined {
  if (raw.length < MIN_EXERCISE_SCENES || raw.length > MAX_EXERCISE_SCENES) return undefined;
  const order = [...raw].map((c) => ANSWER_ALPHABET.indexOf(c));
  return isPermutation(order) ? order : undefined;
}

/** The dealt order: the items as the film tells them. */
export const storyOrder = (count: number): number[] => Array.from({ length: count }, (_, i) => i);

/** Where one item stands in the student's answer, against where it belongs. */
export interface PlacedItem {
  item: ExerciseItem;
  /** 0-based position the student gave it. */
  position: number;
  /** 0-based position it has in the film's time (its timeRank). */
  correct: number;
}

/** The score of an answer. */
export interface ExerciseScore {
  /** Pairs of items the student put in the same relative order as the film's time. */
  agreeing: number;
  /** All pairs: k(k-1)/2. */
  pairs: number;
  /** agreeing / pairs, 0..1 (1 = perfect; equals (Kendall's tau + 1) / 2). */
  agreement: number;
  /** Every item in the student's order, with its right place. */
  placed: PlacedItem[];
  /** How many items stand away from their right place. */
  misplaced: number;
}

/**
 * Scores an answer: the share of item pairs whose relative order matches the film's time
 * (pairwise agreement), and each item's position against its right one.
 */
export function scoreAnswer(
  items: readonly ExerciseItem[],
  order: readonly number[],
): ExerciseScore {
  if (order.length !== items.length || !isPermutation(order))
    throw new Error('the answer does not fit the exercise');
  const ranks = order.map((i) => items[i]?.timeRank ?? 0);
  let agreeing = 0;
  for (let a = 0; a < ranks.length; a++)
    for (let b = a + 1; b < ranks.length; b++) if ((ranks[a] ?? 0) < (ranks[b] ?? 0)) agreeing++;
  const pairs = (items.length * (items.length - 1)) / 2;
  const placed = order.map((i, position) => {
    const item = items[i] as ExerciseItem;
    return { item, position, correct: item.timeRank };
  });
  return {
    agreeing,
    pairs,
    agreement: pairs === 0 ? 1 : agreeing / pairs,
    placed,
    misplaced: placed.filter((p) => p.position !== p.correct).length,
  };
}

/** "In place", "2 places too early" or "1 place too late", from the student's and the right position. */
export const placement = (position: number, correct: number): string => {
  const off = Math.abs(position - correct);
  if (off === 0) return 'In place';
  return `${off} ${off === 1 ? 'place' : 'places'} too ${position < correct ? 'early' : 'late'}`;
};

/** Moves the entry at `from` to `to` (both clamped), returning a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  if (from < 0 || from >= next.length) return next;
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}
