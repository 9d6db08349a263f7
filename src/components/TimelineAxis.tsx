import { memo } from 'react';
import { AXIS_TITLES, type AxisTick, type TimelineOrder } from '../timeline';

interface TimelineAxisProps {
  ticks: readonly AxisTick[];
  order: TimelineOrder;
  toPx: (u: number) => number;
  y: number;
  x0: number;
  x1: number;
}

/** The axis under the marks: its title names the order, ticks number the slots. */
export const TimelineAxis = memo(function TimelineAxis({
  ticks,
  order,
  toPx,
  y,
  x0,
  x1,
}: TimelineAxisProps) {
  return (
    <g aria-hidden="true" fontSize={10} fill="#475569">
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="#94a3b8" />
      {ticks.map((t) => {
        const x = toPx(t.x);
        return (
          <g key={t.position} transform={`translate(${x.toFixed(1)},${y})`}>
            <line y2={4} stroke="#94a3b8" />
            <text y={15} textAnchor="middle">
              {t.label}
            </text>
          </g>
        );
      })}
      <text x={x0} y={y + 30} fontSize={11} fontWeight={600} fill="#334155" data-axis-title>
        {AXIS_TITLES[order]}
      </text>
    </g>
  );
});
