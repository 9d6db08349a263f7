import type { TimelineLayout } from './layout';
import type { AxisWindow, TimelineOrder } from './types';

/** One tick on the axis: the k-th slot (0-based) of the current order. */
export interface AxisTick {
  position: number;
  /** Centre of the slot in axis units. */
  x: number;
  label: string;
}

/** Tick labels stay at least this far apart (px). */
const MIN_TICK_SPACING_PX = 44;
const NICE_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000];

/** Axis title of each order; the arrow says which way time or telling runs. */
export const AXIS_TITLES: Readonly<Record<TimelineOrder, string>> = {
  story: 'Story order →',
  chrono: 'Chronological order →',
};

/** Slot-number ticks for the current order inside a window, thinned to a readable step. */
export function axisTicks(
  layout: TimelineLayout,
  order: TimelineOrder,
  window: AxisWindow,
  widthPx: number,
): AxisTick[] {
  const n = layout.sceneCount;
  if (n === 0 || widthPx <= 0) return [];
  const slotPx = widthPx / ((window.end - window.start) * n);
  const step = NICE_STEPS.find((s) => s * slotPx >= MIN_TICK_SPACING_PX) ?? n;
  const centres = order === 'story' ? layout.storySlotCenters : layout.chronoSlotCenters;
  const ticks: AxisTick[] = [];
  const pad = (window.end - window.start) * 0.02;
  for (let k = 0; k < n; k++) {
    // Slot 1 is always labelled, unless its neighbour tick would crowd it.
    if ((k + 1) % step !== 0 && !(k === 0 && step >= 5)) continue;
    const x = centres[k] ?? 0;
    if (x < window.start - pad || x > window.end + pad) continue;
    ticks.push({ position: k, x, label: String(k + 1) });
  }
  return ticks;
}

/** Average width of one character of the label font (11px system sans), in px. */
export const LABEL_CHAR_PX = 6.2;
const LABEL_PAD_PX = 6;
const MIN_LABEL_CHARS = 7;

/**
 * The part of a title that fits in a mark `widthPx` wide (char-width estimate: no DOM measuring),
 * ellipsised; null when too little of it would fit to be read.
 */
export function fitLabel(title: string, widthPx: number): string | null {
  const room = Math.floor((widthPx - 2 * LABEL_PAD_PX) / LABEL_CHAR_PX);
  if (title.length === 0) return null;
  if (title.length <= room) return title;
  // A stub like "Le…" says nothing: show a truncated title only if a real word's worth fits.
  if (room < MIN_LABEL_CHARS) return null;
  return `${title.slice(0, room - 1).trimEnd()}…`;
}
