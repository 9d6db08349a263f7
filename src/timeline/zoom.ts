import type { AxisWindow } from './types';

/** The whole axis. */
export const FULL_WINDOW: AxisWindow = { start: 0, end: 1 };

/** The deepest zoom shows about this many average slots across the view. */
const MIN_SLOTS_IN_VIEW = 3;
/** Never zoom deeper than this span, whatever the film's length (float precision). */
const MIN_SPAN_FLOOR = 1e-4;

/** Smallest window span worth zooming to for a film of n scenes. */
export const minSpanFor = (sceneCount: number): number =>
  Math.min(1, Math.max(MIN_SPAN_FLOOR, MIN_SLOTS_IN_VIEW / Math.max(1, sceneCount)));

/** Keeps a window inside 0..1 with a span between minSpan and 1, preserving its centre if it can. */
export function clampWindow(w: AxisWindow, minSpan = MIN_SPAN_FLOOR): AxisWindow {
  const rawSpan = Number.isFinite(w.end - w.start) ? w.end - w.start : 1;
  const span = Math.min(1, Math.max(minSpan, rawSpan));
  const centre = Number.isFinite(w.start + w.end) ? (w.start + w.end) / 2 : 0.5;
  let start = centre - span / 2;
  start = Math.min(1 - span, Math.max(0, start));
  return { start, end: start + span };
}

/**
 * Zooms by `factor` (> 1 zooms in) keeping the axis point under `anchor` (0..1 across the view)
 * where it is, as wheel and pinch do around the pointer.
 */
export function zoomAround(
  w: AxisWindow,
  factor: number,
  anchor: number,
  minSpan = MIN_SPAN_FLOOR,
): AxisWindow {
  const span = w.end - w.start;
  const newSpan = Math.min(1, Math.max(minSpan, span / factor));
  const pivot = w.start + anchor * span;
  const start = pivot - anchor * newSpan;
  return clampWindow({ start, end: start + newSpan }, minSpan);
}

/** Pans by a fraction of the view's width (positive moves the window right, towards the end). */
export function panBy(w: AxisWindow, viewFraction: number): AxisWindow {
  const span = w.end - w.start;
  const start = Math.min(1 - span, Math.max(0, w.start + viewFraction * span));
  return { start, end: start + span };
}

/** Pans the least needed so the axis interval [a, b] lies inside the window (with a margin). */
export function revealInterval(w: AxisWindow, a: number, b: number): AxisWindow {
  const span = w.end - w.start;
  const margin = span * 0.05;
  if (a >= w.start + margin && b <= w.end - margin) return w;
  const start = a < w.start + margin ? a - margin : b + margin - span;
  const clamped = Math.min(1 - span, Math.max(0, start));
  return { start: clamped, end: clamped + span };
}

/** Maps axis units to pixels across a plot of `width` px showing window w. */
export const unitToPx = (u: number, w: AxisWindow, width: number): number =>
  ((u - w.start) / (w.end - w.start)) * width;

/** True if two windows are equal to within float noise (avoids redundant store updates). */
export const sameWindow = (a: AxisWindow, b: AxisWindow): boolean =>
  Math.abs(a.start - b.start) < 1e-9 && Math.abs(a.end - b.end) < 1e-9;
