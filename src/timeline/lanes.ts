import type { Film } from '../model/film';
import type { TimelineLayout } from './layout';
import { METRICS } from './metrics';

/**
 * One character's lane in the narrative-chart style: the line runs through the scenes the
 * character is in. Inside a scene, the chosen characters present gather around the mean of their
 * home rows, so lines converge where characters meet and part where they separate.
 */
export interface Lane {
  characterId: string;
  name: string;
  /** Home row (0 = first lane). */
  row: number;
  /** Colour of the line (not a kind colour: lanes are named, not coded). */
  color: string;
  /** storyIndex of each visible scene the character is in, in story order. */
  scenes: Int32Array;
  /** Y offset (px, relative to the lanes band's top) of the line at each of those scenes. */
  ys: Float64Array;
}

/** A gathering of chosen characters in one scene: the vertical node the lines pass through. */
export interface LaneNode {
  storyIndex: number;
  top: number;
  bottom: number;
}

/** Lane colours: distinct from the kind palette, all >= 4.5:1 on white so names stay readable. */
export const LANE_COLORS = [
  '#334155',
  '#b45309',
  '#0e7490',
  '#9d174d',
  '#4d7c0f',
  '#6d28d9',
  '#be123c',
  '#0369a1',
] as const;

/** Lays out lanes for the chosen characters over the visible scenes (unknown ids are skipped). */
export function laneLayout(
  film: Film,
  layout: TimelineLayout,
  characterIds: readonly string[],
): { lanes: Lane[]; nodes: LaneNode[] } {
  const byId = new Map(film.characters.map((c) => [c.id, c]));
  const chosen = characterIds.filter((id, i) => byId.has(id) && characterIds.indexOf(id) === i);
  const rowOf = new Map(chosen.map((id, row) => [id, row]));
  const homeY = (row: number) => row * METRICS.laneHeight + METRICS.laneHeight / 2;
  const perChar = new Map<string, { scenes: number[]; ys: number[] }>(
    chosen.map((id) => [id, { scenes: [], ys: [] }]),
  );
  const nodes: LaneNode[] = [];
  layout.visible.forEach((scene, i) => {
    const present = chosen.filter((id) => scene.characters.includes(id));
    if (present.length === 0) return;
    const rows = present.map((id) => rowOf.get(id) ?? 0);
    const centre = rows.reduce((a, r) => a + homeY(r), 0) / rows.length;
    const first = centre - ((present.length - 1) * METRICS.laneGroupSpacing) / 2;
    // Present characters keep their lane order inside the group, so lines never cross in a node.
    const sorted = present.slice().sort((a, b) => (rowOf.get(a) ?? 0) - (rowOf.get(b) ?? 0));
    sorted.forEach((id, k) => {
      const entry = perChar.get(id);
      entry?.scenes.push(i);
      entry?.ys.push(first + k * METRICS.laneGroupSpacing);
    });
    nodes.push({
      storyIndex: i,
      top: first,
      bottom: first + (present.length - 1) * METRICS.laneGroupSpacing,
    });
  });
  const lanes = chosen.map((id, row) => {
    const entry = perChar.get(id) ?? { scenes: [], ys: [] };
    return {
      characterId: id,
      name: byId.get(id)?.name ?? id,
      row,
      color: LANE_COLORS[row % LANE_COLORS.length] ?? '#334155',
      scenes: Int32Array.from(entry.scenes),
      ys: Float64Array.from(entry.ys),
    };
  });
  return { lanes, nodes };
}

/**
 * Points (px) a lane's line passes through, sorted left to right, given each visible scene's
 * current centre x (px, indexed by storyIndex) and the lanes band's top y.
 */
export function lanePoints(
  lane: Lane,
  centresPx: ArrayLike<number>,
  top: number,
): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let k = 0; k < lane.scenes.length; k++) {
    const s = lane.scenes[k] ?? 0;
    points.push([centresPx[s] ?? 0, top + (lane.ys[k] ?? 0)]);
  }
  return points.sort((a, b) => a[0] - b[0]);
}

/**
 * SVG path through a lane's points: a smooth S-bend between consecutive scenes (horizontal
 * tangents at each scene), the classic narrative-chart stroke.
 */
export function lanePath(points: ReadonlyArray<readonly [number, number]>): string {
  if (points.length === 0) return '';
  const [x0, y0] = points[0] ?? [0, 0];
  let d = `M${x0.toFixed(1)},${y0.toFixed(1)}`;
  if (points.length === 1) return `${d}h0.01`;
  for (let i = 1; i < points.length; i++) {
    const [xa, ya] = points[i - 1] ?? [0, 0];
    const [xb, yb] = points[i] ?? [0, 0];
    const mx = (xa + xb) / 2;
    d += `C${mx.toFixed(1)},${ya.toFixed(1)} ${mx.toFixed(1)},${yb.toFixed(1)} ${xb.toFixed(1)},${yb.toFixed(1)}`;
  }
  return d;
}

/** Width (px) of the lane nodes and dots: narrower when slots are thin, so dense films stay legible. */
export const laneNodeWidth = (slotPx: number): number => Math.min(6, Math.max(2, slotPx * 0.6));
