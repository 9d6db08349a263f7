import { memo } from 'react';
import type { Scene } from '../model/film';
import { fitLabel, KIND_STYLES, METRICS, type TimelineLayout } from '../timeline';
import { labelInset, markGap, THIN_PX } from './timelinePaint';

/** The transform of a mark whose left edge is at x px (shared with the morph's per-frame writes). */
export const markTransform = (leftPx: number, top: number): string =>
  `translate(${leftPx.toFixed(2)},${top})`;

interface MarkProps {
  scene: Scene;
  widthPx: number;
  dimmed: boolean;
}

/** One scene's mark at the origin: its shape says its kind, its fill says whether it is dimmed. */
function Mark({ scene, widthPx, dimmed }: MarkProps) {
  const style = KIND_STYLES[scene.kind];
  const h = METRICS.markHeight;
  const gap = markGap(widthPx);
  const x = gap / 2;
  const w = Math.max(1, widthPx - gap);
  const c = Math.min(8, w * 0.35);
  const shape =
    style.shape === 'chevron' && w > 6
      ? { d: `M${x},0H${x + w - c}L${x + w},${h / 2}L${x + w - c},${h}H${x}L${x + c},${h / 2}Z` }
      : null;
  const body = (fill: string, extra: Record<string, string | number> = {}) =>
    shape ? (
      <path d={shape.d} fill={fill} {...extra} />
    ) : (
      <rect x={x} width={w} height={h} rx={Math.min(2, w / 4)} fill={fill} {...extra} />
    );
  if (dimmed) {
    return (
      <g opacity={0.35}>
        {/* A dimmed flashback keeps its hatching: a dimmed mark's kind does not rest on colour. */}
        {style.patternId && body(`url(#${style.patternId}-dim)`)}
        {body('none', {
          stroke: style.color,
          strokeWidth: 1,
          strokeDasharray: style.shape === 'dashed' ? '4 2' : 'none',
        })}
      </g>
    );
  }
  // Hairline marks cannot show hatching or dashes: draw them in the kind's solid colour.
  if (w < THIN_PX) return <rect x={x} width={w} height={h} fill={style.color} />;
  const inset = labelInset(scene.kind);
  const label = fitLabel(scene.title, w - inset);
  return (
    <>
      {body(style.fill)}
      {style.patternId && body(`url(#${style.patternId})`)}
      {style.shape === 'dashed' &&
        body('none', { stroke: style.color, strokeWidth: 1.5, strokeDasharray: '4 2' })}
      {label && (
        <text
          x={x + inset + 6}
          y={h / 2}
          dominantBaseline="central"
          fill={style.ink}
          fontSize={11}
          fontWeight={500}
        >
          {label}
        </text>
      )}
    </>
  );
}

interface TimelineMarksProps {
  layout: TimelineLayout;
  /** Target centres (axis units) of the current order; the morph overrides them while it runs. */
  centres: Float64Array;
  toPx: (u: number) => number;
  pxPerUnit: number;
  top: number;
  highlighted: ReadonlySet<string> | null;
  marksRef: React.RefObject<SVGGElement | null>;
}

/**
 * The SVG marks of small and medium films: one <g> per visible scene in story order (child i is
 * storyIndex i, which the morph relies on to move them without React).
 */
export const TimelineMarks = memo(function TimelineMarks({
  layout,
  centres,
  toPx,
  pxPerUnit,
  top,
  highlighted,
  marksRef,
}: TimelineMarksProps) {
  return (
    <g aria-hidden="true">
      <defs>
        <pattern
          id={KIND_STYLES.flashback.patternId ?? 'fabula-hatch'}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1={0} y1={0} x2={0} y2={6} stroke="rgba(255,255,255,0.55)" strokeWidth={2} />
        </pattern>
        <pattern
          id={`${KIND_STYLES.flashback.patternId ?? 'fabula-hatch'}-dim`}
          width={6}
          height={6}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line
            x1={0}
            y1={0}
            x2={0}
            y2={6}
            stroke={KIND_STYLES.flashback.color}
            strokeWidth={1.5}
          />
        </pattern>
      </defs>
      <g ref={marksRef} data-marks="">
        {layout.visible.map((scene, i) => {
          const wPx = (layout.widths[i] ?? 0) * pxPerUnit;
          return (
            <g key={scene.id} transform={markTransform(toPx(centres[i] ?? 0) - wPx / 2, top)}>
              <Mark
                scene={scene}
                widthPx={wPx}
                dimmed={highlighted !== null && !highlighted.has(scene.id)}
              />
            </g>
          );
        })}
      </g>
    </g>
  );
});
