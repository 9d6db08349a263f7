/**
 * The explorer's view state: what the viewer is looking at, never the film data itself (that lives
 * in the react-query cache). Every key here has one row in URL_KEYS (src/state/url.ts).
 */

/** Which order the timeline lays scenes out in. */
export type SceneOrder = 'story' | 'chrono';
/** The visible part of the timeline axis, as fractions 0..1 of its full length. */
export interface ZoomWindow {
  start: number;
  end: number;
}
/** Whether a scene must show any or all of the chosen characters to be highlighted. */
export type Match = 'any' | 'all';
/** How a mark's width is chosen: by its scene's text length or all equal. */
export type Sizing = 'text' | 'equal';
/** Which drawing of the film is shown: the timeline or the story curve. */
export type View = 'timeline' | 'curve';
/** Which page is open: the film explorer, the compare page or a reorder exercise. */
export type Page = 'explore' | 'compare' | 'exercise';

/**
 * How far into the film the viewer has watched, in story order:
 * - a number N >= 0: scenes with storyIndex <= N are shown;
 * - PREMISE_ONLY (-1): nothing but the premise;
 * - 'all': everything;
 * - null: not decided yet (the page asks "Have you seen it?").
 */
export type RevealLimit = number | 'all' | null;

/** The reveal limit that shows nothing but the premise. */
export const PREMISE_ONLY = -1;

/** The whole view state, as the store holds it and the URL projects it. */
export interface ViewState {
  film: string | null;
  order: SceneOrder;
  scene: string | null;
  chars: readonly string[];
  match: Match;
  reveal: RevealLimit;
  lanes: boolean;
  sizing: Sizing;
  zoom: ZoomWindow;
  view: View;
  page: Page;
  /** Present mode: one scene at a time, full screen, for a projector. */
  present: boolean;
  /** The reorder exercise's scene ids (page=exercise; empty = every scene). */
  ex: readonly string[];
  /** The student's submitted order as item indices, earliest event first (page=exercise). */
  answer: readonly number[] | null;
}

/** The whole axis: the zoom window of "fit". */
export const FIT: ZoomWindow = Object.freeze({ start: 0, end: 1 });

/** The state of a first visit with no link: no film, story order, nothing chosen. */
export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  film: null,
  order: 'story',
  scene: null,
  chars: Object.freeze([]) as readonly string[],
  match: 'any',
  reveal: null,
  lanes: false,
  sizing: 'text',
  zoom: FIT,
  view: 'timeline',
  page: 'explore',
  present: false,
  ex: Object.freeze([]) as readonly string[],
  answer: null,
});

/** The highest visible storyIndex for a film of `sceneCount` scenes (-1 = nothing drawn). */
export const effectiveRevealLimit = (reveal: RevealLimit, sceneCount: number): number => {
  if (reveal === 'all') return sceneCount - 1;
  if (reveal === null) return PREMISE_ONLY;
  return Math.max(PREMISE_ONLY, Math.min(reveal, sceneCount - 1));
};
