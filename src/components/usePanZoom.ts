import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { panBy, sameWindow, zoomAround, type AxisWindow } from '../timeline';

interface PanZoomOptions {
  window: AxisWindow;
  minSpan: number;
  /** Left edge of the plot inside the element, px. */
  marginX: number;
  plotWidth: number;
  onZoomChange: (w: AxisWindow) => void;
}

/** A pointer must travel this far (px) before a press becomes a drag (and not a click). */
const DRAG_THRESHOLD_PX = 4;
/** Wheel sensitivity: one notch (100 px of deltaY) zooms by about 1.22x. */
const WHEEL_ZOOM_RATE = 0.002;

/**
 * Wheel zoom around the pointer, drag to pan and two-finger pinch on one element, all reported
 * through onZoomChange. A press that turns into a drag does not also click the scene under it.
 */
export function usePanZoom(ref: RefObject<HTMLElement | null>, options: PanZoomOptions): void {
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const pointers = new Map<number, { x: number; y: number }>();
    let gesture:
      | { kind: 'drag'; startX: number; start: AxisWindow; active: boolean }
      | { kind: 'pinch'; dist: number; mid: number; start: AxisWindow }
      | null = null;
    let suppressClick = false;

    const anchorOf = (clientX: number) => {
      const { marginX, plotWidth } = latest.current;
      const x = clientX - el.getBoundingClientRect().left - marginX;
      return Math.min(1, Math.max(0, x / plotWidth));
    };
    const emit = (w: AxisWindow) => {
      if (!sameWindow(w, latest.current.window)) latest.current.onZoomChange(w);
    };
    const pinchOf = () => {
      const [a, b] = [...pointers.values()];
      if (!a || !b) return null;
      return { dist: Math.hypot(a.x - b.x, a.y - b.y) || 1, mid: (a.x + b.x) / 2 };
    };

    const onWheel = (e: WheelEvent) => {
      const { window: w, minSpan, plotWidth } = latest.current;
      const scale = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      const dx = e.deltaX * scale;
      const dy = e.deltaY * scale;
      if (Math.abs(dx) > Math.abs(dy)) {
        if (w.end - w.start >= 1) return;
        e.preventDefault();
        emit(panBy(w, dx / plotWidth));
        return;
      }
      const factor = Math.exp(-dy * WHEEL_ZOOM_RATE);
      // Fully zoomed out and scrolling down: let the page scroll instead of trapping the wheel.
      if (factor < 1 && w.end - w.start >= 1) return;
      if (factor > 1 && w.end - w.start <= minSpan) return;
      e.preventDefault();
      emit(zoomAround(w, factor, anchorOf(e.clientX), minSpan));
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      if (pointers.size === 1) {
        gesture = { kind: 'drag', startX: e.clientX, start: latest.current.window, active: false };
      } else if (pointers.size === 2) {
        const p = pinchOf();
        if (p) gesture = { kind: 'pinch', dist: p.dist, mid: p.mid, start: latest.current.window };
      }
    };
    const onMove = (e: PointerEvent) => {
      if (!pointers.has(e.pointerId)) return;
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      const { minSpan, plotWidth } = latest.current;
      if (gesture?.kind === 'drag') {
        const dx = e.clientX - gesture.startX;
        if (!gesture.active && Math.abs(dx) < DRAG_THRESHOLD_PX) return;
        if (!gesture.active) {
          gesture.active = true;
          // Capture only once a drag starts: capturing on press would steal the scene's click.
          el.setPointerCapture?.(e.pointerId);
        }
        emit(panBy(gesture.start, -dx / plotWidth));
      } else if (gesture?.kind === 'pinch') {
        const p = pinchOf();
        if (!p) return;
        const zoomed = zoomAround(
          gesture.start,
          p.dist / gesture.dist,
          anchorOf(gesture.mid),
          minSpan,
        );
        emit(panBy(zoomed, -(p.mid - gesture.mid) / plotWidth));
        suppressClick = true;
      }
    };
    const onUp = (e: PointerEvent) => {
      if (!pointers.delete(e.pointerId)) return;
      if (gesture?.kind === 'drag' && gesture.active) suppressClick = true;
      gesture = null;
      if (el.hasPointerCapture?.(e.pointerId)) el.releasePointerCapture(e.pointerId);
      if (suppressClick) setTimeout(() => (suppressClick = false), 0);
    };
    const onClickCapture = (e: MouseEvent) => {
      if (!suppressClick) return;
      e.stopPropagation();
      e.preventDefault();
    };

    el.addEventListener('wheel', onWheel, { passive: false });
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
    el.addEventListener('click', onClickCapture, true);
    return () => {
      el.removeEventListener('wheel', onWheel);
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
      el.removeEventListener('pointercancel', onUp);
      el.removeEventListener('click', onClickCapture, true);
    };
  }, [ref]);
}
