interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
}

const BUTTON =
  'h-7 min-w-7 rounded border border-slate-300 bg-white px-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-slate-900 disabled:opacity-40';

/** Zoom in, zoom out and fit buttons for the timeline (wheel, drag and pinch do the same). */
export function ZoomControls({
  onZoomIn,
  onZoomOut,
  onFit,
  canZoomIn,
  canZoomOut,
}: ZoomControlsProps) {
  return (
    <div role="group" aria-label="Timeline zoom" className="flex items-center gap-1">
      <button
        type="button"
        className={BUTTON}
        aria-label="Zoom in"
        onClick={onZoomIn}
        disabled={!canZoomIn}
      >
        +
      </button>
      <button
        type="button"
        className={BUTTON}
        aria-label="Zoom out"
        onClick={onZoomOut}
        disabled={!canZoomOut}
      >
        −
      </button>
      <button type="button" className={BUTTON} onClick={onFit} disabled={!canZoomOut}>
        Fit
      </button>
    </div>
  );
}
