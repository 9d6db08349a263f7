import type { Film, Scene } from '../model/film';
import type { Sizing, TimelineOrder } from './types';

/**
 * The timeline's layout in axis units (0..1 of the full axis), computed once per film, spoiler
 * limit and sizing; the order toggle only chooses which of the two precomputed x arrays is the
 * target. Every one of the film's n slots keeps its place in both orders, visible or not, so
 * nothing moves when the spoiler limit grows and a hidden scene's chronological slot stays empty.
 */
export interface TimelineLayout {
  /** Scenes in the film, hidden ones included (n). */
  sceneCount: number;
  /** Scenes the viewer may see (storyIndex <= limit), in story order; index i = storyIndex i. */
  visible: readonly Scene[];
  /** Width of each visible scene's slot, in axis units. */
  widths: Float64Array;
  /** Centre of each visible scene in story order, in axis units. */
  storyCenters: Float64Array;
  /** Centre of each visible scene in chronological order (its full-film chrono slot). */
  chronoCenters: Float64Array;
  /** 0-based rank of each visible scene in time, counting visible scenes only. */
  chronoRankVisible: Int32Array;
  /** Centre of the k-th slot of the whole film in story order (axis ticks), hidden slots included. */
  storySlotCenters: Float64Array;
  /** Centre of the k-th slot of the whole film in chronological order. */
  chronoSlotCenters: Float64Array;
}

/** Below this share of the mean, a short scene would become a hairline: give it at least this. */
const MIN_WIDTH_SHARE = 0.25;

/** Number of scenes drawn under a reveal limit (the highest visible storyIndex; -1 = none). */
export const visibleCount = (sceneCount: number, revealLimit: number): number =>
  Math.max(0, Math.min(sceneCount, Math.floor(revealLimit) + 1));

/**
 * Raw slot weights per storyIndex. By text, a slot grows with the square root of the text length
 * (a 4x longer scene is 2x wider, so short scenes stay visible). Hidden slots get the mean weight
 * of the visible ones, so their length is never leaked; films without any text fall back to equal.
 */
const slotWeights = (scenes: readonly Scene[], shown: number, sizing: Sizing): Float64Array => {
  const n = scenes.length;
  const weights = new Float64Array(n).fill(1);
  if (sizing === 'equal' || shown === 0) return weights;
  let sum = 0;
  for (let i = 0; i < shown; i++) sum += Math.sqrt(scenes[i]?.text.length ?? 0);
  const mean = sum / shown;
  if (mean === 0) return weights;
  let visibleSum = 0;
  for (let i = 0; i < shown; i++) {
    const w = MIN_WIDTH_SHARE * mean + Math.sqrt(scenes[i]?.text.length ?? 0);
    weights[i] = w;
    visibleSum += w;
  }
  const hiddenWeight = visibleSum / shown;
  for (let i = shown; i < n; i++) weights[i] = hiddenWeight;
  return weights;
};

/** Lays out a film's scenes in both orders under a spoiler limit (see TimelineLayout). */
export function computeLayout(film: Film, revealLimit: number, sizing: Sizing): TimelineLayout {
  const scenes = film.scenes;
  const n = scenes.length;
  const shown = visibleCount(n, revealLimit);
  const weights = slotWeights(scenes, shown, sizing);
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i] ?? 0;
  const unit = total > 0 ? 1 / total : 0;

  // storyOfChronoSlot[c] = storyIndex of the scene that happens c-th in time.
  const storyOfChronoSlot = new Int32Array(n);
  for (let i = 0; i < n; i++) storyOfChronoSlot[scenes[i]?.chronoIndex ?? i] = i;

  const storySlotCenters = new Float64Array(n);
  const storyCentersAll = new Float64Array(n);
  let x = 0;
  for (let k = 0; k < n; k++) {
    const w = (weights[k] ?? 0) * unit;
    storySlotCenters[k] = x + w / 2;
    storyCentersAll[k] = x + w / 2;
    x += w;
  }
  const chronoSlotCenters = new Float64Array(n);
  const chronoCentersAll = new Float64Array(n);
  x = 0;
  for (let c = 0; c < n; c++) {
    const s = storyOfChronoSlot[c] ?? 0;
    const w = (weights[s] ?? 0) * unit;
    chronoSlotCenters[c] = x + w / 2;
    chronoCentersAll[s] = x + w / 2;
    x += w;
  }

  const widths = new Float64Array(shown);
  for (let i = 0; i < shown; i++) widths[i] = (weights[i] ?? 0) * unit;

  // Rank in time among visible scenes: walk chrono slots in order, counting visible ones only.
  const chronoRankVisible = new Int32Array(shown);
  let rank = 0;
  for (let c = 0; c < n; c++) {
    const s = storyOfChronoSlot[c] ?? 0;
    if (s < shown) chronoRankVisible[s] = rank++;
  }

  return {
    sceneCount: n,
    visible: scenes.slice(0, shown),
    widths,
    storyCenters: storyCentersAll.slice(0, shown),
    chronoCenters: chronoCentersAll.slice(0, shown),
    chronoRankVisible,
    storySlotCenters,
    chronoSlotCenters,
  };
}

/** The centres (axis units) of the visible scenes in one order: the morph's target. */
export const centersFor = (layout: TimelineLayout, order: TimelineOrder): Float64Array =>
  order === 'story' ? layout.storyCenters : layout.chronoCenters;

/** English ordinal of a 1-based number ("1st", "22nd", "113th"). */
export const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
};

/** 0-based rank in time of each visible scene among the visible scenes only (spoiler-safe). */
export const chronoRankAmongVisible = (layout: TimelineLayout, storyIndex: number): number =>
  layout.chronoRankVisible[storyIndex] ?? -1;

/** "Scene 31 of 52 as told · 4th in time", the positions line shared by tooltip and table. */
export const positionsLabel = (layout: TimelineLayout, storyIndex: number): string =>
  `Scene ${storyIndex + 1} of ${layout.sceneCount} as told · ${ordinal(
    chronoRankAmongVisible(layout, storyIndex) + 1,
  )} in time`;
