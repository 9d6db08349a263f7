/**
 * Shapes shared by the timeline's pure maths. They mirror C1's view-state types structurally
 * (`SceneOrder`, `ZoomWindow` in src/state/viewState.ts), so either can be passed to the other.
 */

/** Which order the timeline lays scenes out in. */
export type TimelineOrder = 'story' | 'chrono';

/** The visible part of the axis, as fractions 0..1 of its full length. */
export interface AxisWindow {
  start: number;
  end: number;
}

/** How a mark's width is chosen: by its scene's text length or all equal. */
export type Sizing = 'text' | 'equal';
