import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { TimelineArcs } from '../components/TimelineArcs';
import { TimelineMarks } from '../components/TimelineMarks';
import type { Film } from '../model/film';
import type { SceneOrder, Sizing, ZoomWindow } from '../state/viewState';
import {
  centersFor,
  clampWindow,
  computeLayout,
  METRICS,
  minSpanFor,
  storyJumps,
  verticalLayout,
} from '../timeline';

/** Where the canvas timeline stands: what it draws and how wide it is on screen. */
export interface CanvasTimelineInput {
  film: Film;
  revealLimit: number;
  order: SceneOrder;
  sizing: Sizing;
  zoom: ZoomWindow;
  highlighted: ReadonlySet<string> | null;
  laneCount: number;
  /** Width of the canvas in CSS px. */
  width: number;
}

/**
 * The marks and arcs a canvas timeline (large films) paints, as SVG: the SVG renderer's own
 * components, rendered once into a detached element with the same geometry as the canvas.
 */
export function canvasTimelineSvg(input: CanvasTimelineInput): SVGGElement {
  const layout = computeLayout(input.film, input.revealLimit, input.sizing);
  const centres = centersFor(layout, input.order);
  const win = clampWindow(input.zoom, minSpanFor(layout.sceneCount));
  const plotWidth = Math.max(1, input.width - 2 * METRICS.marginX);
  const pxPerUnit = plotWidth / (win.end - win.start);
  const toPx = (u: number) => METRICS.marginX + (u - win.start) * pxPerUnit;
  const vertical = verticalLayout(input.laneCount);
  const jumps = input.order === 'chrono' ? storyJumps(layout) : [];
  const host = document.createElement('div');
  const root = createRoot(host);
  flushSync(() =>
    root.render(
      <svg xmlns="http://www.w3.org/2000/svg">
        <g>
          {jumps.length > 0 && (
            <TimelineArcs
              jumps={jumps}
              centres={centres}
              toPx={toPx}
              markTop={vertical.markTop}
              markBottom={vertical.markBottom}
              plotWidth={pxPerUnit}
              arcsRef={{ current: null }}
            />
          )}
          <TimelineMarks
            layout={layout}
            centres={centres}
            toPx={toPx}
            pxPerUnit={pxPerUnit}
            top={vertical.markTop}
            highlighted={input.highlighted}
            marksRef={{ current: null }}
          />
        </g>
      </svg>,
    ),
  );
  const group = host.querySelector('svg > g');
  const result = (group?.cloneNode(true) ??
    document.createElementNS('http://www.w3.org/2000/svg', 'g')) as SVGGElement;
  root.unmount();
  return result;
}
