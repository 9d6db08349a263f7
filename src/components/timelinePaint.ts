import type { SceneKind } from '../model/film';
import {
  arcHeight,
  arcOpacity,
  fitLabel,
  KIND_STYLES,
  laneNodeWidth,
  lanePoints,
  METRICS,
  type Lane,
  type LaneNode,
  type StoryJump,
  type TimelineLayout,
  type VerticalLayout,
} from '../timeline';

/**
 * Canvas painting for large films: the same marks, arcs and lanes as the SVG renderer, drawn in a
 * few batched paths (one fill per kind and state) so 5,000 scenes paint in a few milliseconds.
 */
export interface PaintInput {
  layout: TimelineLayout;
  /** Current centres (axis units), one per visible scene. */
  centres: Float64Array;
  /** Maps axis units to px. */
  toPx: (u: number) => number;
  /** Px per axis unit at the current zoom. */
  pxPerUnit: number;
  width: number;
  /** Width of the plot area (px), the arcs' reference span. */
  plotWidth: number;
  height: number;
  vertical: VerticalLayout;
  /** Jump arcs to draw (empty unless settled in chronological order). */
  jumps: readonly StoryJump[];
  highlighted: ReadonlySet<string> | null;
  lanes: { lanes: Lane[]; nodes: LaneNode[] } | null;
}

/** Extra left room a label needs inside a mark (the chevron's notch). */
export const labelInset = (kind: SceneKind): number => (kind === 'flashforward' ? 6 : 0);

/** Above this many arcs, backward arcs are drawn solid (see paintTimeline). */
const DASHED_ARCS_MAX = 1500;

/** Marks thinner than this (px) are painted solid: patterns would only add noise. */
export const THIN_PX = 3;

/** Gap between neighbouring marks, px, shrinking for thin marks so they never vanish. */
export const markGap = (widthPx: number): number => (widthPx > 8 ? 2 : widthPx > 3 ? 1 : 0);

const hatchCache = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();
/** Diagonal hatching in the given colour (white over a filled mark; the kind's colour when dimmed). */
const hatchFor = (
  ctx: CanvasRenderingContext2D,
  colour = 'rgba(255,255,255,0.55)',
): CanvasPattern | null => {
  let byColour = hatchCache.get(ctx);
  if (!byColour) hatchCache.set(ctx, (byColour = new Map()));
  if (byColour.has(colour)) return byColour.get(colour) ?? null;
  const tile = document.createElement('canvas');
  tile.width = 6;
  tile.height = 6;
  const t = tile.getContext('2d');
  let pattern: CanvasPattern | null = null;
  if (t) {
    t.strokeStyle = colour;
    t.lineWidth = 1.5;
    t.beginPath();
    t.moveTo(-1, 7);
    t.lineTo(7, -1);
    t.moveTo(5, 7);
    t.lineTo(7, 5);
    t.moveTo(-1, 1);
    t.lineTo(1, -1);
    t.stroke();
    pattern = ctx.createPattern(tile, 'repeat');
  }
  byColour.set(colour, pattern);
  return pattern;
};

const chevronPath = (p: Path2D, x: number, y: number, w: number, h: number) => {
  const c = Math.min(8, w * 0.35);
  p.moveTo(x, y);
  p.lineTo(x + w - c, y);
  p.lineTo(x + w, y + h / 2);
  p.lineTo(x + w - c, y + h);
  p.lineTo(x, y + h);
  p.lineTo(x + c, y + h / 2);
  p.closePath();
};

/** Paints one frame of the timeline onto a 2D context already scaled for devicePixelRatio. */
export function paintTimeline(ctx: CanvasRenderingContext2D, input: PaintInput): void {
  const { layout, centres, toPx, pxPerUnit, width, height, vertical, highlighted } = input;
  ctx.clearRect(0, 0, width, height);
  const top = vertical.markTop;
  const h = METRICS.markHeight;

  if (input.jumps.length > 0) {
    const back = new Path2D();
    const fwd = new Path2D();
    for (const j of input.jumps) {
      const x1 = toPx(centres[j.from] ?? 0);
      const x2 = toPx(centres[j.to] ?? 0);
      if (Math.max(x1, x2) < 0 || Math.min(x1, x2) > width) continue;
      const isBack = j.direction === 'back';
      const base = isBack ? top - 2 : top + h + 2;
      const rise = arcHeight(x2 - x1, METRICS.arcBand - 6, input.plotWidth) * (isBack ? -1 : 1);
      const path = isBack ? back : fwd;
      path.moveTo(x1, base);
      path.bezierCurveTo(x1, base + (rise * 4) / 3, x2, base + (rise * 4) / 3, x2, base);
    }
    const alpha = arcOpacity(input.jumps.length);
    ctx.lineWidth = 1;
    ctx.strokeStyle = `rgba(154,52,18,${alpha})`;
    // Dashing thousands of curves costs tens of ms in software raster; past DASHED_ARCS_MAX the
    // back arcs stay distinct by side (above) and colour alone.
    if (input.jumps.length <= DASHED_ARCS_MAX) ctx.setLineDash([4, 3]);
    ctx.stroke(back);
    ctx.setLineDash([]);
    ctx.strokeStyle = `rgba(71,85,105,${alpha * 0.85})`;
    ctx.stroke(fwd);
  }

  if (input.lanes) {
    const px = new Float64Array(centres.length);
    for (let i = 0; i < centres.length; i++) px[i] = toPx(centres[i] ?? 0);
    ctx.lineWidth = 2;
    for (const lane of input.lanes.lanes) {
      const pts = lanePoints(lane, px, vertical.lanesTop);
      if (pts.length === 0) continue;
      ctx.strokeStyle = lane.color;
      ctx.beginPath();
      const [x0, y0] = pts[0] ?? [0, 0];
      ctx.moveTo(x0, y0);
      for (let k = 1; k < pts.length; k++) {
        const [xa, ya] = pts[k - 1] ?? [0, 0];
        const [xb, yb] = pts[k] ?? [0, 0];
        const mx = (xa + xb) / 2;
        ctx.bezierCurveTo(mx, ya, mx, yb, xb, yb);
      }
      ctx.stroke();
    }
    ctx.fillStyle = '#0f172a';
    const nw = laneNodeWidth(pxPerUnit / Math.max(1, layout.sceneCount));
    const nodes = new Path2D();
    for (const node of input.lanes.nodes) {
      const x = px[node.storyIndex] ?? 0;
      if (x < -4 || x > width + 4) continue;
      nodes.roundRect(
        x - nw / 2,
        vertical.lanesTop + node.top - nw / 2,
        nw,
        node.bottom - node.top + nw,
        nw / 2,
      );
    }
    ctx.fill(nodes);
  }

  // Batch marks by kind and state: one path per (kind, dimmed) pair.
  const kinds = Object.keys(KIND_STYLES) as SceneKind[];
  const labels: Array<[number, number, number]> = [];
  for (const kind of kinds) {
    const style = KIND_STYLES[kind];
    const full = new Path2D();
    const dim = new Path2D();
    const thin = new Path2D();
    let anyFull = false;
    let anyDim = false;
    layout.visible.forEach((scene, i) => {
      if (scene.kind !== kind) return;
      const wPx = (layout.widths[i] ?? 0) * pxPerUnit;
      const left = toPx(centres[i] ?? 0) - wPx / 2;
      if (left > width || left + wPx < 0) return;
      const gap = markGap(wPx);
      const x = left + gap / 2;
      const w = Math.max(1, wPx - gap);
      const dimmed = highlighted !== null && !highlighted.has(scene.id);
      const path = dimmed ? dim : full;
      if (dimmed) anyDim = true;
      else anyFull = true;
      // Hairline marks cannot show hatching or dashes: paint them in the kind's solid colour.
      const target = !dimmed && w < THIN_PX ? thin : path;
      if (kind === 'flashforward' && w > 6) chevronPath(target, x, top, w, h);
      else target.rect(x, top, w, h);
      if (!dimmed && w > 40) labels.push([i, x, w]);
    });
    if (anyFull) {
      ctx.fillStyle = style.color;
      ctx.fill(thin);
      ctx.fillStyle = style.fill;
      ctx.fill(full);
      if (style.shape === 'hatched') {
        const hatch = hatchFor(ctx);
        if (hatch) {
          ctx.fillStyle = hatch;
          ctx.fill(full);
        }
      }
      if (style.shape === 'dashed') {
        ctx.strokeStyle = style.color;
        ctx.lineWidth = 1.5;
        ctx.setLineDash([4, 2]);
        ctx.stroke(full);
        ctx.setLineDash([]);
      }
    }
    if (anyDim) {
      ctx.globalAlpha = 0.35;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = 1;
      if (style.shape === 'dashed') ctx.setLineDash([4, 2]);
      ctx.stroke(dim);
      ctx.setLineDash([]);
      // A dimmed flashback keeps its hatching, so a dimmed mark's kind does not rest on colour.
      const dimHatch = style.shape === 'hatched' ? hatchFor(ctx, style.color) : null;
      if (dimHatch) {
        ctx.fillStyle = dimHatch;
        ctx.fill(dim);
      }
      ctx.globalAlpha = 1;
    }
  }

  if (labels.length > 0) {
    ctx.font = '500 11px system-ui, -apple-system, "Segoe UI", sans-serif';
    ctx.textBaseline = 'middle';
    for (const [i, x, w] of labels) {
      const scene = layout.visible[i];
      if (!scene) continue;
      const inset = labelInset(scene.kind);
      const text = fitLabel(scene.title, w - inset);
      if (!text) continue;
      ctx.fillStyle = KIND_STYLES[scene.kind].ink;
      ctx.fillText(text, x + inset + 6, top + h / 2);
    }
  }
}
