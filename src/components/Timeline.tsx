import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type JSX,
  type ReactNode,
} from 'react';
import type { Film } from '../model/film';
import type { SceneOrder, ZoomWindow } from '../state/viewState';
import {
  axisTicks,
  centersFor,
  clampWindow,
  computeLayout,
  KIND_STYLES,
  laneLayout,
  laneNodeWidth,
  lanePath,
  lanePoints,
  METRICS,
  minSpanFor,
  revealInterval,
  storyJumps,
  verticalLayout,
  zoomAround,
} from '../timeline';
import {
  layerPositions,
  placeSceneLayer,
  SCENE_GROUP_SIZE,
  TimelineA11yLayer,
} from './TimelineA11yLayer';
import { TimelineArcs } from './TimelineArcs';
import { TimelineAxis } from './TimelineAxis';
import { TimelineLanes } from './TimelineLanes';
import { markTransform, TimelineMarks } from './TimelineMarks';
import { TimelineTooltip } from './TimelineTooltip';
import { ZoomControls } from './ZoomControls';
import { paintTimeline } from './timelinePaint';
import { prefersReducedMotion, useMorph, type MorphFrame } from './useMorph';
import { useElementWidth } from './useElementWidth';
import { usePanZoom } from './usePanZoom';
import { TimelineBlocks } from './TimelineBlocks';

/** Above this many visible scenes, marks, arcs and lanes are painted on a canvas instead of SVG. */
export const CANVAS_THRESHOLD = 600;
/** The buttons zoom by this factor. */
const ZOOM_STEP = 1.6;
/** Name of the performance mark set once a film's marks are first painted (read by bench:ui). */
export const RENDERED_MARK = 'fabula:timeline-rendered';
const ARC_FADE_MS = 220;
/** Accessible elements moved per frame after a morph: one containment group per frame. */
const LAYER_CHUNK = SCENE_GROUP_SIZE;
const EMPTY_LAYOUT = computeLayout({ scenes: [] } as unknown as Film, -1, 'equal');
const RING_PAD = 3;
/** Block brackets: gap above the marks and length of their end ticks, in pixels. */
const BRACKET_GAP = 6;
const BRACKET_TICK = 4;

/** Props of the timeline; see the contract in /work/notes/C-shared.md. */
export interface TimelineProps {
  film: Film;
  order: SceneOrder;
  /** Highest storyIndex the viewer may see (spoiler limit); scenes beyond are not drawn at all. */
  revealLimit: number;
  /** Scene ids highlighted by the character filter; null = no filter (all scenes full strength). */
  highlighted: ReadonlySet<string> | null;
  selectedSceneId: string | null;
  /** Character ids to draw lanes for when lanes are on; null = lanes off. */
  lanes: readonly string[] | null;
  sizing: 'text' | 'equal';
  /** {start:0,end:1} = fit. */
  zoom: ZoomWindow;
  onSelectScene: (sceneId: string) => void;
  /** Continuous change: the caller replaces the history entry. */
  onZoomChange: (zoom: ZoomWindow) => void;
  /**
   * Optional overlay drawn in SVG over the marks (e.g. block brackets), in both renderers; hidden
   * while a morph runs, since it is laid out for the target order.
   */
  decorations?: (geometry: TimelineGeometry) => ReactNode;
}

/** Geometry handed to `decorations`, in px of the timeline's plot, for the current order. */
export interface TimelineGeometry {
  order: SceneOrder;
  /** Extent of a visible scene (by storyIndex) in the current order; null if hidden or off-screen. */
  extentOf: (storyIndex: number) => { x0: number; x1: number } | null;
  markTop: number;
  markBottom: number;
  axisY: number;
  width: number;
}

/**
 * The film as a horizontal timeline of scene marks that morph between story order and
 * chronological order. d3 computes (src/timeline), React renders the structure, and the morph
 * moves marks by writing attributes (SVG) or repainting (canvas, for large films) each frame.
 */
export function Timeline(props: TimelineProps): JSX.Element {
  const { film, order, revealLimit, highlighted, selectedSceneId, lanes, sizing, zoom } = props;
  const { onSelectScene, onZoomChange, decorations } = props;
  const decorRef = useRef<SVGGElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const marksRef = useRef<SVGGElement>(null);
  const arcsRef = useRef<SVGGElement>(null);
  const linesRef = useRef<SVGGElement>(null);
  const nodesRef = useRef<SVGGElement>(null);
  const ringRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const settledRef = useRef(true);
  const [hover, setHover] = useState<number | null>(null);

  const width = useElementWidth(plotRef);
  const layout = useMemo(
    () => computeLayout(film, revealLimit, sizing),
    [film, revealLimit, sizing],
  );
  const laneData = useMemo(
    () => (lanes && lanes.length > 0 ? laneLayout(film, layout, lanes) : null),
    [film, layout, lanes],
  );
  const vertical = verticalLayout(laneData?.lanes.length ?? 0);
  const plotWidth = Math.max(1, (width ?? 0) - 2 * METRICS.marginX);
  const minSpan = minSpanFor(layout.sceneCount);
  const win = useMemo(() => clampWindow(zoom, minSpan), [zoom, minSpan]);
  const pxPerUnit = plotWidth / (win.end - win.start);
  const toPx = useCallback(
    (u: number) => METRICS.marginX + (u - win.start) * pxPerUnit,
    [win.start, pxPerUnit],
  );
  const target = centersFor(layout, order);
  const useCanvas = layout.visible.length > CANVAS_THRESHOLD;
  // Large films: paint the canvas first, add the thousands of accessible buttons a task later.
  const deferredLayout = useDeferredValue(layout, EMPTY_LAYOUT);
  const layerLayout = useCanvas ? deferredLayout : layout;
  const jumps = useMemo(() => (order === 'chrono' ? storyJumps(layout) : []), [layout, order]);
  const ticks = useMemo(
    () => axisTicks(layout, order, win, plotWidth),
    [layout, order, win, plotWidth],
  );
  const selectedIndex = useMemo(
    () => layout.visible.findIndex((s) => s.id === selectedSceneId),
    [layout, selectedSceneId],
  );
  const targetPx = useMemo(() => {
    const px = new Float64Array(target.length);
    for (let i = 0; i < target.length; i++) px[i] = toPx(target[i] ?? 0);
    return px;
  }, [target, toPx]);

  // Where the accessible layer's elements go in the current order; written only when it changes.
  const layerTarget = useMemo(
    () => layerPositions(layerLayout, centersFor(layerLayout, order)),
    [layerLayout, order],
  );
  const placedRef = useRef<readonly string[] | null>(null);
  // Large layers move in slices of LAYER_CHUNK elements per frame, so no frame restyles them all.
  const placeLayer = (): Promise<void> | undefined => {
    const layer = layerRef.current;
    const positions = layerTarget;
    if (!layer || placedRef.current === positions) return undefined;
    placedRef.current = positions;
    const items = Array.from(layer.querySelectorAll<HTMLElement>('[data-story-index]'));
    const finish = () => {
      layer.dataset.order = order;
    };
    if (items.length <= LAYER_CHUNK) {
      placeSceneLayer(layer, positions);
      finish();
      return undefined;
    }
    return new Promise((resolve) => {
      let k = 0;
      const step = () => {
        if (placedRef.current !== positions) return resolve(); // superseded by a newer order
        const end = Math.min(items.length, k + LAYER_CHUNK);
        for (; k < end; k++) {
          const el = items[k];
          if (el) el.style.left = positions[Number(el.dataset.storyIndex)] ?? '0%';
        }
        if (k < items.length) requestAnimationFrame(step);
        else {
          finish();
          resolve();
        }
      };
      step();
    });
  };

  // Paints one frame from live centres. SVG: move the existing elements; canvas: repaint.
  const draw: MorphFrame = (centres, settled) => {
    const wasSettled = settledRef.current;
    settledRef.current = settled;
    if (width === null) return;
    if (useCanvas) {
      const canvas = canvasRef.current;
      const ctx = canvas?.getContext('2d');
      if (canvas && ctx) {
        const dpr = canvas.width / Math.max(1, width);
        ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
        paintTimeline(ctx, {
          layout,
          centres,
          toPx,
          pxPerUnit,
          width,
          // Arc heights follow the jump's length in the film, not on screen: zooming keeps shapes.
          plotWidth: plotWidth / (win.end - win.start),
          height: vertical.height,
          vertical,
          jumps: settled ? jumps : [],
          highlighted,
          lanes: laneData,
        });
      }
    } else {
      const marks = marksRef.current?.children;
      if (marks) {
        for (let i = 0; i < centres.length; i++) {
          const w = (layout.widths[i] ?? 0) * pxPerUnit;
          marks[i]?.setAttribute(
            'transform',
            markTransform(toPx(centres[i] ?? 0) - w / 2, vertical.markTop),
          );
        }
      }
      const arcs = arcsRef.current;
      if (arcs) {
        arcs.style.opacity = settled ? '' : '0';
        if (settled && !wasSettled && !prefersReducedMotion())
          arcs.animate?.([{ opacity: 0 }, { opacity: 1 }], {
            duration: ARC_FADE_MS,
            easing: 'ease-out',
          });
      }
      if (laneData) {
        const px = new Float64Array(centres.length);
        for (let i = 0; i < centres.length; i++) px[i] = toPx(centres[i] ?? 0);
        const lines = linesRef.current?.children;
        laneData.lanes.forEach((lane, k) =>
          lines?.[k]?.setAttribute('d', lanePath(lanePoints(lane, px, vertical.lanesTop))),
        );
        const nodes = nodesRef.current?.children;
        laneData.nodes.forEach((node, k) =>
          nodes?.[k]?.setAttribute(
            'transform',
            `translate(${(px[node.storyIndex] ?? 0).toFixed(2)},0)`,
          ),
        );
      }
    }
    if (decorRef.current) decorRef.current.style.opacity = settled ? '' : '0';
    // The accessible layer switches order once, when the marks have arrived.
    const pending = settled ? placeLayer() : undefined;
    const ring = ringRef.current;
    if (ring && selectedIndex >= 0) {
      const w = (layout.widths[selectedIndex] ?? 0) * pxPerUnit;
      ring.style.transform = `translateX(${(toPx(centres[selectedIndex] ?? 0) - w / 2 - RING_PAD).toFixed(2)}px)`;
    }
    return pending;
  };

  // Same film, same scenes shown: a new target (order or sizing) morphs; anything else snaps.
  const morphKey = `${film.id}|${layout.visible.length}`;
  const { current, isMorphing } = useMorph({ rootRef, target, layoutKey: morphKey, draw });
  // After every commit: the canvas has no React-owned marks, and a running morph must win over
  // the target positions React just wrote.
  useLayoutEffect(() => {
    if (useCanvas || isMorphing()) draw(current.current, !isMorphing());
    else void placeLayer();
  });

  usePanZoom(plotRef, { window: win, minSpan, marginX: METRICS.marginX, plotWidth, onZoomChange });

  // Mark the first paint of each film for bench:ui (after the commit, in the next frame).
  const measured = width !== null;
  useEffect(() => {
    if (!measured) return;
    // The marks are in the DOM or on the canvas by now; this frame's rAF precedes their paint.
    const frame = requestAnimationFrame(() =>
      performance.mark(RENDERED_MARK, { detail: { film: film.id, scenes: film.scenes.length } }),
    );
    return () => cancelAnimationFrame(frame);
  }, [film.id, film.scenes.length, measured]);

  // Keep the selected scene in view and keep keyboard focus on it as the selection steps.
  const selectedCentre = selectedIndex >= 0 ? (target[selectedIndex] ?? null) : null;
  const selectedWidth = selectedIndex >= 0 ? (layout.widths[selectedIndex] ?? 0) : 0;
  useEffect(() => {
    if (selectedCentre === null) return;
    const next = revealInterval(
      win,
      selectedCentre - selectedWidth / 2,
      selectedCentre + selectedWidth / 2,
    );
    if (next !== win) onZoomChange(next);
    const active = document.activeElement;
    if (
      selectedSceneId &&
      active instanceof HTMLElement &&
      active.dataset.sceneId &&
      active.dataset.sceneId !== selectedSceneId
    ) {
      plotRef.current
        ?.querySelector<HTMLElement>(`[data-scene-id="${CSS.escape(selectedSceneId)}"]`)
        ?.focus({ preventScroll: true });
    }
    // Only when the selection or the order moves the scene, not on every pan.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedSceneId, selectedCentre]);

  // Stable handlers for the accessible layer (they read the latest props through a ref), so an
  // order toggle or a pan never re-renders thousands of buttons.
  const latest = useRef({ target, layout, win, onZoomChange, onSelectScene });
  useLayoutEffect(() => {
    latest.current = { target, layout, win, onZoomChange, onSelectScene };
  });
  const onFocusScene = useCallback((i: number) => {
    setHover(i);
    const { target: t, layout: l, win: w, onZoomChange: zoomTo } = latest.current;
    const c = t[i] ?? 0;
    const half = (l.widths[i] ?? 0) / 2;
    const next = revealInterval(w, c - half, c + half);
    if (next !== w) zoomTo(next);
  }, []);
  const onSelect = useCallback((id: string) => latest.current.onSelectScene(id), []);

  const span = win.end - win.start;
  const trackWidth = plotWidth / span;
  const hovered = hover !== null ? layout.visible[hover] : undefined;
  const selectedWidthPx = selectedWidth * pxPerUnit;
  const dpr = typeof window !== 'undefined' ? Math.min(3, window.devicePixelRatio || 1) : 1;
  const counts = useMemo(() => {
    const c = { present: 0, flashback: 0, recounted: 0, flashforward: 0 };
    for (const s of layout.visible) c[s.kind]++;
    return c;
  }, [layout]);

  return (
    <div
      ref={rootRef}
      className="flex flex-col gap-1"
      data-timeline-root=""
      data-order={order}
      data-renderer={useCanvas ? 'canvas' : 'svg'}
      data-visible-count={layout.visible.length}
    >
      <div className="flex flex-wrap items-center justify-between gap-2 px-1 text-xs text-slate-600">
        <p>
          {layout.visible.length === 0
            ? 'No scenes revealed yet.'
            : `${layout.visible.length} of ${layout.sceneCount} scenes shown`}
        </p>
        <ZoomControls
          canZoomIn={span > minSpan + 1e-9}
          canZoomOut={span < 1}
          onZoomIn={() => onZoomChange(zoomAround(win, ZOOM_STEP, 0.5, minSpan))}
          onZoomOut={() => onZoomChange(zoomAround(win, 1 / ZOOM_STEP, 0.5, minSpan))}
          onFit={() => onZoomChange({ start: 0, end: 1 })}
        />
      </div>
      <div
        ref={plotRef}
        role="group"
        aria-label={`Timeline of ${film.title} in ${order === 'story' ? 'story' : 'chronological'} order`}
        aria-describedby="fabula-timeline-help"
        className={`relative w-full touch-pan-y rounded-lg border border-slate-200 bg-white select-none ${span < 1 ? 'cursor-grab active:cursor-grabbing' : ''}`}
        style={{ height: vertical.height + 2 }}
      >
        {width !== null && (
          <>
            <div className="absolute inset-0 overflow-clip rounded-lg">
              {useCanvas ? (
                <canvas
                  ref={canvasRef}
                  aria-hidden="true"
                  className="absolute inset-0"
                  width={Math.round(width * dpr)}
                  height={Math.round(vertical.height * dpr)}
                  style={{ width, height: vertical.height }}
                />
              ) : (
                <svg
                  className="absolute inset-0"
                  width={width}
                  height={vertical.height}
                  aria-hidden="true"
                >
                  {order === 'chrono' && (
                    <TimelineArcs
                      jumps={jumps}
                      centres={target}
                      toPx={toPx}
                      markTop={vertical.markTop}
                      markBottom={vertical.markBottom}
                      plotWidth={plotWidth / (win.end - win.start)}
                      arcsRef={arcsRef}
                    />
                  )}
                  {laneData && (
                    <TimelineLanes
                      lanes={laneData.lanes}
                      nodes={laneData.nodes}
                      centresPx={targetPx}
                      top={vertical.lanesTop}
                      drawLines
                      linesRef={linesRef}
                      nodesRef={nodesRef}
                      labelX={METRICS.marginX}
                      nodeWidth={laneNodeWidth(pxPerUnit / Math.max(1, layout.sceneCount))}
                    />
                  )}
                  <TimelineMarks
                    layout={layout}
                    centres={target}
                    toPx={toPx}
                    pxPerUnit={pxPerUnit}
                    top={vertical.markTop}
                    highlighted={highlighted}
                    marksRef={marksRef}
                  />
                </svg>
              )}
              <svg
                className="pointer-events-none absolute inset-0"
                width={width}
                height={vertical.height}
                aria-hidden="true"
              >
                {decorations && (
                  <g ref={decorRef}>
                    {decorations({
                      order,
                      extentOf: (i) => {
                        if (i < 0 || i >= target.length) return null;
                        const w = (layout.widths[i] ?? 0) * pxPerUnit;
                        const x0 = (targetPx[i] ?? 0) - w / 2;
                        return x0 + w < 0 || x0 > width ? null : { x0, x1: x0 + w };
                      },
                      markTop: vertical.markTop,
                      markBottom: vertical.markBottom,
                      axisY: vertical.axisY,
                      width,
                    })}
                  </g>
                )}
                <TimelineAxis
                  ticks={ticks}
                  order={order}
                  toPx={toPx}
                  y={vertical.axisY}
                  x0={METRICS.marginX}
                  x1={METRICS.marginX + plotWidth}
                />
                {film.blocks && (
                  <TimelineBlocks
                    blocks={film.blocks}
                    extentOf={(i) => {
                      const c = target[i];
                      const w = (layout.widths[i] ?? 0) * pxPerUnit;
                      return c === undefined ? null : { x0: toPx(c) - w / 2, x1: toPx(c) + w / 2 };
                    }}
                    revealLimit={revealLimit}
                    sceneCount={layout.sceneCount}
                    y={vertical.markTop - BRACKET_GAP}
                    tick={BRACKET_TICK}
                  />
                )}
                {useCanvas && laneData && (
                  <TimelineLanes
                    lanes={laneData.lanes}
                    nodes={laneData.nodes}
                    centresPx={targetPx}
                    top={vertical.lanesTop}
                    drawLines={false}
                    linesRef={linesRef}
                    nodesRef={nodesRef}
                    labelX={METRICS.marginX}
                    nodeWidth={laneNodeWidth(pxPerUnit / Math.max(1, layout.sceneCount))}
                  />
                )}
              </svg>
              {selectedIndex >= 0 && (
                <div
                  ref={ringRef}
                  aria-hidden="true"
                  data-testid="timeline-selection"
                  className="pointer-events-none absolute left-0 rounded-md border-2 border-slate-900 shadow-[0_0_0_2px_white]"
                  style={{
                    top: vertical.markTop - RING_PAD,
                    height: METRICS.markHeight + 2 * RING_PAD,
                    width: Math.max(4, selectedWidthPx) + 2 * RING_PAD,
                    transform: `translateX(${(toPx(target[selectedIndex] ?? 0) - selectedWidthPx / 2 - RING_PAD).toFixed(2)}px)`,
                  }}
                />
              )}
              <div
                className="absolute"
                style={{
                  left: METRICS.marginX,
                  width: plotWidth,
                  top: vertical.markTop,
                  height: METRICS.markHeight,
                  // Moving thousands of scene elements must not relayout the page around them.
                  contain: 'layout size style',
                }}
              >
                <div
                  ref={layerRef}
                  data-scene-layer=""
                  className="absolute top-0 left-0 h-full"
                  style={{
                    width: trackWidth,
                    contain: 'layout size style',
                    transform: `translateX(${(-win.start * trackWidth).toFixed(2)}px)`,
                  }}
                >
                  <TimelineA11yLayer
                    layout={layerLayout}
                    selectedSceneId={selectedSceneId}
                    highlighted={highlighted}
                    onSelect={onSelect}
                    onHover={setHover}
                    onFocusScene={onFocusScene}
                  />
                </div>
              </div>
            </div>
            {hovered && hover !== null && (
              <TimelineTooltip
                layout={layout}
                scene={hovered}
                x={targetPx[hover] ?? 0}
                y={vertical.markTop - 8}
                containerWidth={width}
              />
            )}
          </>
        )}
      </div>
      <p id="fabula-timeline-help" className="sr-only">
        Each scene is a button. {KIND_STYLES.present.label}: {KIND_STYLES.present.shapeDescription};{' '}
        {KIND_STYLES.flashback.label}: {KIND_STYLES.flashback.shapeDescription};{' '}
        {KIND_STYLES.recounted.label}: {KIND_STYLES.recounted.shapeDescription};{' '}
        {KIND_STYLES.flashforward.label}: {KIND_STYLES.flashforward.shapeDescription}. Counts shown:{' '}
        {counts.present} present, {counts.flashback} flashback, {counts.recounted} recounted,{' '}
        {counts.flashforward} flash-forward.
      </p>
    </div>
  );
}
