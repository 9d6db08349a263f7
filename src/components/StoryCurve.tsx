import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { SCENE_KINDS, type Film, type SceneKind } from '../model';
import { computeBlocks } from '../pipeline/measures';
import {
  COMPACT_FRAME,
  CURVE_FRAME,
  computeCurve,
  type CurveGeometry,
  type CurveMark,
} from '../timeline/curve';
import { kindStyle } from '../timeline/kinds';
import { ordinal } from '../timeline/layout';
import { relationStyle, RELATION_STYLES } from '../timeline/blockBrackets';

/** Length of the grow-from-the-timeline morph (the timeline's order morph lasts as long). */
const MORPH_MS = 600;
/** Dimmed strength of scenes the character filter leaves out. */
const DIMMED_OPACITY = 0.18;
/** Location bands stay in the background, behind the curve. */
const BAND_OPACITY = 0.7;
/** Smallest height of a scene's hit target, in frame units, so short slots stay clickable. */
const MIN_HIT_HEIGHT = 10;

/** Props of the story-curve view, shaped like the Timeline's. */
export interface StoryCurveProps {
  film: Film;
  /** Highest storyIndex the viewer may see; scenes beyond are not drawn at all. */
  revealLimit: number;
  /** Scene ids highlighted by the character filter; null = no filter. */
  highlighted: ReadonlySet<string> | null;
  selectedSceneId: string | null;
  onSelectScene: (sceneId: string) => void;
  /** The small multiple of the compare page: the curve only, one image, no focusable scenes. */
  compact?: boolean;
  /** Draw block boxes (default true; the full view only). */
  showBlocks?: boolean;
}

const prefersReducedMotion = (): boolean =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** One path per kind and strength: 8 elements draw every segment, whatever the film's length. */
const segmentPaths = (marks: readonly CurveMark[], highlighted: ReadonlySet<string> | null) => {
  const paths = new Map<string, { kind: SceneKind; dim: boolean; d: string[] }>();
  for (const m of marks) {
    const dim = highlighted !== null && !highlighted.has(m.sceneId);
    const key = `${m.kind}-${dim ? 'dim' : 'full'}`;
    let entry = paths.get(key);
    if (!entry) paths.set(key, (entry = { kind: m.kind, dim, d: [] }));
    entry.d.push(`M${m.x0.toFixed(2)},${m.y.toFixed(2)}H${m.x1.toFixed(2)}`);
  }
  return [...paths.entries()].map(([key, v]) => ({ key, ...v, d: v.d.join('') }));
};

/** 1-based rank in time of each visible scene among the visible ones (spoiler-safe). */
const visibleTimeRanks = (marks: readonly CurveMark[]): Map<string, number> =>
  new Map(
    [...marks]
      .sort((a, b) => a.chronoIndex - b.chronoIndex)
      .map((m, rank) => [m.sceneId, rank + 1] as const),
  );

/**
 * The story-curve view: x is the order of telling, y the order of events, each scene a segment on
 * one path; grows out of the flat timeline when it appears (instant under reduced motion).
 */
export function StoryCurve({
  film,
  revealLimit,
  highlighted,
  selectedSceneId,
  onSelectScene,
  compact = false,
  showBlocks = true,
}: StoryCurveProps) {
  const geometry: CurveGeometry = useMemo(
    () =>
      computeCurve(
        // Films built before the structure stage carry no blocks: the same pure code fills in.
        { scenes: film.scenes, blocks: film.blocks ?? (compact ? [] : computeBlocks(film)) },
        revealLimit,
        compact ? COMPACT_FRAME : CURVE_FRAME,
      ),
    [film, revealLimit, compact],
  );
  const [grown, setGrown] = useState(compact);
  useEffect(() => {
    if (grown) return;
    // One frame flat, then the CSS transition grows the curve (skipped under reduced motion).
    const id = requestAnimationFrame(() => setGrown(true));
    return () => cancelAnimationFrame(id);
  }, [grown]);
  const [morphing, setMorphing] = useState(!compact && !prefersReducedMotion());
  useEffect(() => {
    if (!morphing) return;
    const id = window.setTimeout(() => setMorphing(false), MORPH_MS + 50);
    return () => window.clearTimeout(id);
  }, [morphing]);

  const { frame, marks } = geometry;
  const segments = useMemo(() => segmentPaths(marks, highlighted), [marks, highlighted]);
  const title = `Story curve of ${film.title}`;

  if (compact)
    return (
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        className="h-auto w-full"
        role="img"
        aria-label={title}
      >
        <rect width={frame.width} height={frame.height} fill="#f8fafc" />
        <path d={geometry.path} fill="none" stroke="#94a3b8" strokeWidth={0.75} />
        {segments.map((s) => (
          <path key={s.key} d={s.d} stroke={kindStyle(s.kind).color} strokeWidth={1.5} />
        ))}
      </svg>
    );

  const ranks = visibleTimeRanks(marks);
  const selected = marks.find((m) => m.sceneId === selectedSceneId);
  const reduced = prefersReducedMotion();
  const hitHeight = Math.max(
    MIN_HIT_HEIGHT,
    (frame.height - frame.margin.top - frame.margin.bottom) / Math.max(1, geometry.sceneCount),
  );
  const onKey = (event: KeyboardEvent, sceneId: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectScene(sceneId);
    }
  };
  const sceneById = new Map(film.scenes.map((s) => [s.id, s]));
  const bandLegend = [...new Map(geometry.bands.map((b) => [b.location, b.color])).entries()];
  // Boxes mark the blocks told off the main line (the main line is the rising diagonal itself);
  // under a spoiler limit relations are withheld, and unlabelled boxes would only be clutter.
  const boxes = showBlocks
    ? geometry.boxes.filter((b) => b.relation !== null && b.relation !== 'main')
    : [];
  const relationsShown = [...new Set(boxes.map((b) => b.relation))];

  return (
    <figure className="flex flex-col gap-2" data-testid="story-curve">
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        className="h-auto w-full rounded border border-slate-200 bg-white"
        role="group"
        aria-label={`${title}: across, the order of telling; up, the order of events`}
        data-morphing={morphing ? 'true' : undefined}
      >
        <g aria-hidden="true">
          {geometry.bands.map((b) => (
            <rect
              key={`${b.location}-${b.start}`}
              x={b.x0}
              y={frame.margin.top}
              width={b.x1 - b.x0}
              height={frame.height - frame.margin.top - frame.margin.bottom}
              fill={b.color}
              opacity={BAND_OPACITY}
            />
          ))}
          <line
            x1={frame.margin.left}
            x2={frame.width - frame.margin.right}
            y1={frame.height - frame.margin.bottom}
            y2={frame.height - frame.margin.bottom}
            stroke="#94a3b8"
          />
          <line
            x1={frame.margin.left}
            x2={frame.margin.left}
            y1={frame.margin.top}
            y2={frame.height - frame.margin.bottom}
            stroke="#94a3b8"
          />
          <text
            x={(frame.width + frame.margin.left) / 2}
            y={frame.height - 10}
            textAnchor="middle"
            className="fill-slate-600 text-[13px]"
          >
            Order of telling →
          </text>
          <text
            transform={`translate(16 ${(frame.height - frame.margin.bottom + frame.margin.top) / 2}) rotate(-90)`}
            textAnchor="middle"
            className="fill-slate-600 text-[13px]"
          >
            Order of events →
          </text>
        </g>
        <g
          style={{
            transformOrigin: `0px ${geometry.flatY}px`,
            transform: grown ? 'scaleY(1)' : 'scaleY(0)',
            transition: reduced ? 'none' : `transform ${MORPH_MS}ms cubic-bezier(0.65, 0, 0.35, 1)`,
          }}
        >
          <g aria-hidden="true">
            {boxes.map((b) => {
              const style = relationStyle(b.relation);
              return (
                <rect
                  key={b.id}
                  data-block-id={b.id}
                  data-relation={b.relation ?? undefined}
                  x={b.x0}
                  y={b.y0}
                  width={b.x1 - b.x0}
                  height={b.y1 - b.y0}
                  fill="none"
                  stroke={style.color}
                  strokeOpacity={0.55}
                  strokeDasharray={style.dash ?? undefined}
                  rx={2}
                />
              );
            })}
            <path d={geometry.path} fill="none" stroke="#94a3b8" strokeWidth={1.25} />
            {segments.map((s) => (
              <path
                key={s.key}
                d={s.d}
                stroke={kindStyle(s.kind).color}
                strokeWidth={s.dim ? 3 : 4}
                strokeLinecap="round"
                opacity={s.dim ? DIMMED_OPACITY : 1}
              />
            ))}
            {selected && (
              <rect
                x={selected.x0 - 4}
                y={selected.y - 7}
                width={selected.x1 - selected.x0 + 8}
                height={14}
                fill="none"
                stroke="#0f172a"
                strokeWidth={2}
                rx={3}
              />
            )}
          </g>
          {marks.map((m) => {
            const scene = sceneById.get(m.sceneId);
            const pad = (m.x1 - m.x0) * 0.25;
            return (
              <rect
                key={m.sceneId}
                data-scene-id={m.sceneId}
                role="button"
                tabIndex={0}
                aria-pressed={m.sceneId === selectedSceneId}
                aria-label={`${scene?.title ?? m.sceneId}: scene ${m.storyIndex + 1} of ${
                  geometry.sceneCount
                } as told, ${ordinal(ranks.get(m.sceneId) ?? 0)} in time`}
                x={m.x0 - pad}
                y={m.y - hitHeight / 2}
                width={m.x1 - m.x0 + 2 * pad}
                height={hitHeight}
                fill="transparent"
                className="cursor-pointer outline-none focus-visible:stroke-sky-600 focus-visible:[stroke-width:2]"
                onClick={() => onSelectScene(m.sceneId)}
                onKeyDown={(e) => onKey(e, m.sceneId)}
              />
            );
          })}
        </g>
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
        {SCENE_KINDS.filter((k) => marks.some((m) => m.kind === k)).map((k) => (
          <span key={k} className="inline-flex items-center gap-1">
            <svg width="18" height="6" aria-hidden="true">
              <line x1="1" x2="17" y1="3" y2="3" stroke={kindStyle(k).color} strokeWidth="4" />
            </svg>
            {kindStyle(k).label}
          </span>
        ))}
        {relationsShown.map((rel) => {
          const style = rel ? RELATION_STYLES[rel] : relationStyle(null);
          return (
            <span key={rel ?? 'block'} className="inline-flex items-center gap-1">
              <svg width="18" height="10" aria-hidden="true">
                <rect
                  x="1"
                  y="1"
                  width="16"
                  height="8"
                  fill="none"
                  stroke={style.color}
                  strokeDasharray={style.dash ?? undefined}
                />
              </svg>
              {style.label} block
            </span>
          );
        })}
        {bandLegend.map(([location, color]) => (
          <span key={location} className="inline-flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-block h-3 w-3"
              style={{ background: color }}
            />
            {location}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
