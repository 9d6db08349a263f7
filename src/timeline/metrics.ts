/**
 * The timeline's vertical bands, top to bottom: backward-jump arcs, the marks, forward-jump arcs,
 * the axis, then one lane per chosen character. Heights are fixed so nothing jumps when the order
 * or the filter changes; only the lanes band grows with the number of lanes.
 */
export const METRICS = {
  padTop: 6,
  arcBand: 60,
  markHeight: 40,
  axisHeight: 34,
  lanesPadTop: 14,
  laneHeight: 26,
  padBottom: 10,
  /** Horizontal margin so the first and last marks' rings are not clipped. */
  marginX: 14,
  /** Within a scene, chosen characters' lines gather this many px apart (narrative chart). */
  laneGroupSpacing: 7,
} as const;

/** Y positions of each band for a timeline with `laneCount` lanes. */
export interface VerticalLayout {
  markTop: number;
  markBottom: number;
  axisY: number;
  lanesTop: number;
  laneY: (row: number) => number;
  height: number;
}

/** Computes the bands' y positions (px) for a given number of lanes. */
export function verticalLayout(laneCount: number): VerticalLayout {
  const m = METRICS;
  const markTop = m.padTop + m.arcBand;
  const markBottom = markTop + m.markHeight;
  const axisY = markBottom + m.arcBand;
  const lanesTop = axisY + m.axisHeight + (laneCount > 0 ? m.lanesPadTop : 0);
  const height = lanesTop + laneCount * m.laneHeight + m.padBottom;
  return {
    markTop,
    markBottom,
    axisY,
    lanesTop,
    laneY: (row) => lanesTop + row * m.laneHeight + m.laneHeight / 2,
    height,
  };
}
