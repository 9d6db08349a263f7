import { useLayoutEffect, useState, type RefObject } from 'react';

/** Width used where layout cannot be measured (jsdom, server): a typical laptop column. */
export const FALLBACK_WIDTH = 960;

/**
 * The element's content width in px, tracked with a ResizeObserver (its first report arrives
 * before the first paint); null until known, so heavy children render once, at the right size.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(() =>
    typeof ResizeObserver === 'undefined' ? FALLBACK_WIDTH : null,
  );
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // Measure now, inside the commit, so the first paint already has the marks (the observer's
    // first report would cost a frame).
    const now = Math.round(el.getBoundingClientRect().width - el.clientLeft * 2);
    if (now > 0) setWidth(now);
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w) || FALLBACK_WIDTH);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
