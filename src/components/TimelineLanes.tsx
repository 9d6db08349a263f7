import { memo } from 'react';
import { lanePath, lanePoints, METRICS, type Lane, type LaneNode } from '../timeline';

interface TimelineLanesProps {
  lanes: readonly Lane[];
  nodes: readonly LaneNode[];
  /** Current centres in px, indexed by storyIndex. */
  centresPx: Float64Array;
  top: number;
  /** Draw lines and nodes (SVG mode); names are always drawn in DOM so they stay crisp. */
  drawLines: boolean;
  linesRef: React.RefObject<SVGGElement | null>;
  nodesRef: React.RefObject<SVGGElement | null>;
  labelX: number;
  /** Width of the gathering nodes (see laneNodeWidth). */
  nodeWidth: number;
}

/**
 * Character lanes, narrative-chart style: each chosen character's line passes through the scenes
 * they are in, gathering with the others present at a dark node.
 */
export const TimelineLanes = memo(function TimelineLanes({
  lanes,
  nodes,
  centresPx,
  top,
  drawLines,
  linesRef,
  nodesRef,
  labelX,
  nodeWidth,
}: TimelineLanesProps) {
  return (
    <g aria-hidden="true" data-lanes={lanes.length}>
      {drawLines && (
        <>
          <g ref={linesRef} fill="none" strokeWidth={2} strokeLinecap="round">
            {lanes.map((lane) => (
              <path
                key={lane.characterId}
                data-lane={lane.characterId}
                d={lanePath(lanePoints(lane, centresPx, top))}
                stroke={lane.color}
              />
            ))}
          </g>
          <g ref={nodesRef} fill="#0f172a">
            {nodes.map((node) => (
              <rect
                key={node.storyIndex}
                x={-nodeWidth / 2}
                y={top + node.top - nodeWidth / 2}
                width={nodeWidth}
                height={node.bottom - node.top + nodeWidth}
                rx={nodeWidth / 2}
                transform={`translate(${(centresPx[node.storyIndex] ?? 0).toFixed(2)},0)`}
              />
            ))}
          </g>
        </>
      )}
      {lanes.map((lane) => (
        <text
          key={lane.characterId}
          x={labelX}
          y={top + lane.row * METRICS.laneHeight + METRICS.laneHeight / 2}
          dy="-0.55em"
          fontSize={11}
          fontWeight={600}
          fill={lane.color}
          stroke="#fff"
          strokeWidth={3}
          paintOrder="stroke"
        >
          {lane.name}
        </text>
      ))}
    </g>
  );
});
