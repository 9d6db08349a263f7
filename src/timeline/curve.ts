import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Block, BlockRelation, Film, SceneKind } from '../model';

/**
 * The story curve (Kim et al., "Story Curves", IEEE TVCG 2017): x is the order of telling
 * (storyIndex), y the order of events (chronoIndex, earliest at the bottom), each scene a
 * horizontal segment on one path. A linear film is a rising diagonal; a flashback is a drop.
 *
 * Phases, each a named shape: CurveFrame (drawing box) -> CurveScales (x per story slot, y per
 * chrono slot, both over the WHOLE film so nothing moves when the spoiler limit changes and a
 * hidden scene's slot stays empty) -> CurveMark[] (visible scenes only) -> path, location bands
 * and block boxes, all in the frame's pixel units.
 */

/** The drawing box of a curve, in SVG user units. */
export interface CurveFrame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** The full view's box (an SVG viewBox: it scales to the container's width). */
export const CURVE_FRAME: CurveFrame = {
  width: 1000,
  height: 560,
  margin: { top: 28, right: 16, bottom: 36, left: 44 },
};
/** The small multiple's box on the compare page. */
export const COMPACT_FRAME: CurveFrame = {
  width: 160,
  height: 96,
  margin: { top: 4, right: 4, bottom: 4, left: 4 },
};

/** Share of a story slot left free at each end of a segment, where the connector bends. */
const CONNECTOR_SHARE = 0.2;
/** Locations banded at most: the most frequent ones; the others stay unbanded. */
export const MAX_BANDED_LOCATIONS = 8;
/** Colours of the location bands (light, behind the curve; the legend names them). */
export const LOCATION_COLORS = [
  '#dbeafe',
  '#fde68a',
  '#d1fae5',
  '#fce7f3',
  '#e0e7ff',
  '#fed7aa',
  '#ccfbf1',
  '#ede9fe',
] as const;

/** x: left edge of story slot i (i in 0..n); y: centre of chrono slot c, earliest lowest. */
export interface CurveScales {
  x: ScaleLinear<number, number>;
  y: (chronoIndex: number) => number;
  slotWidth: number;
  slotHeight: number;
}

/** One visible scene on the curve. */
export interface CurveMark {
  sceneId: string;
  storyIndex: number;
  chronoIndex: number;
  kind: SceneKind;
  /** Segment ends and height, in frame units. */
  x0: number;
  x1: number;
  y: number;
}

/** A run of consecutive visible scenes (story order) at one location. */
export interface LocationBand {
  location: string;
  start: number;
  end: number;
  x0: number;
  x1: number;
  color: string;
}

/** A box around one block's visible segments; relation null when it must not be told. */
export interface BlockBox {
  id: string;
  start: number;
  end: number;
  relation: BlockRelation | null;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Everything the StoryCurve component draws, in frame units. */
export interface CurveGeometry {
  frame: CurveFrame;
  sceneCount: number;
  marks: CurveMark[];
  path: string;
  bands: LocationBand[];
  boxes: BlockBox[];
  /** The y of the flat line the curve grows from (the timeline it morphs from). */
  flatY: number;
}

/** Scales over the whole film of `sceneCount` scenes, hidden ones included. */
export const curveScales = (sceneCount: number, frame: CurveFrame): CurveScales => {
  const { width, height, margin } = frame;
  const n = Math.max(1, sceneCount);
  const x = scaleLinear()
    .domain([0, n])
    .range([margin.left, width - margin.right]);
  const bottom = height - margin.bottom;
  const slotHeight = (bottom - margin.top) / n;
  return {
    x,
    y: (c) => bottom - (c + 0.5) * slotHeight,
    slotWidth: (width - margin.left - margin.right) / n,
    slotHeight,
  };
};

/** The visible scenes' segments (storyIndex <= revealLimit), in story order. */
export const curveMarks = (
  film: Pick<Film, 'scenes'>,
  revealLimit: number,
  scales: CurveScales,
): CurveMark[] => {
  const pad = scales.slotWidth * CONNECTOR_SHARE;
  return film.scenes
    .filter((s) => s.storyIndex <= revealLimit)
    .map((s) => ({
      sceneId: s.id,
      storyIndex: s.storyIndex,
      chronoIndex: s.chronoIndex,
      kind: s.kind,
      x0: scales.x(s.storyIndex) + pad,
      x1: scales.x(s.storyIndex + 1) - pad,
      y: scales.y(s.chronoIndex),
    }));
};

const r = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * One SVG path through every segment: a horizontal run per scene and, between consecutive scenes,
 * a cubic bend with horizontal tangents (a drop for a jump back, a climb for a jump forward).
 */
export const curvePath = (marks: readonly Pick<CurveMark, 'x0' | 'x1' | 'y'>[]): string => {
  const parts: string[] = [];
  marks.forEach((m, i) => {
    const prev = marks[i - 1];
    if (!prev) parts.push(`M${r(m.x0)},${r(m.y)}`);
    else {
      const mid = (prev.x1 + m.x0) / 2;
      parts.push(`C${r(mid)},${r(prev.y)} ${r(mid)},${r(m.y)} ${r(m.x0)},${r(m.y)}`);
    }
    parts.push(`H${r(m.x1)}`);
  });
  return parts.join('');
};

/** Bands for runs of visible scenes at one of the film's most frequent locations. */
export const locationBands = (
  film: Pick<Film, 'scenes'>,
  revealLimit: number,
  scales: CurveScales,
): LocationBand[] => {
  const visible = film.scenes.filter((s) => s.storyIndex <= revealLimit);
  // Rank locations by visible scene count (ties by name), so colours never depend on hidden scenes.
  const counts = new Map<string, number>();
  for (const s of visible)
    if (s.location) counts.set(s.location, (counts.get(s.location) ?? 0) + 1);
  const colorOf = new Map<string, string>();
  [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_BANDED_LOCATIONS)
    .forEach(([name], i) => colorOf.set(name, LOCATION_COLORS[i % LOCATION_COLORS.length] ?? ''));
  const bands: LocationBand[] = [];
  for (const s of visible) {
    const color = s.location ? colorOf.get(s.location) : undefined;
    if (!s.location || !color) continue;
    const last = bands[bands.length - 1];
    if (last && last.location === s.location && last.end === s.storyIndex - 1) {
      last.end = s.storyIndex;
      last.x1 = scales.x(s.storyIndex + 1);
    } else
      bands.push({
        location: s.location,
        start: s.storyIndex,
        end: s.storyIndex,
        x0: scales.x(s.storyIndex),
        x1: scales.x(s.storyIndex + 1),
        color,
      });
  }
  return bands;
};

/**
 * Boxes around each block's visible scenes. A block cut by the spoiler limit ends at the limit,
 * and relations are withheld (null) unless the whole film is revealed: they are computed against
 * the whole film's main line, so they would hint at what comes later.
 */
export const blockBoxes = (
  blocks: readonly Block[],
  marks: readonly CurveMark[],
  revealLimit: number,
  scales: CurveScales,
  sceneCount: number,
): BlockBox[] => {
  const everything = revealLimit >= sceneCount - 1;
  const padY = Math.max(2, scales.slotHeight / 2);
  const boxes: BlockBox[] = [];
  for (const b of blocks) {
    if (b.start > revealLimit) continue;
    const end = Math.min(b.end, revealLimit);
    let lowY = -Infinity;
    let highY = Infinity;
    for (let i = b.start; i <= end; i++) {
      const m = marks[i];
      if (!m) continue;
      lowY = Math.max(lowY, m.y);
      highY = Math.min(highY, m.y);
    }
    if (!Number.isFinite(lowY)) continue;
    boxes.push({
      id: b.id,
      start: b.start,
      end,
      relation: everything ? b.relation : null,
      x0: scales.x(b.start),
      x1: scales.x(end + 1),
      y0: highY - padY,
      y1: lowY + padY,
    });
  }
  return boxes;
};

/** The whole curve of a film under a spoiler limit, in one frame. */
export const computeCurve = (
  film: Pick<Film, 'scenes' | 'blocks'>,
  revealLimit: number,
  frame: CurveFrame = CURVE_FRAME,
): CurveGeometry => {
  const scales = curveScales(film.scenes.length, frame);
  const marks = curveMarks(film, revealLimit, scales);
  return {
    frame,
    sceneCount: film.scenes.length,
    marks,
    path: curvePath(marks),
    bands: locationBands(film, revealLimit, scales),
    boxes: blockBoxes(film.blocks ?? [], marks, revealLimit, scales, film.scenes.length),
    flatY: (frame.margin.top + frame.height - frame.margin.bottom) / 2,
  };
};

/**
 * The morph between the timeline (story order: every scene on one flat line at its story x) and
 * the curve: x stays, y goes linearly from flatY to the curve's y. Because it is affine in y, the
 * component can animate one transform (scaleY about flatY) instead of every mark.
 */
export const morphY = (curveY: number, flatY: number, t: number): number =>
  flatY + (curveY - flatY) * Math.max(0, Math.min(1, t));
