import type { Scene } from '../model/film';
import { KIND_STYLES, positionsLabel, type TimelineLayout } from '../timeline';

interface TimelineTooltipProps {
  layout: TimelineLayout;
  scene: Scene;
  /** Centre of the scene in px, relative to the timeline root. */
  x: number;
  /** Bottom edge the tooltip sits above (px). */
  y: number;
  containerWidth: number;
}

const TOOLTIP_WIDTH = 240;

/** The hover/focus card: title, kind (swatch and words), time cue and both positions. */
export function TimelineTooltip({ layout, scene, x, y, containerWidth }: TimelineTooltipProps) {
  const style = KIND_STYLES[scene.kind];
  const left = Math.max(4, Math.min(containerWidth - TOOLTIP_WIDTH - 4, x - TOOLTIP_WIDTH / 2));
  return (
    <div
      aria-hidden="true"
      data-testid="timeline-tooltip"
      className="pointer-events-none absolute z-20 rounded-md border border-slate-200 bg-white/95 px-3 py-2 text-xs text-slate-700 shadow-lg backdrop-blur"
      style={{ left, bottom: `calc(100% - ${y}px)`, width: TOOLTIP_WIDTH }}
    >
      <div className="text-sm font-semibold text-slate-900">
        {scene.title || `Scene ${scene.storyIndex + 1}`}
      </div>
      <div className="mt-1 flex items-center gap-1.5">
        <span
          className="inline-block h-2.5 w-2.5 rounded-sm"
          style={{
            background: style.fill,
            border: `1.5px ${style.shape === 'dashed' ? 'dashed' : 'solid'} ${style.color}`,
          }}
        />
        <span>{style.label}</span>
        {scene.timeCue && <span className="text-slate-500">· {scene.timeCue}</span>}
      </div>
      <div className="mt-1 text-slate-500">{positionsLabel(layout, scene.storyIndex)}</div>
    </div>
  );
}
