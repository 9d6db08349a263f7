import type { TimelineLayout } from './layout';

/** One jump of the telling: story scene `from` is followed by story scene `to` = from + 1. */
export interface StoryJump {
  from: number;
  to: number;
  /** 'back' when the next scene told happened earlier in time. */
  direction: 'back' | 'forward';
}

/** Even adjacent scenes get a visible hump. */
const ARC_MIN_HEIGHT = 5;

/** Every pair of consecutive visible scenes in story order, with the direction of its jump in time. */
export function storyJumps(layout: TimelineLayout): StoryJump[] {
  const jumps: StoryJump[] = [];
  const scenes = layout.visible;
  for (let i = 0; i + 1 < scenes.length; i++) {
    const a = scenes[i];
    const b = scenes[i + 1];
    if (!a || !b) continue;
    jumps.push({
      from: i,
      to: i + 1,
      direction: b.chronoIndex < a.chronoIndex ? 'back' : 'forward',
    });
  }
  return jumps;
}

/**
 * Height (px) of an arc spanning dx px: grows with the square root of the span relative to the
 * plot, so a jump across the whole film just fills the band and short and long jumps stay apart.
 */
export const arcHeight = (dx: number, maxHeight: number, plotWidth: number): number =>
  Math.min(
    maxHeight,
    ARC_MIN_HEIGHT +
      (maxHeight - ARC_MIN_HEIGHT) * Math.sqrt(Math.abs(dx) / Math.max(1, plotWidth)),
  );

/**
 * SVG path of one jump arc between x1 and x2 (px) standing on baseY: backward jumps bulge up
 * (above the marks), forward jumps bulge down (below them).
 */
export function arcPath(
  x1: number,
  x2: number,
  baseY: number,
  direction: StoryJump['direction'],
  maxHeight: number,
  plotWidth: number,
): string {
  const h = arcHeight(x2 - x1, maxHeight, plotWidth) * (direction === 'back' ? -1 : 1);
  // A cubic with both control points at 4/3 h peaks at exactly h (Bezier midpoint = 3/4 of them).
  const cy = baseY + (h * 4) / 3;
  return `M${x1.toFixed(1)},${baseY}C${x1.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${baseY}`;
}

/** Stroke opacity of arcs: many arcs each get fainter, so dense films read as a texture, not ink. */
export const arcOpacity = (count: number): number =>
  Math.min(0.75, Math.max(0.1, 6 / Math.sqrt(Math.max(1, count))));
