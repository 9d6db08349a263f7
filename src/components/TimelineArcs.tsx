import { memo } from 'react';
import { arcOpacity, arcPath, METRICS, type StoryJump } from '../timeline';

interface TimelineArcsProps {
  jumps: readonly StoryJump[];
  centres: Float64Array;
  toPx: (u: number) => number;
  markTop: number;
  markBottom: number;
  plotWidth: number;
  arcsRef: React.RefObject<SVGGElement | null>;
}

/** Colours of the two jump directions; direction is also carried by side (above/below) and dash. */
export const ARC_COLORS = { back: '#9a3412', forward: '#475569' } as const;

/**
 * Thin arcs joining consecutive scenes of the telling in chronological order: a jump back in time
 * arcs above the marks, dashed; a jump forward arcs below, solid.
 */
export const TimelineArcs = memo(function TimelineArcs({
  jumps,
  centres,
  toPx,
  markTop,
  markBottom,
  plotWidth,
  arcsRef,
}: TimelineArcsProps) {
  const maxH = METRICS.arcBand - 6;
  const alpha = arcOpacity(jumps.length);
  return (
    <g ref={arcsRef} fill="none" aria-hidden="true" data-arcs={jumps.length}>
      {jumps.map((j) => {
        const back = j.direction === 'back';
        return (
          <path
            key={j.from}
            data-arc={j.direction}
            d={arcPath(
              toPx(centres[j.from] ?? 0),
              toPx(centres[j.to] ?? 0),
              back ? markTop - 2 : markBottom + 2,
              j.direction,
              maxH,
              plotWidth,
            )}
            stroke={ARC_COLORS[j.direction]}
            strokeOpacity={back ? alpha : alpha * 0.85}
            strokeWidth={1.25}
            strokeDasharray={back ? '4 3' : undefined}
          />
        );
      })}
    </g>
  );
});
