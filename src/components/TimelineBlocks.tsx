import type { Block } from '../model';
import { blockBrackets, relationStyle, type SceneExtent } from '../timeline/blockBrackets';

/** Props of the block bracket overlay the Timeline can draw inside its SVG. */
export interface TimelineBlocksProps {
  blocks: readonly Block[];
  /** Pixel extent of a visible scene in the current order (null when hidden or off-screen). */
  extentOf: SceneExtent;
  revealLimit: number;
  sceneCount: number;
  /** Pixel y of the bracket's bar; its ticks point down towards the marks. */
  y: number;
  /** Length of the end ticks. */
  tick?: number;
  /** Draw main-line blocks too (default false: only blocks told out of line). */
  showMain?: boolean;
}

/** Smallest bracket width that gets a text label. */
const MIN_LABEL_WIDTH = 56;

/**
 * Brackets over the timeline marking each block told in chronological sequence, styled by its
 * relation to the main line (neutral under a spoiler limit); decorative, hidden from assistive
 * technology since the scene table and summary carry the same facts.
 */
export function TimelineBlocks({
  blocks,
  extentOf,
  revealLimit,
  sceneCount,
  y,
  tick = 6,
  showMain = false,
}: TimelineBlocksProps) {
  const everything = revealLimit >= sceneCount - 1;
  const brackets = blockBrackets(blocks, extentOf, revealLimit, sceneCount).filter(
    (b) => showMain || !everything || b.relation !== 'main',
  );
  return (
    <g aria-hidden="true" data-testid="timeline-blocks">
      {brackets.map((b) => {
        const style = relationStyle(b.relation);
        return (
          <g key={b.id} data-block-id={b.id} data-relation={b.relation ?? undefined}>
            <path
              d={`M${b.x0},${y + tick}V${y}H${b.x1}V${y + tick}`}
              fill="none"
              stroke={style.color}
              strokeWidth={1.5}
              strokeDasharray={style.dash ?? undefined}
            />
            {b.relation && b.x1 - b.x0 >= MIN_LABEL_WIDTH && (
              <text
                x={(b.x0 + b.x1) / 2}
                y={y - 3}
                textAnchor="middle"
                fontSize={10}
                fill={style.color}
              >
                {style.label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
